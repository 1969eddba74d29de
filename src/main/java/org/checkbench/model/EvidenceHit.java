package org.checkbench.model;

/**
 * One search result in the evidence library.
 *
 * @param snippet a short preview with the matched words between {@link SearchMarks#START} and {@link SearchMarks#END}
 * @param score relevance, higher is better (bm25 with the sign turned)
 */
public record EvidenceHit(Evidence evidence, String snippet, double score) {
}
