package org.checkbench.model;

import java.util.List;
import java.util.Objects;

/**
 * What became of one claim when a new revision replaced the text (a new draft, or an old
 * revision restored): found with the same words, found with changed words, or orphaned.
 *
 * @param revisionId the revision the claim was carried into (0 until stored)
 * @param oldStart where the claim was in the text before (UTF-16 code units)
 * @param newStart where it is in the new revision, -1 when orphaned
 * @param similarity how alike the old and new wording are, 0..1 (1 when unchanged, 0 when orphaned)
 * @param oldQuote the claim's words before
 * @param newQuote its words now, null when orphaned
 * @param candidates for an orphan that could have gone to more than one place equally well: those
 *     places, so the checker can pick one; empty otherwise
 */
public record CarriedClaim(
        long revisionId,
        long claimId,
        Outcome outcome,
        int oldStart,
        int oldEnd,
        int newStart,
        int newEnd,
        double similarity,
        String oldQuote,
        String newQuote,
        List<Place> candidates) {

    public enum Outcome {
        /** The same words (spacing and typographic punctuation aside), maybe at another place. */
        UNCHANGED,
        /** Found with different words: checked work on it must be looked at again. */
        CHANGED,
        /** Nothing similar enough, or two places equally good: kept, attached to nothing. */
        ORPHANED
    }

    /** A range [start, end) of the new revision's text. */
    public record Place(int start, int end) {
    }

    public CarriedClaim {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(oldQuote, "oldQuote");
        candidates = List.copyOf(candidates);
        if ((outcome == Outcome.ORPHANED) != (newStart < 0)) {
            throw new IllegalArgumentException("an orphaned claim has no new place, a carried one has one");
        }
    }

    public static CarriedClaim orphaned(long claimId, int oldStart, int oldEnd, String oldQuote, List<Place> candidates) {
        return new CarriedClaim(0, claimId, Outcome.ORPHANED, oldStart, oldEnd, -1, -1, 0, oldQuote, null, candidates);
    }

    public boolean isOrphaned() {
        return outcome == Outcome.ORPHANED;
    }

    public CarriedClaim withRevisionId(long id) {
        return new CarriedClaim(id, claimId, outcome, oldStart, oldEnd, newStart, newEnd, similarity, oldQuote, newQuote,
                candidates);
    }
}
