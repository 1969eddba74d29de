package org.checkbench.service;

import java.util.List;

import org.checkbench.io.claimreview.FactCheckFile;

/**
 * What an import of fact-checks did: entries added, updated (found again and changed), unchanged,
 * and the ones skipped with their reasons.
 */
public record FactCheckImportReport(String collection, int added, int updated, int unchanged,
                                    List<FactCheckFile.Problem> skipped) {

    public FactCheckImportReport {
        skipped = List.copyOf(skipped);
    }

    /** "12 added, 3 updated, 1 unchanged, 2 skipped". */
    public String summary() {
        return added + " added, " + updated + " updated, " + unchanged + " unchanged, " + skipped.size() + " skipped";
    }
}
