package org.checkbench.service;

import java.util.List;

/** A sentence detection thinks worth checking: a range of the text, a score 0..1 and why. */
public record SuggestedClaim(int start, int end, double score, List<String> reasons) {

    public SuggestedClaim {
        reasons = List.copyOf(reasons);
    }
}
