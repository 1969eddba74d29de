package org.checkbench.ui.article;

import java.util.Optional;

import org.checkbench.model.Claim;
import org.checkbench.service.RemovedClaim;
import org.checkbench.service.TeamSync;
import org.checkbench.model.TextAnchor;
import org.checkbench.ui.undo.UndoHistory;

/**
 * Marking or removing a claim, undone by the opposite. Recorded the moment the checker acts; the
 * stored claim (after a mark) and what its removal took away are filled in by the worker, and every
 * undo or redo is queued behind the write it reverses, so Ctrl+Z pressed at once still works.
 *
 * <p>On a team workspace whose server is away a removal waits in the journal (ADR 0152, 0153): the
 * claim leaves the screen at once; its undo takes the waiting removal back, or, once a replay sent
 * it, restores what the replay removed. A mark waits too, under a stand-in id (ADR 0155): the claim
 * shows at once with its words from the screen; its undo is a removal waiting behind it; once the
 * server has stored it the window puts the server's id in (ShownClaims#madeOfflineStored).
 */
final class ClaimPresenceStep implements UndoHistory.Step {
    private final OpenArticle open;
    private final String description;
    private final boolean wasRemoval;
    // Written by the worker, read by the next task on the same worker (or on the FX thread after its answer).
    private volatile Claim claim;
    private volatile RemovedClaim removed;
    /** A removal kept in the team journal and not known to be sent; 0 when none. */
    private volatile long waitingRemoval;

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
        Optional<TeamSync> sync = open.session().teamSync();
        // On a team workspace the words come from the screen now: offline they are the claim's anchor
        // until the server has it, and the text on the server may differ by then.
        TextAnchor anchor = sync.isPresent() ? TextAnchor.of(open.surface().text(), start, end, 0) : null;
        String initial = open.scale().initial().id();
        open.tasks().run("Mark a claim", () -> {
            step.claim = sync.isPresent()
                    ? ((TeamSync.ClaimMarked) sync.get().markClaim(articleId, anchor, initial)).claim()
                    : open.session().claims().mark(articleId, start, end);
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
        open.shown().dropClaim(claim.id());
        open.tasks().run("Remove a claim", () -> step.removeStored(claim), r -> { }, failure -> {
            open.history().discard(step);
            open.shown().addClaim(claim);
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

    /**
     * On the worker. {@code shown} is the claim as on screen when the removal was asked for (null:
     * the one this step stored); a team journal checks its fields before removing it later.
     */
    private RemovedClaim removeStored(Claim shown) {
        Claim stored = shown != null ? shown : claim;
        if (stored == null) {
            removed = null;
            return null;
        }
        Optional<TeamSync> sync = open.session().teamSync();
        if (sync.isEmpty()) {
            removed = open.session().claims().remove(stored.id());
            return removed;
        }
        TeamSync.Outcome outcome = sync.get().removeClaim(stored);
        if (outcome instanceof TeamSync.QueuedRemoval queued) {
            claim = stored;
            removed = null;
            waitingRemoval = queued.sequence();
            return new RemovedClaim(stored, java.util.List.of());
        }
        removed = ((TeamSync.Done) outcome).removed();
        return removed;
    }

    private void takeAway() {
        open.saveNow();
        Claim known = claim;
        Claim shown = known == null ? null : open.claim(known.id());
        if (known != null) {
            open.shown().dropClaim(known.id());
        }
        // A mark still on its way is removed once stored; its answer reaches the FX thread first.
        open.tasks().run("Remove a claim", () -> removeStored(shown), gone -> {
            if (gone != null) {
                open.shown().dropClaim(gone.claim().id());
            }
        }, open.onFailure());
    }

    private void bringBack() {
        open.saveNow();
        open.tasks().run("Restore a claim", () -> {
            long waiting = waitingRemoval;
            if (waiting != 0) {
                waitingRemoval = 0;
                Optional<RemovedClaim> sent = open.session().teamSync().orElseThrow().takeBackRemoval(waiting);
                if (sent.isEmpty()) {
                    return claim; // taken back before it was sent (or the server kept it): as it was shown
                }
                removed = sent.get();
            }
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
            open.shown().addClaim(stored);
            open.selectedProperty().set(stored);
        }
    }
}
