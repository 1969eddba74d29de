package org.checkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;

import java.util.concurrent.atomic.AtomicInteger;

import javafx.util.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Preparatory work waits while the checker types in the real editor, and runs once they stop. */
class OnceTextRestsTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void workWaitsWhileTheTextChangesAndRunsOnceItRests() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        ArticleEditor editor = onFx(() -> {
            ArticleEditor shown = new ArticleEditor();
            shown.showText("Kyiv said 10,000 troops arrived.");
            OnceTextRests.run(shown.area(), Duration.millis(600), runs::incrementAndGet);
            return shown;
        });
        // A key every 150 ms for 1.5 s: never 600 ms without an edit, so the work does not start.
        for (int key = 0; key < 10; key++) {
            onFx(() -> editor.area().insertText(0, "x"));
            Thread.sleep(150);
        }
        assertThat(runs.get()).as("started while typing").isZero();

        waitUntil(() -> runs.get() == 1);
        onFx(() -> editor.area().insertText(0, "y"));
        Thread.sleep(1_200);
        assertThat(runs.get()).as("once only").isEqualTo(1);
    }
}
