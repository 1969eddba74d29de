package org.checkbench.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The set of statuses an article's claims are rated on. The first value is what a new claim gets.
 *
 * @param bestRating highest numeric rating (ClaimReview bestRating), null for scales without ratings
 * @param worstRating lowest numeric rating, null for scales without ratings
 */
public record VerdictScale(String id, String name, List<Verdict> values, Integer bestRating, Integer worstRating) {

    public VerdictScale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a scale needs at least one value");
        }
    }

    /** The value new claims start with. */
    public Verdict initial() {
        return values.get(0);
    }

    public Optional<Verdict> find(String verdictId) {
        return values.stream().filter(v -> v.id().equals(verdictId)).findFirst();
    }

    /** The claim's status on this scale; a status the scale does not know reads as the initial one. */
    public Verdict verdictOf(Claim claim) {
        return find(claim.status()).orElse(initial());
    }

    public boolean contains(String verdictId) {
        return find(verdictId).isPresent();
    }
}
