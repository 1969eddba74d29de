package org.checkbench.service;

import java.util.Set;

import org.checkbench.model.Claim;
import org.checkbench.model.Verdict;
import org.checkbench.model.VerdictScale;
import org.checkbench.report.ReportClaim;

/**
 * The one definition of "checked" that the status bar, the claim panel and the report all use, and
 * the one place that says what keeps a claim from being cleared.
 */
public final class ClaimChecks {

    /** Verdicts that say a claim is right: such a claim needs sources behind it. */
    static final Set<String> CONFIRMING = Set.of("confirmed", "true", "mostly-true");
    static final String NEEDS_CORRECTION = "needs-correction";
    static final String DISPUTED = "disputed";

    private ClaimChecks() {
    }

    /**
     * Checked: the claim has a verdict other than the scale's "not checked" values, and it is
     * neither changed since that verdict nor orphaned (a stale verdict is not a check).
     */
    public static boolean isChecked(Claim claim, VerdictScale scale) {
        return scale.verdictOf(claim).checked() && !claim.changedSinceChecked() && !claim.orphaned();
    }

    /**
     * What stands between this claim and publication, or null when nothing does; at most one per
     * claim, the gravest (orphaned, changed since checked, unchecked, correction required, disputed).
     *
     * @param correctionApplied the suggested correction is in the draft already (so a "needs
     *                          correction" verdict asks for nothing more)
     */
    public static ReportClaim.Attention concernOf(Claim claim, VerdictScale scale, boolean correctionApplied) {
        if (claim.orphaned()) {
            return ReportClaim.Attention.ORPHANED;
        }
        if (claim.changedSinceChecked()) {
            return ReportClaim.Attention.CHANGED_SINCE_CHECKED;
        }
        Verdict verdict = scale.verdictOf(claim);
        if (!verdict.checked()) {
            return ReportClaim.Attention.UNCHECKED;
        }
        if (verdict.id().equals(NEEDS_CORRECTION) && !correctionApplied) {
            return ReportClaim.Attention.CORRECTION_REQUIRED;
        }
        if (verdict.id().equals(DISPUTED)) {
            return ReportClaim.Attention.DISPUTED;
        }
        return null;
    }

    static boolean isConfirming(Claim claim, VerdictScale scale) {
        return CONFIRMING.contains(scale.verdictOf(claim).id());
    }
}
