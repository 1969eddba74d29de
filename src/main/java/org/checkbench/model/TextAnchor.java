package org.checkbench.model;

import java.util.Objects;

/**
 * Where a claim sits in its article, described twice as the W3C Web Annotation model does: by
 * position (start, end) and by quote (the exact text with some context). Positions follow edits;
 * the quote finds the claim again when a new draft replaces the whole text.
 *
 * @param start first UTF-16 unit of the claim in the article's current text
 * @param end one past the last UTF-16 unit
 * @param exact the text between start and end when the claim was anchored
 * @param prefix up to {@link #CONTEXT_LENGTH} characters before the quote
 * @param suffix up to {@link #CONTEXT_LENGTH} characters after the quote
 * @param revisionId the revision the anchor was made on, 0 if none is stored yet
 */
public record TextAnchor(int start, int end, String exact, String prefix, String suffix, long revisionId) {

    /** How much context the quote keeps on each side. */
    public static final int CONTEXT_LENGTH = 32;

    public TextAnchor {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad anchor range " + start + ".." + end);
        }
    }

    /**
     * Anchors the range [start, end) of {@code text}, taking quote and context from it. Any
     * characters will do: a save takes them from the editor's lines without joining them (ADR 0157).
     */
    public static TextAnchor of(CharSequence text, int start, int end, long revisionId) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException(
                    "range " + start + ".." + end + " is outside a text of length " + text.length());
        }
        int prefixStart = safeBoundary(text, Math.max(0, start - CONTEXT_LENGTH));
        int suffixEnd = safeBoundary(text, Math.min(text.length(), end + CONTEXT_LENGTH));
        return new TextAnchor(start, end, text.subSequence(start, end).toString(),
                text.subSequence(prefixStart, start).toString(), text.subSequence(end, suffixEnd).toString(), revisionId);
    }

    public int length() {
        return end - start;
    }

    public TextAnchor withRange(int newStart, int newEnd) {
        return new TextAnchor(newStart, newEnd, exact, prefix, suffix, revisionId);
    }

    public TextAnchor withRevisionId(long newRevisionId) {
        return new TextAnchor(start, end, exact, prefix, suffix, newRevisionId);
    }

    // Never cut a surrogate pair (an emoji, a rare CJK character) in half at the context edge.
    private static int safeBoundary(CharSequence text, int index) {
        if (index > 0 && index < text.length()
                && Character.isLowSurrogate(text.charAt(index)) && Character.isHighSurrogate(text.charAt(index - 1))) {
            return index + 1;
        }
        return index;
    }
}
