package org.checkbench.service;

import org.checkbench.model.DocumentKey;

/**
 * Something checked before that looks like the claim in hand.
 *
 * @param text the earlier claim's words
 * @param verdictLabel its verdict or rating as shown ("False", "Needs correction")
 * @param date when it was checked: ISO date of the fact-check, or of the claim's last change
 * @param sourceLabel "claim 3 of “Budget speech”" or the fact-check's publisher
 * @param articleId the earlier claim's article, 0 for a fact-check
 * @param url the fact-check's address, null for a claim
 * @param similarity cosine similarity 0..1 (what thresholds and the user see)
 */
public record MatchFound(DocumentKey key, String text, String verdictLabel, String date, String sourceLabel,
                         long articleId, String url, float similarity) {

    public boolean isClaim() {
        return key.source() == DocumentKey.Source.CLAIM;
    }
}
