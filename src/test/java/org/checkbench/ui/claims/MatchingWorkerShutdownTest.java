package org.checkbench.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A query asked for after the window shut the matching thread down (an "up to date" queued just
 * before the window closed asks for marks) is dropped, not refused with an exception on the FX thread.
 */
class MatchingWorkerShutdownTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aQueryAfterShutdownIsDroppedQuietly() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        AtomicBoolean asked = new AtomicBoolean();
        AtomicBoolean answered = new AtomicBoolean();
        Throwable[] thrown = {null};
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            MatchingWorker worker = new MatchingWorker(message -> { }, failures::add);
            worker.shutdown();
            try {
                worker.query(() -> {
                    asked.set(true);
                    return 1;
                }, answer -> answered.set(true));
            } catch (RuntimeException e) {
                thrown[0] = e;
            }
            done.countDown();
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(thrown[0]).isNull();
        assertThat(asked).isFalse();
        assertThat(answered).isFalse();
        assertThat(failures).isEmpty();
    }
}
