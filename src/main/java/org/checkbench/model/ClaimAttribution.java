package org.checkbench.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who made a claim, when and where it appeared: what ClaimReview calls the claim's author, date
 * and appearance. Kept apart from {@link Claim}, one row per claim that has any of it.
 *
 * @param claimant the person or organisation that made the claim, may be null
 * @param claimDate when the claim was made, may be null
 * @param appearanceUrl where it appeared (a speech's video, a post, an article), may be null
 */
public record ClaimAttribution(long claimId, String claimant, ClaimantKind claimantKind, LocalDate claimDate,
                               String appearanceUrl) {

    /** ClaimReview's Claim.author is a Person or an Organization. */
    public enum ClaimantKind {
        PERSON("Person"), ORGANIZATION("Organization");

        private final String schemaType;

        ClaimantKind(String schemaType) {
            this.schemaType = schemaType;
        }

        /** The schema.org type name. */
        public String schemaType() {
            return schemaType;
        }
    }

    public ClaimAttribution {
        Objects.requireNonNull(claimantKind, "claimantKind");
        claimant = blankToNull(claimant);
        appearanceUrl = blankToNull(appearanceUrl);
    }

    public static ClaimAttribution none(long claimId) {
        return new ClaimAttribution(claimId, null, ClaimantKind.PERSON, null, null);
    }

    public boolean isEmpty() {
        return claimant == null && claimDate == null && appearanceUrl == null;
    }

    public ClaimAttribution withClaimId(long newClaimId) {
        return new ClaimAttribution(newClaimId, claimant, claimantKind, claimDate, appearanceUrl);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
