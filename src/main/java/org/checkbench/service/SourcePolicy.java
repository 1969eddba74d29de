package org.checkbench.service;

/**
 * The newsroom's rules for sources, from the preferences: how many independent sources a
 * confirmed claim needs, and after how many days a web source should be looked at again.
 *
 * @param independentSources 1 or more; sources count as independent when their outlets differ
 *                           (or, without outlets, their web sites or entries)
 * @param staleAfterDays     a link last accessed longer ago than this is flagged
 */
public record SourcePolicy(int independentSources, int staleAfterDays) {

    public static final SourcePolicy DEFAULT = new SourcePolicy(2, 365);

    public SourcePolicy {
        if (independentSources < 1) {
            throw new IllegalArgumentException("at least one source is required, got " + independentSources);
        }
        if (staleAfterDays < 1) {
            throw new IllegalArgumentException("staleness needs at least one day, got " + staleAfterDays);
        }
    }
}
