package org.checkbench.model;

import java.util.Objects;

/**
 * A link between a claim and a piece of evidence.
 *
 * @param note why this source matters for this claim
 * @param locator quote or place in the source specific to this claim (page 12, 03:14)
 * @param position order of the evidence under the claim, 0 first; the checker reorders by dragging
 */
public record ClaimEvidence(long claimId, long evidenceId, Stance stance, String note, String locator, int position) {

    public ClaimEvidence {
        Objects.requireNonNull(stance, "stance");
        note = note == null ? "" : note;
        locator = locator == null ? "" : locator;
    }

    public ClaimEvidence withStance(Stance v) {
        return new ClaimEvidence(claimId, evidenceId, v, note, locator, position);
    }

    public ClaimEvidence withNote(String v) {
        return new ClaimEvidence(claimId, evidenceId, stance, v, locator, position);
    }

    public ClaimEvidence withLocator(String v) {
        return new ClaimEvidence(claimId, evidenceId, stance, note, v, position);
    }

    public ClaimEvidence withPosition(int v) {
        return new ClaimEvidence(claimId, evidenceId, stance, note, locator, v);
    }
}
