package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.checkbench.ui.fx.BackgroundTask;
import org.checkbench.ui.fx.FxTaskExecutor;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Long background work (detection of a long article) is named in the status bar with what it says and its progress. */
class RunningTaskIndicatorTest {

    private final FxTaskExecutor tasks = new FxTaskExecutor();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void aTaskThatTakesAWhileShowsItsTitleMessageAndProgressUntilItEnds() throws Exception {
        StatusBar bar = onFx(StatusBar::new);
        RunningTaskIndicator indicator = onFx(() -> new RunningTaskIndicator(tasks, bar));
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        onFx(() -> tasks.execute(BackgroundTask.withProgress("Find check-worthy sentences", progress -> {
            progress.update(1_200 / 6_478.0, "1,200 of 6,478 sentences");
            reported.countDown();
            release.await(120, TimeUnit.SECONDS);
            return true;
        }).onOwnThread()));
        assertThat(reported.await(60, TimeUnit.SECONDS)).isTrue();

        waitUntil(() -> indicator.label().getText().equals("Find check-worthy sentences: 1,200 of 6,478 sentences"));
        assertThat(onFx(bar::getProgress)).isCloseTo(1_200 / 6_478.0, org.assertj.core.api.Assertions.within(1e-9));

        release.countDown();
        waitUntil(() -> indicator.label().getText().isEmpty());
        assertThat(onFx(bar::getProgress)).isZero();
    }
}
