package org.checkbench.ui.article;

import org.checkbench.model.Claim;
import org.checkbench.model.HistoryEntry;
import org.checkbench.service.ClaimFieldEdit;
import org.checkbench.service.TeamSync;
import org.checkbench.service.WorkspaceSession;

/**
 * On a team workspace, a status, note or correction is saved only over the value the checker saw
 * (ADR 0122); if someone else changed it meanwhile, nothing is written and the checker reads both
 * values in a dialog, the window already showing theirs, and chooses "Keep theirs" or "Use mine"
 * ({@link OpenArticle#askOnConflict}). A local workspace has one writer: its edits are saved as before.
 */
public final class ClaimEditConflict extends RuntimeException {

    private final transient ClaimFieldEdit.Conflict conflict;

    ClaimEditConflict(ClaimFieldEdit.Conflict conflict) {
        super(describe(conflict));
        this.conflict = conflict;
    }

    public ClaimFieldEdit.Conflict conflict() {
        return conflict;
    }

    /**
     * Saves {@code field} of the claim shown as {@code onScreen}. On a team workspace whose server is
     * away the edit waits in the journal (ADR 0125) and the claim is shown as edited meanwhile.
     */
    static Claim save(WorkspaceSession session, Claim onScreen, String field, String wanted) {
        long claimId = onScreen.id();
        String seen = switch (field) {
            case HistoryEntry.FIELD_STATUS -> onScreen.status();
            case HistoryEntry.FIELD_NOTE -> onScreen.note();
            default -> onScreen.correction();
        };
        if (session.team().isEmpty() || session.teamSync().isEmpty()) {
            return switch (field) {
                case HistoryEntry.FIELD_STATUS -> session.claims().setStatus(claimId, wanted);
                case HistoryEntry.FIELD_NOTE -> session.claims().setNote(claimId, wanted);
                default -> session.claims().setCorrection(claimId, wanted);
            };
        }
        TeamSync.Outcome outcome = session.teamSync().get().editClaimField(claimId, field, seen, wanted);
        if (outcome instanceof TeamSync.Queued) {
            return switch (field) {
                case HistoryEntry.FIELD_STATUS -> onScreen.withStatus(wanted);
                case HistoryEntry.FIELD_NOTE -> onScreen.withNote(wanted);
                default -> onScreen.withCorrection(wanted);
            };
        }
        ClaimFieldEdit result = ((TeamSync.Sent) outcome).edit();
        if (result instanceof ClaimFieldEdit.Conflict conflict) {
            throw new ClaimEditConflict(conflict);
        }
        return result.claim();
    }

    /**
     * Someone else's value is stored and shown; the checker chooses. "Use mine" is a new edit made
     * against their value. False when there is no way to ask (the conflict is then a message).
     */
    static boolean settle(OpenArticle open, ClaimFieldEdit.Conflict conflict,
            java.util.function.Predicate<ClaimFieldEdit.Conflict> useMine) {
        if (useMine == null) {
            return false;
        }
        if (useMine.test(conflict)) {
            Claim shown = open.claim(conflict.claim().id());
            if (shown != null) {
                switch (conflict.field()) {
                    case HistoryEntry.FIELD_STATUS -> open.setStatus(shown, conflict.yours());
                    case HistoryEntry.FIELD_NOTE -> open.setNote(shown, conflict.yours());
                    default -> open.setCorrection(shown, conflict.yours());
                }
            }
        }
        return true;
    }

    /** The question of the "Keep theirs" / "Use mine" dialog: both values, and whose each is. */
    public static String question(ClaimFieldEdit.Conflict c) {
        String who = c.by().isEmpty() ? "Someone else" : c.by();
        return who + " changed this claim's " + c.field() + " while you were editing it.\n\n"
                + "Theirs (saved, shown now): “" + c.theirs() + "”\n"
                + "Yours (not saved): “" + c.yours() + "”\n\n"
                + "Keep theirs, or use yours instead of theirs?";
    }

    static String describe(ClaimFieldEdit.Conflict c) {
        String who = c.by().isEmpty() ? "Someone else" : c.by();
        return who + " changed this claim's " + c.field() + " to “" + c.theirs() + "” while you were editing it,"
                + " so yours was not saved: “" + c.yours() + "”. The claim now shows theirs; to keep yours"
                + " instead, set it again.";
    }
}
