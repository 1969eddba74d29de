package org.checkbench.ui.article;

import org.checkbench.model.Claim;
import org.checkbench.model.DocumentKey;

/**
 * "Checked before?": a claim takes over an earlier check's verdict and note, or links the same
 * evidence. Each is one undo step, and the claim's history says where it came from.
 */
public final class EarlierCheckTakeOver {

    private final OpenArticle open;

    EarlierCheckTakeOver(OpenArticle open) {
        this.open = open;
    }

    /** The earlier verdict and note become this claim's. */
    public void verdictFrom(Claim claim, DocumentKey from) {
        open.saveNow();
        open.change("Copy earlier verdict", claim, (store, id) -> store.takeOver().copyVerdict(from, id), (store, before) -> {
            if (before == null) { // the server was away: nothing was taken over
                return store.claims().find(claim.id());
            }
            store.claims().putBackVerdict(before.id(), before);
            return store.claims().setNote(before.id(), before.note());
        });
    }

    /** The earlier check's evidence is linked to this claim too. */
    public void evidenceFrom(Claim claim, DocumentKey from, Runnable then) {
        SameEvidenceStep step = new SameEvidenceStep(open, claim.id(), from, then);
        open.history().record(step);
        step.redo();
    }
}
