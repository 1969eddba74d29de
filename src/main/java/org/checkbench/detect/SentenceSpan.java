package org.checkbench.detect;

/**
 * A unit of text found by the {@link SentenceSplitter}: {@code text.substring(start, end)}.
 * Offsets count UTF-16 code units, as Java strings do, so they can be used directly on the
 * editor's text.
 */
public record SentenceSpan(int start, int end) {

    public SentenceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad span [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }
}
