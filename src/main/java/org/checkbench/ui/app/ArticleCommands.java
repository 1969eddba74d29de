package org.checkbench.ui.app;

import java.util.List;

import org.checkbench.model.Verdict;
import org.checkbench.ui.article.ArticleDetailsDialog;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.Problems;

/** The commands that act on the open article and report in the status bar (called from {@link MainActions}). */
final class ArticleCommands {

    private ArticleCommands() {
    }

    /**
     * Ctrl+S: the note or correction being typed, the text and the claims go to the database now,
     * and the database to the disk; "Saved" is said once that is done (issue 14: the note being
     * typed was left out).
     */
    static void saveNow(MainWindow window) {
        OpenArticle open = window.open();
        if (open == null) {
            return;
        }
        window.claimPanel().detail().saveEdits();
        window.statusBar().setText("Saving…");
        open.saveNow(() -> window.workspace().flush(() -> window.statusBar().setText("Saved")), failure -> {
            window.statusBar().setText("Not saved: see the message");
            Problems.show(window.dialogs(), "Save your work", failure);
        });
    }

    /**
     * File > Article details…: saved and shown in place, one undo step. The article is not opened
     * again, so the undo history survives (issue 14: saving the details cleared it).
     */
    static void editArticleDetails(MainWindow window) {
        OpenArticle open = window.open();
        if (open == null) {
            return;
        }
        long articleId = open.article().id();
        // The fact-check publication (ClaimReview's organisation and address) is edited in the same
        // form; it is read and saved on the worker, apart from the article's own undoable details.
        window.tasks().run("Read the article details", () -> open.session().publications().publication(articleId),
                publication -> ArticleDetailsDialog.edit(window.dialogs(), open.article(), publication).ifPresent(edited -> {
                    open.editDetails(edited.article());
                    window.tasks().run("Save the fact-check publication", () -> {
                        open.session().publications().savePublication(edited.publication());
                        return null;
                    }, saved -> { }, failure -> Problems.show(window.dialogs(), "Save the article details", failure));
                }), failure -> Problems.show(window.dialogs(), "Read the article details", failure));
    }

    /** Find and replace: the ranges get the words, as one undo step; claims follow as they do typing. */
    static void replace(MainWindow window, List<int[]> ranges, String replacement) {
        OpenArticle open = window.open();
        if (open != null && !ranges.isEmpty()) {
            open.replace(ranges.size() == 1 ? "Replace" : "Replace all", ranges, replacement);
            window.statusBar().setText(ranges.size() == 1 ? "Replaced 1 match" : "Replaced " + ranges.size() + " matches");
        }
    }

    /** F7: the next suggestion is selected and shown, and the status bar says which one it is. */
    static void nextSuggestion(MainWindow window) {
        window.claimsInEditor().nextSuggestion().ifPresentOrElse(place -> window.statusBar().setText("Suggestion "
                + place.number() + " of " + place.of() + ": “" + ClaimDescriptions.shorten(place.suggestion().exact(), 80)
                + "” (Ctrl+Enter accepts, Ctrl+Shift+Enter dismisses, F7 goes on)"),
                () -> window.statusBar().setText("No suggestions in this article"));
    }

    /** Ctrl+1…9: the selected claim gets the article scale's value at that place. */
    static void setStatusOfSelected(MainWindow window, int valueIndex) {
        OpenArticle open = window.open();
        if (open == null || open.selectedProperty().get() == null) {
            return;
        }
        List<Verdict> values = open.scale().values();
        if (valueIndex < values.size()) {
            open.setStatus(open.claim(open.selectedProperty().get().id()), values.get(valueIndex).id());
        }
    }

    /** Ctrl+Shift+Delete: no question asked, Ctrl+Z brings it back. */
    static void removeSelected(MainWindow window) {
        OpenArticle open = window.open();
        if (open != null && open.selectedProperty().get() != null) {
            open.remove(open.claim(open.selectedProperty().get().id()));
        }
    }
}
