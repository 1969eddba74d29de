package org.checkbench.service;

import java.util.List;

import org.checkbench.model.WordDiff;
import org.checkbench.model.RevisionInfo;

/**
 * Two revisions compared word by word, ready to show as tracked changes.
 *
 * @param touched for each piece of the diff, the claims whose words it changes (empty for kept text)
 */
public record RevisionComparison(RevisionInfo from, RevisionInfo to, WordDiff diff, List<List<TouchedClaim>> touched) {

    /** A claim a change touches: its number in the claim list and its words. */
    public record TouchedClaim(long claimId, int number, String quote) {
    }

    public RevisionComparison {
        touched = touched.stream().map(List::copyOf).toList();
        if (touched.size() != diff.pieces().size()) {
            throw new IllegalArgumentException("one list of touched claims per piece");
        }
    }

    /** How many changes there are to step through. */
    public int changeCount() {
        return diff.changes().size();
    }
}
