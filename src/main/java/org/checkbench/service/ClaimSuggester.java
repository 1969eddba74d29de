package org.checkbench.service;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The seam for claim detection ({@code org.checkbench.detect}): given an article's text, the ranges
 * worth checking. Import stores them as suggested claims in the same transaction as the article.
 * Detection plugs in either by {@link WorkspaceService#withSuggester} or by registering an
 * implementation in {@code META-INF/services/org.checkbench.service.ClaimSuggester}.
 */
@FunctionalInterface
public interface ClaimSuggester {

    /** Suggests nothing; the default until detection is wired in. */
    ClaimSuggester NONE = text -> List.of();

    List<SuggestedClaim> suggest(String text);

    /** The first implementation registered with {@link ServiceLoader}, or {@link #NONE}. */
    static ClaimSuggester installed() {
        return ServiceLoader.load(ClaimSuggester.class).findFirst().orElse(NONE);
    }
}
