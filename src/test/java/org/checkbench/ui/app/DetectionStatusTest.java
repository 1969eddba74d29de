package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
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
        waitUntil(() -> !open().suggestions().items().isEmpty());

        Label notice = robot.lookup("#detectionNotice").queryAs(Label.class);
        assertThat(onFx(notice::isVisible)).isFalse();
        assertThat(onFx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getProgress())).isZero();
    }

    @Test
    void longTextsShowProgressAndAFallbackLeavesALastingNoticeWithItsReason() throws Exception {
        StatusBar bar = onFx(StatusBar::new);
        DetectionStatus status = onFx(() -> new DetectionStatus(bar));

        onFx(() -> status.progress(10, 50)); // a short text: over before anyone could read it
        assertThat(onFx(bar::getProgress)).isZero();

        onFx(() -> status.progress(1_200, 6_478));
        assertThat(onFx(bar::getProgress)).isCloseTo(1_200 / 6_478.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(onFx(bar::getText)).isEqualTo("Scoring sentences: 1,200 of 6,478");

        onFx(() -> status.finished(Optional.of("Suggestions come from the simpler feature model: no native library.")));
        assertThat(onFx(bar::getProgress)).isZero();
        assertThat(onFx(() -> status.noticeLabel().isVisible())).isTrue();
        assertThat(onFx(() -> status.noticeLabel().getTooltip().getText())).contains("no native library");
        assertThat(onFx(bar::getText)).contains("simpler feature model");

        onFx(() -> status.finished(Optional.empty()));
        assertThat(onFx(() -> status.noticeLabel().isVisible())).isFalse();
    }
}
