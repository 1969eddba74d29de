package org.checkbench.ui.article;

import org.checkbench.model.Claim;
import org.checkbench.service.RemovedClaim;
import org.checkbench.ui.undo.UndoHistory;

/** Marking or removing a claim, undone by the opposite. */
final class ClaimPresenceStep implements UndoHistory.Step {
    private final OpenArticle open;
    private final String description;
    private Claim claim;
    // Written by the worker thread, read by the next task on the same worker.
    private volatile RemovedClaim removed;
    private final boolean wasRemoval;

    ClaimPresenceStep(OpenArticle open, String description, Claim claim, boolean wasRemoval) {
        this(open, description, claim, wasRemoval, null);
    }

    ClaimPresenceStep(OpenArticle open, String description, Claim claim, boolean wasRemoval, RemovedClaim removed) {
        this.open = open;
        this.description = description;
        this.claim = claim;
        this.wasRemoval = wasRemoval;
        this.removed = removed;
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

    private void takeAway() {
        open.dropClaim(claim.id());
        long id = claim.id();
        open.tasks().run("Remove a claim", () -> {
            removed = open.session().claims().remove(id);
            return removed;
        }, r -> { }, open.onFailure());
    }

    private void bringBack() {
        open.tasks().run("Restore a claim", () -> open.session().claims().restore(removed), restored -> {
            claim = restored;
            open.addClaim(restored);
            open.selectedProperty().set(restored);
        }, open.onFailure());
    }
}
