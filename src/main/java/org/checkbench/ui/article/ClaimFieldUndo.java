package org.checkbench.ui.article;

import org.checkbench.model.Claim;
import org.checkbench.model.HistoryEntry;
import org.checkbench.service.ClaimFieldEdit;
import org.checkbench.service.TeamSync;
import org.checkbench.service.WorkspaceSession;

/**
 * Undo of a claim's status, note or correction. On a team workspace the undo is an edit like any
 * other (ADR 0122, 0125): it puts the old value back only over the value this window wrote, so a
 * newer value from another checker is reported, not overwritten; with the server away it waits in
 * the journal. A local workspace has one writer and puts the old fields back directly.
 */
final class ClaimFieldUndo {

    private ClaimFieldUndo() {
    }

    /**
     * @param onScreen  the claim as shown when the change was asked for
     * @param changedTo the value the change wrote
     * @param before    the claim as stored just before the change; null if the server was away then
     */
    static Claim putBack(WorkspaceSession session, Claim onScreen, String field, String changedTo, Claim before) {
        if (session.team().isEmpty() || session.teamSync().isEmpty()) {
            return switch (field) {
                case HistoryEntry.FIELD_STATUS -> session.claims().putBackVerdict(before.id(), before);
                case HistoryEntry.FIELD_NOTE -> session.claims().setNote(before.id(), before.note());
                default -> session.claims().setCorrection(before.id(), before.correction());
            };
        }
        Claim was = before != null ? before : onScreen;
        String restored = valueOf(was, field);
        TeamSync.Outcome outcome = session.teamSync().get().editClaimField(onScreen.id(), field, changedTo, restored);
        if (outcome instanceof TeamSync.Queued) {
            return switch (field) {
                case HistoryEntry.FIELD_STATUS -> onScreen.withStatus(restored).withChecker(was.checker())
                        .withChangedSinceChecked(was.changedSinceChecked());
                case HistoryEntry.FIELD_NOTE -> onScreen.withNote(restored);
                default -> onScreen.withCorrection(restored);
            };
        }
        ClaimFieldEdit result = ((TeamSync.Sent) outcome).edit();
        if (result instanceof ClaimFieldEdit.Conflict conflict) {
            throw new ClaimEditConflict(conflict);
        }
        if (field.equals(HistoryEntry.FIELD_STATUS) && before != null) {
            // The status is back; who checked it and "changed since checked" follow, as on a file.
            return session.claims().putBackCheck(onScreen.id(), before);
        }
        return result.claim();
    }

    private static String valueOf(Claim claim, String field) {
        return switch (field) {
            case HistoryEntry.FIELD_STATUS -> claim.status();
            case HistoryEntry.FIELD_NOTE -> claim.note();
            default -> claim.correction();
        };
    }
}
