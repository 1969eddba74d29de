package org.checkbench.service;

import java.util.List;

import org.checkbench.io.claimreview.ClaimReviewExport;

/**
 * What ClaimReview makes of an article's claims: how many may be written, which are left out for a
 * missing required field, and which are written without a recommended one. The window and the
 * command line show it; the field mapping itself stays in {@code io.claimreview}.
 *
 * @param written the claims with every required field
 */
public record ClaimReviewCheck(int written, List<Gap> leftOut, List<Gap> incomplete) {

    /** A claim and the fields it lacks, each in the checker's words with its schema.org path. */
    public record Gap(int claimNumber, String quote, List<String> missing) {
    }

    public ClaimReviewCheck {
        leftOut = List.copyOf(leftOut);
        incomplete = List.copyOf(incomplete);
    }

    public boolean wroteAnything() {
        return written > 0;
    }

    /** True when no claim lacks a required or a recommended field. */
    public boolean complete() {
        return leftOut.isEmpty() && incomplete.isEmpty();
    }

    static ClaimReviewCheck of(ClaimReviewExport.Result result) {
        return new ClaimReviewCheck(result.written().size(), gaps(result.leftOut()), gaps(result.incomplete()));
    }

    private static List<Gap> gaps(List<ClaimReviewExport.Gap> gaps) {
        return gaps.stream().map(g -> new Gap(g.claimNumber(), g.quote(), List.copyOf(g.missing()))).toList();
    }
}
