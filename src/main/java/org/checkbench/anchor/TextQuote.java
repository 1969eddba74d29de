package org.checkbench.anchor;

/**
 * A claim described by its words rather than its offsets, as the W3C Web Annotation
 * TextQuoteSelector does: the exact text plus a little context either side. Offsets follow edits;
 * the quote finds the claim again when a whole new draft replaces the text.
 */
public record TextQuote(String exact, String prefix, String suffix) {

    /** How much context either side is kept: enough to tell repeated phrases apart. */
    public static final int CONTEXT_LENGTH = 32;

    public TextQuote {
        if (exact == null || exact.isEmpty()) {
            throw new IllegalArgumentException("a quote needs some text");
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The quote of [start, end) in {@code text}, with its context. */
    public static TextQuote of(String text, int start, int end) {
        int prefixStart = safeBoundary(text, Math.max(0, start - CONTEXT_LENGTH));
        int suffixEnd = safeBoundary(text, Math.min(text.length(), end + CONTEXT_LENGTH));
        return new TextQuote(text.substring(start, end), text.substring(prefixStart, start), text.substring(end, suffixEnd));
    }

    /** Never cut a surrogate pair in half: the context would not be valid text. */
    private static int safeBoundary(String text, int index) {
        if (index > 0 && index < text.length()
                && Character.isLowSurrogate(text.charAt(index)) && Character.isHighSurrogate(text.charAt(index - 1))) {
            return index - 1;
        }
        return index;
    }
}
