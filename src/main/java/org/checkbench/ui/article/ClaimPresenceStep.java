package org.checkbench.ui.article;

import org.checkbench.model.Claim;
import org.checkbench.service.RemovedClaim;
import org.checkbench.ui.undo.UndoHistory;

/**
 * Marking or removing a claim, undone by the opposite. Recorded the moment the checker acts; the
 * stored claim (after a mark) and what its removal took away are filled in by the worker, and every
 * undo or redo is queued behind the write it reverses, so Ctrl+Z pressed at once still works.
 */
final class ClaimPresenceStep implements UndoHistory.Step {
    private final OpenArticle open;
    private final String description;
    private final boolean wasRemoval;
    // Written by the worker, read by the next task on the same worker (or on the FX thread after its answer).
    private volatile Claim claim;
    private volatile RemovedClaim removed;

    private ClaimPresenceStep(OpenArticle open, String description, boolean wasRemoval, Claim claim) {
        this.open = open;
        this.description = description;
        this.wasRemoval = wasRemoval;
        this.claim = claim;
    }

    /** Marks [start, end): the step is in the history at once, the claim is shown once stored. */
    static void mark(OpenArticle open, int start, int end) {
        ClaimPresenceStep step = new ClaimPresenceStep(open, "Mark claim", false, null);
        open.history().record(step);
        long articleId = open.article().id();
        open.tasks().run("Mark a claim", () -> {
            step.claim = open.session().claims().mark(articleId, start, end);
            return step.claim;
        }, step::show, failure -> {
            open.history().discard(step);
            open.onFailure().accept(failure);
        });
    }

    /** Removes a claim: gone from the screen at once, from the database on the worker. */
    static void remove(OpenArticle open, Claim claim) {
        ClaimPresenceStep step = new ClaimPresenceStep(open, "Remove claim", true, claim);
        open.history().record(step);
        open.dropClaim(claim.id());
        open.tasks().run("Remove a claim", step::removeStored, r -> { }, failure -> {
            open.history().discard(step);
            open.addClaim(claim);
            open.onFailure().accept(failure);
        });
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        if (wasRemoval) {
            bringBack();
        } else {
            takeAway();
        }
    }

    @Override
    public void redo() {
        if (wasRemoval) {
            takeAway();
        } else {
            bringBack();
        }
    }

    private RemovedClaim removeStored() {
        Claim stored = claim;
        removed = stored == null ? null : open.session().claims().remove(stored.id());
        return removed;
    }

    private void takeAway() {
        open.saveNow();
        Claim known = claim;
        if (known != null) {
            open.dropClaim(known.id());
        }
        // A mark still on its way is removed once stored; its answer reaches the FX thread first.
        open.tasks().run("Remove a claim", this::removeStored, gone -> {
            if (gone != null) {
                open.dropClaim(gone.claim().id());
            }
        }, open.onFailure());
    }

    private void bringBack() {
        open.saveNow();
        open.tasks().run("Restore a claim", () -> {
            RemovedClaim back = removed;
            if (back == null) {
                return null;
            }
            claim = open.session().claims().restore(back);
            return claim;
        }, this::show, open.onFailure());
    }

    private void show(Claim stored) {
        if (stored != null) {
            open.addClaim(stored);
            open.selectedProperty().set(stored);
        }
    }
}
