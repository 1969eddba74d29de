package org.checkbench.detect;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Finds the line breaks of hard-wrapped text (e-mail, OCR, plain-text exports: a break every 60-100
 * characters, mid-sentence) that only wrap a paragraph, so the splitter reads across them instead of
 * cutting sentences into fragments such as "P. 6(e)". Text whose paragraphs sit on one line (what
 * the editor holds, and the import issue's joining produces) has no such breaks, and headlines and
 * captions keep their own lines there.
 *
 * <p>A text counts as hard-wrapped when it has at least 4 full lines, at least 60 % of its
 * non-blank lines are "full" (within 25 characters of the wrap width, the 80th percentile of line
 * lengths, which must lie between 50 and 110), and at least half of the full lines end
 * mid-sentence. A headline, a byline and a short paragraph on their own lines are no such text. Then a break is joined
 * when its line is full and the next line is not blank; a short line ends its paragraph as usual.
 */
final class HardWrap {

    static final int MAX_WIDTH = 110;
    static final int MIN_WIDTH = 50;
    static final int SLACK = 25;

    private HardWrap() {
    }

    /** Positions of line-break characters to read as spaces; empty when the text is not hard-wrapped. */
    static BitSet joinedBreaks(String text) {
        int[] starts = lineStarts(text);
        int lines = starts.length;
        BitSet joined = new BitSet();
        if (lines < 4) {
            return joined;
        }
        int[] lengths = new int[lines];
        int nonBlank = 0;
        for (int k = 0; k < lines; k++) {
            lengths[k] = contentLength(text, starts[k]);
            if (lengths[k] > 0) {
                nonBlank++;
            }
        }
        int[] sorted = Arrays.stream(lengths).filter(n -> n > 0).sorted().toArray();
        if (sorted.length < 4) {
            return joined;
        }
        int width = sorted[(int) Math.floor(0.8 * (sorted.length - 1))];
        if (width > MAX_WIDTH || width < MIN_WIDTH) {
            return joined;
        }
        int full = 0;
        int fullMidSentence = 0;
        for (int k = 0; k < lines; k++) {
            if (isFull(lengths[k], width)) {
                full++;
                if (!endsSentence(text, starts[k] + lengths[k])) {
                    fullMidSentence++;
                }
            }
        }
        if (full < 4 || full < 0.6 * nonBlank || fullMidSentence < 0.5 * full) {
            return joined;
        }
        for (int k = 0; k + 1 < lines; k++) {
            if (isFull(lengths[k], width) && lengths[k + 1] > 0) {
                int lineEnd = starts[k] + lengths[k];
                for (int i = lineEnd; i < starts[k + 1]; i++) {
                    if (isBreak(text.charAt(i))) {
                        joined.set(i);
                    }
                }
            }
        }
        return joined;
    }

    private static boolean isFull(int length, int width) {
        return length > 0 && length >= width - SLACK;
    }

    private static boolean endsSentence(String text, int end) {
        int i = end - 1;
        while (i >= 0 && "\"'”’)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".?!…:".indexOf(text.charAt(i)) >= 0;
    }

    /** Length of the line starting at {@code start} up to its break, trailing blanks excluded. */
    private static int contentLength(String text, int start) {
        int end = start;
        while (end < text.length() && !isBreak(text.charAt(end))) {
            end++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (isLineEnd(text, i)) {
                count++;
            }
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (isLineEnd(text, i)) {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    /** A line ends at a break character, except at the \r of a \r\n pair. */
    private static boolean isLineEnd(String text, int i) {
        char c = text.charAt(i);
        return isBreak(c) && !(c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
    }

    static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }
}
