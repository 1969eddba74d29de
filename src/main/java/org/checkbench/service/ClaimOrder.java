package org.checkbench.service;

import java.util.Comparator;

import org.checkbench.model.Claim;

/**
 * The order claims are listed and numbered in, everywhere (the claim panel, the report): text order,
 * then orphaned claims, which have no place in the text to be numbered by.
 */
public final class ClaimOrder {

    /** Live claims by where they start (then end, then id); orphaned claims last, in the same order. */
    public static final Comparator<Claim> TEXT_ORDER_ORPHANED_LAST = Comparator.comparing(Claim::orphaned)
            .thenComparingInt((Claim c) -> c.anchor().start())
            .thenComparingInt(c -> c.anchor().end())
            .thenComparingLong(Claim::id);

    private ClaimOrder() {
    }
}
