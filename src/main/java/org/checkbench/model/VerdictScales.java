package org.checkbench.model;

import java.util.List;
import java.util.Optional;

/**
 * The built-in scales. They live in code, not in the database: articles store the scale id, and a
 * later version may add scales without a migration.
 */
public final class VerdictScales {

    public static final VerdictScale PRE_PUBLICATION = new VerdictScale("pre-publication", "Pre-publication", List.of(
            new Verdict("unchecked", "Unchecked", "#9e9e9e", null, false),
            new Verdict("confirmed", "Confirmed", "#2e7d32", null, true),
            new Verdict("needs-correction", "Needs correction", "#c62828", null, true),
            new Verdict("disputed", "Disputed", "#ef6c00", null, true),
            new Verdict("could-not-confirm", "Could not confirm", "#6a1b9a", null, true),
            new Verdict("opinion", "Opinion / not checkable", "#1565c0", null, true)),
            null, null);

    /** Ratings run from 1 (false) to 5 (true), as ClaimReview expects; Unrated and Unproven have none. */
    public static final VerdictScale PUBLIC_RATING = new VerdictScale("public-rating", "Public rating", List.of(
            new Verdict("unrated", "Unrated", "#9e9e9e", null, false),
            new Verdict("true", "True", "#2e7d32", 5, true),
            new Verdict("mostly-true", "Mostly true", "#7cb342", 4, true),
            new Verdict("half-true", "Half true", "#fbc02d", 3, true),
            new Verdict("mostly-false", "Mostly false", "#ef6c00", 2, true),
            new Verdict("false", "False", "#c62828", 1, true),
            new Verdict("misleading", "Misleading", "#ad1457", 2, true),
            new Verdict("unproven", "Unproven", "#6a1b9a", null, true)),
            5, 1);

    public static final List<VerdictScale> ALL = List.of(PRE_PUBLICATION, PUBLIC_RATING);

    private VerdictScales() {
    }

    public static Optional<VerdictScale> find(String scaleId) {
        return ALL.stream().filter(s -> s.id().equals(scaleId)).findFirst();
    }

    /** The scale with this id; an unknown id (a file from a newer version) falls back to pre-publication. */
    public static VerdictScale byId(String scaleId) {
        return find(scaleId).orElse(PRE_PUBLICATION);
    }
}
