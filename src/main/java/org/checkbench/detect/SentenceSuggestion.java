package org.checkbench.detect;

import java.util.List;

/**
 * One unit of an article as detection sees it: its span ({@code text.substring(start, end)}, UTF-16
 * offsets), its check-worthiness score in [0, 1], the reasons, and whether the threshold in use
 * suggests it as a claim.
 */
public record SentenceSuggestion(int start, int end, double score, List<String> reasons, boolean suggested) {

    public SentenceSuggestion {
        reasons = List.copyOf(reasons);
    }

    public String textIn(String text) {
        return text.substring(start, end);
    }
}
