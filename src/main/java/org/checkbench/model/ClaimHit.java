package org.checkbench.model;

/**
 * One search result among claims ("have we checked this before?").
 *
 * @param articleTitle title of the claim's article, for the result list
 * @param snippet a short preview with the matched words between {@link SearchMarks#START} and {@link SearchMarks#END}
 * @param score relevance, higher is better (bm25 with the sign turned)
 */
public record ClaimHit(Claim claim, String articleTitle, String snippet, double score) {
}
