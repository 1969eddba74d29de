package org.checkbench.ui.editor;

/**
 * Widens a selection to whole words and trims surrounding spaces, so a claim marked with a
 * sloppy mouse drag still covers exactly the words the checker meant.
 */
final class WordSnap {

    private WordSnap() {
    }

    /** @return {start, end}; equal values when the selection held no word at all */
    static int[] snap(CharSequence text, int start, int end) {
        int from = Math.max(0, Math.min(start, end));
        int to = Math.min(text.length(), Math.max(start, end));
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return new int[] {from, from};
        }
        while (from > 0 && isWordPart(text.charAt(from - 1)) && isWordPart(text.charAt(from))) {
            from--;
        }
        while (to < text.length() && isWordPart(text.charAt(to)) && isWordPart(text.charAt(to - 1))) {
            to++;
        }
        return new int[] {from, to};
    }

    /** Letters, digits, and the joiners inside words and numbers: don’t, 1,000, 3.5, U.S-led. */
    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-'
                || Character.isLowSurrogate(c) || Character.isHighSurrogate(c);
    }
}
