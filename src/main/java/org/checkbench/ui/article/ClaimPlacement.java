package org.checkbench.ui.article;

import org.checkbench.model.Claim;
import org.checkbench.service.ArticleClaims;
import org.checkbench.service.CarrySummary;

/**
 * Where a claim's words are in the draft: applying its correction replaces them (one undo step,
 * recorded in the claim's history), attaching an orphan gives it new words. Both change the text
 * and the claim together, so both save the text first and go through {@link OpenArticle}'s state.
 */
public final class ClaimPlacement {

    private final OpenArticle open;
    private final ArticleClaims current;

    ClaimPlacement(OpenArticle open, ArticleClaims current) {
        this.open = open;
        this.current = current;
    }

    /** Puts the claim's stored suggested correction into the draft; see {@link #applyCorrection(Claim, String)}. */
    public void applyCorrection(Claim claim) {
        Claim now = current.get(claim.id());
        applyCorrection(claim, now == null ? "" : now.correction());
    }

    /**
     * Puts {@code correction} into the draft in place of the claim's words: one undo step. The
     * words are passed in, not read from the stored claim: the correction just typed may still be
     * on its way to the database (issue 14: Apply to draft did nothing on the first click).
     */
    public void applyCorrection(Claim claim, String correction) {
        Claim now = current.get(claim.id());
        if (now == null || now.orphaned() || correction == null || correction.isBlank()) {
            return;
        }
        open.history().seal();
        String oldText = now.quote();
        open.correctionInProgress = new ArticleClaims.Correction(now.id(), now.anchor().start(), correction.length());
        try {
            open.surface().replace(now.anchor().start(), now.anchor().end(), correction);
        } finally {
            open.correctionInProgress = null;
        }
        open.history().seal();
        open.saveNow();
        open.tasks().run("Record the correction", () -> {
            open.session().claims().recordAppliedCorrection(now.id(), oldText, correction);
            return open.session().claims().find(now.id());
        }, open.shown()::claimFromStore, open.onFailure());
    }

    /**
     * Attaches a claim (an orphan, usually) to [start, end) of the text: saved first, then the
     * claim is placed there with its status, notes, evidence and history, and the history says so.
     */
    public void attach(Claim claim, int start, int end, Runnable onAttached) {
        open.saveNow();
        long articleId = open.article().id();
        open.tasks().run("Attach the claim", () -> new Attached(open.session().drafts().attach(claim.id(), start, end),
                open.session().drafts().lastCarry(articleId)), result -> {
                    open.attached(result.claim(), result.carry());
                    onAttached.run();
                }, open.onFailure());
    }

    private record Attached(Claim claim, CarrySummary carry) {
    }
}
