package org.checkbench.ui.app;

import java.util.List;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;

import org.checkbench.model.text.BidiControls;
import org.checkbench.service.ArticleClaims;
import org.checkbench.service.MatchFound;
import org.checkbench.ui.article.CheckedBeforeMarks;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.claims.MatchingWorker;
import org.controlsfx.control.StatusBar;

/**
 * What the status bar says besides a command's own message: the claim counts on the right, the
 * matching job's progress, and the "checked before" line for the place under the caret. Kept apart
 * from {@link MainWindow} so the rules for who may overwrite whose words live in one place.
 */
final class StatusLine {

    private final StatusBar statusBar;
    private final Label progress;
    /** The earlier check the status bar currently describes, so leaving it can clear exactly that line. */
    private MatchFound checkedBeforeShown;

    StatusLine(StatusBar statusBar, Label progress) {
        this.statusBar = statusBar;
        this.progress = progress;
        statusBar.setId("statusBar");
        progress.setId("claimProgress");
        // Whatever a message quotes (a title, a file name), reordering controls show as marks there.
        statusBar.textProperty().addListener((property, old, text) -> {
            if (BidiControls.containsAny(text)) {
                statusBar.setText(BidiControls.visible(text));
            }
        });
        statusBar.setText("Starting…");
    }

    /**
     * The right side: the notices and states of the window's parts (detection, running task, review),
     * then the draft's outcome, then the counts — the counts last, where the eye finds them.
     */
    void placeOnTheRight(List<Node> states, Node draftOutcome) {
        statusBar.getRightItems().addAll(states);
        statusBar.getRightItems().addAll(new Separator(Orientation.VERTICAL), draftOutcome,
                new Separator(Orientation.VERTICAL), progress);
    }

    /**
     * The matching job's progress goes to the status bar; its "up to date" replaces only that
     * progress, never what the checker's own last action said there ("Exported the check report…").
     */
    void matchingStatus(String text) {
        boolean isProgress = text.startsWith(MatchingWorker.PROGRESS_PREFIX);
        if (isProgress || statusBar.getText() == null || statusBar.getText().startsWith(MatchingWorker.PROGRESS_PREFIX)) {
            statusBar.setText(text);
        }
    }

    /** The caret entered a claim or suggestion checked before: the status bar says by whom and how. */
    void showCheckedBeforeAt(OpenArticle open, int caret) {
        MatchFound here = open == null ? null : open.checkedBefore().at(open, caret).orElse(null);
        if (here != null && !here.equals(checkedBeforeShown)) {
            statusBar.setText(CheckedBeforeMarks.label(here));
        } else if (here == null && checkedBeforeShown != null
                && CheckedBeforeMarks.label(checkedBeforeShown).equals(statusBar.getText())) {
            statusBar.setText(""); // the caret left it: the words no longer describe where it is
        }
        checkedBeforeShown = here;
    }

    /** The counts on the right: claims by status, how many are checked, suggestions and their earlier checks. */
    void showProgress(OpenArticle open) {
        ArticleClaims.Progress counts = open.progress();
        StringBuilder text = new StringBuilder();
        counts.byStatus().forEach((verdict, count) -> text.append(verdict.label()).append(' ').append(count).append(" · "));
        text.append(counts.checked()).append(" of ").append(counts.total()).append(" checked");
        int suggested = open.suggestions().count();
        if (suggested > 0) {
            text.append(" · ").append(suggested).append(suggested == 1 ? " suggestion" : " suggestions");
            long seenBefore = open.suggestions().countCheckedBefore(open.checkedBefore());
            if (seenBefore > 0) {
                text.append(" (").append(seenBefore).append(" checked before)");
            }
        }
        progress.setText(text.toString());
    }
}
