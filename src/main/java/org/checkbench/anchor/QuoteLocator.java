package org.checkbench.anchor;

import java.util.Optional;

import org.checkbench.model.TextAnchor;

/**
 * Finds a claim's quote in a new draft. Among all exact occurrences it picks the one whose
 * surroundings best match the remembered context, breaking ties by closeness to where the claim
 * was. When the exact words are gone it finds nothing: the caller orphans the claim rather than
 * attach the checker's work to different words.
 */
public final class QuoteLocator {

    private QuoteLocator() {
    }

    /**
     * @param hint the claim's previous start, used only to break ties between equal matches
     * @return the range [start, end) of the best occurrence, or empty when the words are gone
     */
    public static Optional<Span> locate(String text, TextAnchor quote, int hint) {
        String exact = quote.exact();
        Span best = null;
        int bestContext = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            int end = at + exact.length();
            int context = commonSuffixLength(text, at, quote.prefix()) + commonPrefixLength(text, end, quote.suffix());
            int distance = Math.abs(at - hint);
            if (context > bestContext || (context == bestContext && distance < bestDistance)) {
                best = new Span(at, end);
                bestContext = context;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many characters just before {@code index} in text equal the end of {@code prefix}. */
    private static int commonSuffixLength(String text, int index, String prefix) {
        int matched = 0;
        while (matched < prefix.length() && index - matched > 0
                && text.charAt(index - matched - 1) == prefix.charAt(prefix.length() - matched - 1)) {
            matched++;
        }
        return matched;
    }

    /** How many characters from {@code index} in text equal the start of {@code suffix}. */
    private static int commonPrefixLength(String text, int index, String suffix) {
        int matched = 0;
        while (matched < suffix.length() && index + matched < text.length()
                && text.charAt(index + matched) == suffix.charAt(matched)) {
            matched++;
        }
        return matched;
    }
}
