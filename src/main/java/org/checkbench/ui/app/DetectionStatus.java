package org.checkbench.ui.app;

import java.util.Locale;
import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import org.controlsfx.control.StatusBar;

import org.checkbench.ui.article.OpenArticle;

/**
 * Detection's part of the status bar: a progress bar and "Scoring sentences: 1,200 of 6,478" while
 * a long article is scored, and a lasting notice when suggestions come from the simpler model
 * because the trained one could not load (its tooltip says why).
 */
final class DetectionStatus implements OpenArticle.DetectionListener {

    /** Texts shorter than this are scored in well under a second: no progress bar flashes by. */
    static final int SHOW_PROGRESS_FROM = 400;

    private final StatusBar statusBar;
    private final Label notice = new Label("Simpler suggestions");
    private boolean showing;

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
    public void progress(int done, int total) {
        if (total < SHOW_PROGRESS_FROM) {
            return;
        }
        if (done >= total) {
            clear();
            return;
        }
        showing = true;
        if (!statusBar.progressProperty().isBound()) { // a running task's own progress has the bar meanwhile
            statusBar.setProgress((double) done / total);
        }
        statusBar.setText(String.format(Locale.ROOT, "Scoring sentences: %,d of %,d", done, total));
    }

    @Override
    public void finished(Optional<String> reason) {
        clear();
        notice.setVisible(reason.isPresent());
        notice.setManaged(reason.isPresent());
        notice.setTooltip(reason.map(Tooltip::new).orElse(null));
        reason.ifPresent(statusBar::setText);
    }

    private void clear() {
        if (showing) {
            showing = false;
            if (!statusBar.progressProperty().isBound()) {
                statusBar.setProgress(0);
            }
            statusBar.setText("Suggestions up to date");
        }
    }
}
