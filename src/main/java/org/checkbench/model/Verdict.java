package org.checkbench.model;

import java.util.Objects;

/**
 * One value of a {@link VerdictScale}.
 *
 * @param id stable key stored in the database ("confirmed", "mostly-false")
 * @param label shown to people
 * @param colour "#rrggbb" for the highlight and the report
 * @param rating numeric rating for the public scale (ClaimReview ratingValue), null where none applies
 * @param checked whether a claim with this value counts as checked
 */
public record Verdict(String id, String label, String colour, Integer rating, boolean checked) {

    public Verdict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colour must be #rrggbb, got " + colour);
        }
    }
}
