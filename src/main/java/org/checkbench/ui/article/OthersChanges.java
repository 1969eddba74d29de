package org.checkbench.ui.article;

import java.util.Map;
import java.util.Optional;

import org.checkbench.model.Claim;

/**
 * Changes others made on a team workspace, shown in the open article (ADR 0123): new claims
 * appear, removed ones go, changed ones show their new fields; the anchors on this screen stay as
 * they are, and nothing here is saved back (which would echo the change to everyone again).
 */
public final class OthersChanges {

    private OthersChanges() {
    }

    /**
     * @param claims the claims others changed, as stored now; empty for those they removed
     * @param evidenceCounts how many evidence entries each claim of the article cites now
     */
    public static void show(OpenArticle open, Map<Long, Optional<Claim>> claims, Map<Long, Integer> evidenceCounts) {
        claims.forEach((id, stored) -> {
            if (stored.isEmpty()) {
                open.shown().dropClaim(id);
            } else if (open.claim(id) == null) {
                open.shown().addClaim(stored.get());
            } else {
                open.shown().claimFromStore(stored.get());
            }
        });
        evidenceCounts.forEach((claimId, count) -> {
            if (open.claim(claimId) != null && open.evidenceCount(claimId) != count) {
                open.evidenceCountChanged(claimId, count);
            }
        });
    }

    /**
     * Claims this window marked offline that a replay stored (ADR 0155): each shows under the
     * server's id from now on ({@code stored} by stand-in id).
     */
    public static void madeOfflineStored(OpenArticle open, Map<Long, Claim> stored) {
        stored.forEach((standIn, claim) -> {
            if (claim.articleId() == open.article().id()) {
                open.shown().madeOfflineStored(standIn, claim);
            }
        });
    }
}
