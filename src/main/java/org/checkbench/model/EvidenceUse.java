package org.checkbench.model;

/**
 * One place an evidence entry is used: a claim in an article, for the library's "where is this
 * used?" list.
 */
public record EvidenceUse(long articleId, String articleTitle, long claimId, String claimQuote, Stance stance) {
}
