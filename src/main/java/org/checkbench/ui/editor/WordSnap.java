package org.checkbench.ui.editor;

/**
 * Widens a selection to whole words and trims what does not belong to the words at its edges, so
 * a claim marked with a sloppy mouse drag covers exactly the words the checker meant: no spaces,
 * no paragraph breaks, no stray punctuation ("rubles ($", ". ¶¶ I vaguely"). Punctuation that
 * belongs to the words stays: a bracket or quote closed inside the selection, a currency sign
 * before a number, a per cent sign after one.
 */
final class WordSnap {

    private static final String OPENERS = "([{“‘\"«‹";
    private static final String CLOSERS = ")]}”’\"»›";

    private WordSnap() {
    }

    /** @return {start, end}; equal values when the selection held no word at all */
    static int[] snap(CharSequence text, int start, int end) {
        int from = Math.max(0, Math.min(start, end));
        int to = Math.min(text.length(), Math.max(start, end));
        // Stray characters first, so a selection starting on ". " never grows into the previous word.
        while (from < to && strayAtStart(text, from, to)) {
            from++;
        }
        while (to > from && strayAtEnd(text, from, to)) {
            to--;
        }
        if (from == to || !containsWord(text, from, to)) {
            return new int[] {from, from};
        }
        while (from > 0 && isWordPart(text, from - 1) && isWordPart(text, from)) {
            from--;
        }
        while (to < text.length() && isWordPart(text, to) && isWordPart(text, to - 1)) {
            to++;
        }
        return new int[] {from, to};
    }

    private static boolean strayAtStart(CharSequence text, int from, int to) {
        char c = text.charAt(from);
        if (isWordPart(text, from)) {
            return false;
        }
        if (OPENERS.indexOf(c) >= 0) {
            return !closedWithin(text, from, to);
        }
        // $5, €20, −3, #1: a sign that belongs to the number after it.
        boolean signOfNumber = (Character.getType(c) == Character.CURRENCY_SYMBOL || c == '-' || c == '−' || c == '#'
                || c == '+') && from + 1 < to && Character.isDigit(text.charAt(from + 1));
        return !signOfNumber;
    }

    private static boolean strayAtEnd(CharSequence text, int from, int to) {
        int last = to - 1;
        char c = text.charAt(last);
        if (isWordPart(text, last)) {
            return false;
        }
        if (CLOSERS.indexOf(c) >= 0) {
            return !openedWithin(text, from, last);
        }
        boolean unitOfNumber = (c == '%' || c == '°' || c == '‰') && last > from && Character.isDigit(text.charAt(last - 1));
        // A sentence's own full stop (or ? !) right after its last word stays: a claim marked as a whole
        // sentence keeps it, as the suggestions do; only punctuation cut off from the words goes.
        boolean endOfSentence = (c == '.' || c == '?' || c == '!') && last > from && isWordPart(text, last - 1);
        return !unitOfNumber && !endOfSentence;
    }

    /** The bracket or quote at {@code open} is closed before {@code to}. */
    private static boolean closedWithin(CharSequence text, int open, int to) {
        char opener = text.charAt(open);
        char closer = CLOSERS.charAt(OPENERS.indexOf(opener));
        for (int i = open + 1; i < to; i++) {
            if (text.charAt(i) == closer) {
                return true;
            }
        }
        return false;
    }

    /** The bracket or quote at {@code close} was opened at or after {@code from}. */
    private static boolean openedWithin(CharSequence text, int from, int close) {
        char closer = text.charAt(close);
        char opener = OPENERS.charAt(CLOSERS.indexOf(closer));
        for (int i = close - 1; i >= from; i--) {
            if (text.charAt(i) == opener) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Letters, digits, and the joiners inside words and numbers: don’t, U.S-led, and a point or
     * comma between digits (1,000, 3.5).
     */
    private static boolean isWordPart(CharSequence text, int index) {
        char c = text.charAt(index);
        if (Character.isLetterOrDigit(c) || Character.isLowSurrogate(c) || Character.isHighSurrogate(c)) {
            return true;
        }
        boolean between = index > 0 && index + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(index - 1)) && Character.isLetterOrDigit(text.charAt(index + 1));
        if (c == '\'' || c == '’' || c == '-') {
            return between;
        }
        return (c == '.' || c == ',') && between && Character.isDigit(text.charAt(index - 1))
                && Character.isDigit(text.charAt(index + 1));
    }
}
