package org.checkbench.anchor;

/** A range [start, end) of a text in UTF-16 code units. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range: " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }
}
