package org.checkbench.service;

import org.checkbench.model.TextAnchor;

/**
 * Where a claim marked offline belongs in the server's text, which may have changed since (ADR 0155):
 * by its exact words and their context, as a new draft finds an orphaned claim again. Never a guess
 * between two places that fit equally well.
 */
final class OfflinePlace {

    private static final int MAX_OCCURRENCES = 50;

    private OfflinePlace() {
    }

    /** The start of the claim's words in {@code text}, or -1 when they are nowhere or in more than one place alike. */
    static int find(String text, TextAnchor seen) {
        String exact = seen.exact();
        if (exact.isEmpty()) {
            return -1;
        }
        if (seen.end() <= text.length() && text.startsWith(exact, seen.start())) {
            return seen.start(); // the text did not change there
        }
        int only = -1;
        int count = 0;
        int withContext = -1;
        int contextCount = 0;
        for (int at = text.indexOf(exact); at >= 0 && count < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
            count++;
            only = at;
            if (text.startsWith(seen.prefix(), at - seen.prefix().length()) && text.startsWith(seen.suffix(), at + exact.length())) {
                contextCount++;
                withContext = at;
            }
        }
        if (count == 1) {
            return only;
        }
        return contextCount == 1 ? withContext : -1;
    }
}
