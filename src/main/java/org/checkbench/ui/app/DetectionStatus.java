package org.checkbench.ui.app;

import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import org.controlsfx.control.StatusBar;

import org.checkbench.ui.article.DetectionListener;

/**
 * Detection's lasting part of the status bar: a notice when suggestions come from the simpler
 * model because the trained one could not load (its tooltip says why). Detection's progress shows
 * like any other running task's ({@link RunningTaskIndicator}).
 */
final class DetectionStatus implements DetectionListener {

    private final StatusBar statusBar;
    private final Label notice = new Label("Simpler suggestions");

    DetectionStatus(StatusBar statusBar) {
        this.statusBar = statusBar;
        notice.setId("detectionNotice");
        notice.getStyleClass().add("detection-notice");
        notice.setVisible(false);
        notice.setManaged(false);
    }

    Label noticeLabel() {
        return notice;
    }

    @Override
    public void finished(Optional<String> reason) {
        boolean newly = reason.isPresent() && !notice.isVisible();
        notice.setVisible(reason.isPresent());
        notice.setManaged(reason.isPresent());
        notice.setTooltip(reason.map(Tooltip::new).orElse(null));
        if (newly) {
            statusBar.setText(reason.get()); // said once; the label stays
        }
    }
}
