package org.checkbench.ui.article;

import org.checkbench.model.Claim;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.undo.UndoHistory;

/**
 * A change to a claim's fields (its status, note, suggested correction, or a verdict taken over
 * from an earlier check), undone by putting back what the fields held just before it.
 *
 * <p>"Just before" is read on the worker, in the same order as the writes: a note still on its way
 * to the database when the status changed is not undone with the status.
 */
final class ClaimChangeStep implements UndoHistory.Step {

    /** The change itself, on the worker; returns the claim as stored afterwards. */
    @FunctionalInterface
    interface Change {
        Claim apply(WorkspaceSession session, long claimId);
    }

    /**
     * Puts the changed fields back as they were in {@code before}, on the worker; {@code before} is
     * null on a team workspace whose server was away when the change was made.
     */
    @FunctionalInterface
    interface PutBack {
        Claim apply(WorkspaceSession session, Claim before);
    }

    private final OpenArticle open;
    private final String description;
    private final long claimId;
    private final Change change;
    private final PutBack putBack;
    // Written by the worker as the change runs; read by the undo, which runs after it on the same worker.
    private volatile Claim before;

    ClaimChangeStep(OpenArticle open, String description, long claimId, Change change, PutBack putBack) {
        this.open = open;
        this.description = description;
        this.claimId = claimId;
        this.change = change;
        this.putBack = putBack;
    }

    @Override
    public String description() {
        return description;
    }

    /** Does the change (the first time, and as redo). */
    void run() {
        WorkspaceSession session = open.session();
        open.tasks().run(description, () -> {
            before = findUnlessOffline(session);
            return change.apply(session, claimId);
        }, open.shown()::claimFromStore, failure -> {
            // The message says the claim now shows the other checker's value: it must.
            Throwable cause = failure instanceof ClaimEditConflict ? failure : failure.getCause();
            if (cause instanceof ClaimEditConflict conflict) {
                open.shown().claimFromStore(conflict.conflict().claim());
                // Nothing was written: Undo must not spend a key press on it.
                open.history().discard(this);
                if (open.settleConflict(conflict.conflict())) {
                    return;
                }
            }
            open.onFailure().accept(failure);
        });
    }

    /** The claim as stored; null when a team workspace's server is away (the edit then waits in its journal). */
    private Claim findUnlessOffline(WorkspaceSession session) {
        try {
            return session.claims().find(claimId);
        } catch (org.checkbench.store.WorkspaceException e) {
            if (e.isServerUnreachable()) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public void undo() {
        WorkspaceSession session = open.session();
        open.saveNow();
        open.tasks().run("Undo " + description.toLowerCase(java.util.Locale.ROOT), () -> {
            Claim was = before;
            // On a team workspace the put-back is an edit that can wait in the journal: it runs even
            // when the server was away as the change was made (and "before" could not be read).
            return was == null && session.teamSync().isEmpty() ? session.claims().find(claimId)
                    : putBack.apply(session, was);
        }, open.shown()::claimPutBack, this::undoFailed);
    }

    /** An undo that met someone else's newer value (team workspace): the claim shows theirs, as the message says. */
    private void undoFailed(Throwable failure) {
        Throwable cause = failure instanceof ClaimEditConflict ? failure : failure.getCause();
        if (cause instanceof ClaimEditConflict conflict) {
            open.shown().claimFromStore(conflict.conflict().claim());
        }
        open.onFailure().accept(failure);
    }

    @Override
    public void redo() {
        open.saveNow();
        run();
    }
}
