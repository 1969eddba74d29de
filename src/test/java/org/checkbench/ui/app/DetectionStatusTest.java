package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.onFxTrue;
import static org.checkbench.ui.AppHarness.waitUntil;

import java.util.Optional;

import javafx.scene.control.Label;

import org.checkbench.ui.RunningAppTest;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;

/** Detection's progress and its fallback notice in the status bar. */
class DetectionStatusTest extends RunningAppTest {

    @Test
    void withTheEncoderLoadedTheWindowShowsNoFallbackNotice() throws Exception {
        // Detection (and storing its answer) has run once nothing is running any more.
        waitUntil(() -> onFxTrue(() -> app.window().tasks().running().isEmpty()) && !open().suggestions().items().isEmpty());

        Label notice = robot.lookup("#detectionNotice").queryAs(Label.class);
        assertThat(onFx(notice::isVisible)).isFalse();
        assertThat(onFx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getProgress())).isZero();
    }

    @Test
    void aFallbackLeavesALastingNoticeWithItsReasonSaidOnceInTheStatusBar() throws Exception {
        StatusBar bar = onFx(StatusBar::new);
        DetectionStatus status = onFx(() -> new DetectionStatus(bar));

        onFx(() -> status.finished(Optional.of("Suggestions come from the simpler feature model: no native library.")));
        assertThat(onFx(() -> status.noticeLabel().isVisible())).isTrue();
        assertThat(onFx(() -> status.noticeLabel().getTooltip().getText())).contains("no native library");
        assertThat(onFx(bar::getText)).contains("simpler feature model");

        onFx(() -> bar.setText("Saved"));
        onFx(() -> status.finished(Optional.of("Suggestions come from the simpler feature model: no native library.")));
        assertThat(onFx(bar::getText)).as("said once; the label stays").isEqualTo("Saved");

        onFx(() -> status.finished(Optional.empty()));
        assertThat(onFx(() -> status.noticeLabel().isVisible())).isFalse();
    }
}
