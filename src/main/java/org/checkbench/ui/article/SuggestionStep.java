package org.checkbench.ui.article;

import org.checkbench.model.Claim;
import org.checkbench.model.Suggestion;
import org.checkbench.ui.undo.UndoHistory;

/**
 * Accepting or dismissing a suggestion, undone by the opposite. The claim an accept stored (and
 * the suggestion an undo brings back) are filled in by the worker; undo and redo are queued
 * behind the write they reverse.
 */
final class SuggestionStep implements UndoHistory.Step {
    private final ArticleSuggestions suggestions;
    private final OpenArticle open;
    private final boolean wasAccept;
    // Written and read on the worker, and on the FX thread only after the worker's answer.
    private volatile Claim accepted;
    private volatile Suggestion suggestion;

    SuggestionStep(ArticleSuggestions suggestions, OpenArticle open, boolean wasAccept, Suggestion suggestion) {
        this.suggestions = suggestions;
        this.open = open;
        this.wasAccept = wasAccept;
        this.suggestion = suggestion;
    }

    /** Accepts {@code suggestion} (it becomes a claim) as one undo step, taken back when the write fails. */
    static void accept(ArticleSuggestions suggestions, OpenArticle open, Suggestion suggestion) {
        open.saveNow();
        suggestions.drop(suggestion);
        SuggestionStep step = new SuggestionStep(suggestions, open, true, suggestion);
        open.history().record(step);
        open.tasks().run("Accept the suggestion", step::acceptStored, step::showAccepted, failure -> {
            open.history().discard(step);
            suggestions.add(suggestion);
            open.onFailure().accept(failure);
        });
    }

    /** Dismisses {@code suggestion} (hidden for this article) as one undo step, taken back when the write fails. */
    static void dismiss(ArticleSuggestions suggestions, OpenArticle open, Suggestion suggestion) {
        suggestions.drop(suggestion);
        SuggestionStep step = new SuggestionStep(suggestions, open, false, suggestion);
        open.history().record(step);
        open.tasks().run("Dismiss the suggestion", step::dismissStored, dismissed -> { }, failure -> {
            open.history().discard(step);
            suggestions.add(suggestion);
            open.onFailure().accept(failure);
        });
    }

    @Override
    public String description() {
        return wasAccept ? "Accept suggestion" : "Dismiss suggestion";
    }

    Claim acceptStored() {
        accepted = open.session().suggestions().accept(suggestion.id());
        return accepted;
    }

    void showAccepted(Claim claim) {
        open.shown().addClaim(claim);
        open.selectedProperty().set(claim);
    }

    Suggestion dismissStored() {
        suggestion = open.session().suggestions().dismiss(suggestion.id());
        return suggestion;
    }

    @Override
    public void undo() {
        if (wasAccept) {
            open.saveNow();
            open.tasks().run("Undo accepting", () -> {
                Claim claim = accepted;
                if (claim == null) {
                    return null; // the accept failed: nothing to take back
                }
                suggestion = open.session().suggestions().undoAccept(claim);
                return suggestion;
            }, back -> {
                if (back != null) {
                    open.shown().dropClaim(accepted.id());
                    suggestions.add(back);
                }
            }, open.onFailure());
        } else {
            open.tasks().run("Undo dismissing", () -> {
                suggestion = open.session().suggestions().undoDismiss(suggestion);
                return suggestion;
            }, suggestions::add, open.onFailure());
        }
    }

    @Override
    public void redo() {
        Suggestion shown = suggestion;
        suggestions.drop(shown);
        if (wasAccept) {
            open.saveNow();
            open.tasks().run("Accept the suggestion", this::acceptStored, this::showAccepted, open.onFailure());
        } else {
            open.tasks().run("Dismiss the suggestion", this::dismissStored, again -> { }, open.onFailure());
        }
    }
}
