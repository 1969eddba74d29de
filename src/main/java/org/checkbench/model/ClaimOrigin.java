package org.checkbench.model;

import java.util.List;
import java.util.Objects;

/**
 * How a claim came to be: marked by the checker, or suggested by detection with a score and the
 * reasons it gave (so the checker can see why a sentence was picked).
 *
 * @param score 0..1 for suggested claims, 0 for manual ones
 */
public record ClaimOrigin(Kind kind, double score, List<String> reasons) {

    public enum Kind { MANUAL, SUGGESTED }

    public static final ClaimOrigin MANUAL = new ClaimOrigin(Kind.MANUAL, 0, List.of());

    public ClaimOrigin {
        Objects.requireNonNull(kind, "kind");
        reasons = List.copyOf(reasons);
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be within 0..1, got " + score);
        }
    }

    public static ClaimOrigin suggested(double score, List<String> reasons) {
        return new ClaimOrigin(Kind.SUGGESTED, score, reasons);
    }

    public boolean isSuggested() {
        return kind == Kind.SUGGESTED;
    }
}
