package org.checkbench.model.text;

import java.util.Arrays;

/**
 * Lines joined by line breaks, read as characters without joining them into one string (ADR 0157):
 * a save while a checker types takes the quotes' context from it and encodes it to UTF-8 once,
 * instead of making a 2 MB string of a 1 MB article every 600 ms. The lines are not copied, so they
 * must not change (the editor's immutable document).
 */
public final class JoinedLines implements CharSequence {

    private final String[] lines;
    /** Where each line starts in the joined text. */
    private final int[] starts;
    private final int length;

    /** {@code lines} is kept, not copied: neither it nor its strings may change afterwards. */
    public JoinedLines(String[] lines) {
        this.lines = lines;
        this.starts = new int[lines.length];
        int at = 0;
        for (int i = 0; i < lines.length; i++) {
            starts[i] = at;
            at += lines[i].length() + 1;
        }
        this.length = Math.max(0, at - 1);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + " of a text of length " + length);
        }
        int line = lineOf(index);
        int within = index - starts[line];
        return within == lines[line].length() ? '\n' : lines[line].charAt(within);
    }

    /** The characters {@code [start, end)} as a string of their own (a quote and its context). */
    @Override
    public String subSequence(int start, int end) {
        if (start < 0 || end < start || end > length) {
            throw new IndexOutOfBoundsException("range " + start + ".." + end + " of a text of length " + length);
        }
        if (start == end) {
            return "";
        }
        int line = lineOf(start);
        int lineEnd = starts[line] + lines[line].length();
        if (end <= lineEnd) {
            return lines[line].substring(start - starts[line], end - starts[line]);
        }
        StringBuilder out = new StringBuilder(end - start);
        for (int at = start; at < end; line++) {
            int from = at - starts[line];
            int to = Math.min(lines[line].length(), end - starts[line]);
            out.append(lines[line], from, to);
            at = starts[line] + to;
            if (at < end) {
                out.append('\n');
                at++;
            }
        }
        return out.toString();
    }

    /** The whole text as one string: a copy, which is what this class lets a save do without. */
    @Override
    public String toString() {
        return String.join("\n", lines);
    }

    /** The text's UTF-8 bytes, sized exactly (no oversized first buffer), as {@link Utf8Text#encode} makes them. */
    byte[] utf8() {
        long size = Math.max(0, lines.length - 1L);
        for (String line : lines) {
            size += Utf8Text.utf8Length(line, 0, line.length());
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a text of " + size + " bytes is too long to store");
        }
        byte[] out = new byte[(int) size];
        int at = 0;
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out[at++] = '\n';
            }
            at = Utf8Text.encodeInto(lines[i], 0, lines[i].length(), out, at);
        }
        return out;
    }

    private int lineOf(int index) {
        int found = Arrays.binarySearch(starts, index);
        return found >= 0 ? found : -found - 2;
    }
}
