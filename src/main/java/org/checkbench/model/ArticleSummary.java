package org.checkbench.model;

import java.time.Instant;

/** One row of the article list: enough to show it without loading its text. */
public record ArticleSummary(long id, String title, String outlet, Instant updated, int claimCount, int revisionCount) {
}
