package org.checkbench.io.claimreview;

import java.util.List;

import org.checkbench.model.FactCheck;

/**
 * What a fact-check file held: the entries that could be read, and for each one that could not,
 * where it is and why.
 */
public record FactCheckFile(List<FactCheck> entries, List<Problem> problems) {

    public FactCheckFile {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** One entry skipped: {@code where} is "entry 3" or "row 7". */
    public record Problem(String where, String reason) {

        @Override
        public String toString() {
            return where + ": " + reason;
        }
    }
}
