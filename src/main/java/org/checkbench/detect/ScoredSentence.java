package org.checkbench.detect;

import java.util.List;

/** The check-worthiness of one sentence: a score in [0, 1] and the short reasons behind it. */
public record ScoredSentence(double score, List<String> reasons) {

    public ScoredSentence {
        reasons = List.copyOf(reasons);
    }
}
