package org.checkbench.service;

import java.util.List;

/**
 * The seam for claim detection ({@code org.checkbench.detect}): given an article's text, the ranges
 * worth checking. Import stores them as suggested claims in the same transaction as the article.
 */
@FunctionalInterface
public interface ClaimSuggester {

    /** Suggests nothing; the default until detection is wired in. */
    ClaimSuggester NONE = text -> List.of();

    List<SuggestedClaim> suggest(String text);
}
