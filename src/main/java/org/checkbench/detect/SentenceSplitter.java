package org.checkbench.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into units a checker reviews one at a time: sentences, and lines without
 * final punctuation (headlines, photo captions). Rule-based and linear in the text length: one pass
 * over the characters, no regular expressions, so a 1 MB article splits in milliseconds.
 *
 * <p>The rules, in order of precedence:
 * <ul>
 *   <li>A line break ends a unit: captions and headlines carry no final stop. In hard-wrapped text
 *       (e-mail, OCR) the breaks that only wrap a paragraph are read as spaces ({@link HardWrap}).</li>
 *   <li>A stop, question or exclamation mark (or ellipsis), with any closing quotes and brackets
 *       after it, ends a sentence when whitespace or the end of the line follows and the next word
 *       does not start in lower case ({@code “Why?” he asked} stays one sentence).</li>
 *   <li>A full stop after a title ({@code Maj.}, {@code Dr.}), a single capital initial, or
 *       inside a number ({@code 1.5}, {@code $3.2}) never ends a sentence; after a dotted acronym
 *       ({@code U.S.}) or an abbreviation such as {@code Jan.} or {@code Inc.} it does only when a
 *       typical sentence opener ("The", "He", "But", ...) follows.</li>
 *   <li>A fragment with no letter or digit (a stray {@code “.} or the second stop of
 *       {@code region. .}) is joined to the unit before it rather than becoming a unit of its own.</li>
 * </ul>
 * Spans are trimmed of whitespace; offsets are UTF-16 code units into the original text.
 */
public final class SentenceSplitter {

    /** Lines split between two calls of {@link #split(String, Runnable)}'s checkpoint. */
    static final int LINES_BETWEEN_CHECKPOINTS = 256;

    public List<SentenceSpan> split(String text) {
        return split(text, () -> { });
    }

    /**
     * As {@link #split(String)}, calling {@code checkpoint} after finding the hard-wrapped lines and
     * every {@link #LINES_BETWEEN_CHECKPOINTS} lines: a 1 MB article takes a few hundred ms, and the
     * caller may wait there (detection, while the checker types: ADR 0114) or throw to stop.
     */
    public List<SentenceSpan> split(String text, Runnable checkpoint) {
        java.util.BitSet wrapped = HardWrap.joinedBreaks(text);
        checkpoint.run();
        return split(text, wrapped, 0, text.length(), checkpoint);
    }

    /**
     * The units of the lines that hold {@code [from, to)}: exactly the units {@link #split(String)}
     * gives for those lines (a unit never crosses a line break the text keeps), without splitting
     * the rest of the text; the whole text is only read to tell whether it is hard-wrapped. For the
     * part on screen first: a 1 MB article splits in 0.1-0.15 s, its first screen in a millisecond.
     */
    public List<SentenceSpan> splitAround(String text, int from, int to) {
        return splitAround(text, HardWrap.joinedBreaks(text), from, to);
    }

    /** As {@link #splitAround(String, int, int)} with the text's {@link HardWrap#joinedBreaks} already found. */
    List<SentenceSpan> splitAround(String text, java.util.BitSet wrapped, int from, int to) {
        int start = Math.max(0, Math.min(from, text.length()));
        while (start > 0 && !(isLineBreak(text.charAt(start - 1)) && !wrapped.get(start - 1))) {
            start--;
        }
        int end = Math.max(start, Math.min(to, text.length()));
        while (end < text.length() && !(isLineBreak(text.charAt(end)) && !wrapped.get(end))) {
            end++;
        }
        return split(text, wrapped, start, end, () -> { });
    }

    /** Splits the lines of {@code [from, to)}, which must start at a line's start and end at a line's end (or the text's). */
    List<SentenceSpan> split(String text, java.util.BitSet wrapped, int from, int to, Runnable checkpoint) {
        List<SentenceSpan> units = new ArrayList<>();
        int lineStart = from;
        int length = to;
        int lines = 0;
        for (int i = from; i < length; i++) {
            if (isLineBreak(text.charAt(i)) && !wrapped.get(i)) {
                splitLine(text, lineStart, i, units);
                lineStart = i + 1;
                if (++lines % LINES_BETWEEN_CHECKPOINTS == 0) {
                    checkpoint.run();
                }
            }
        }
        splitLine(text, lineStart, length, units);
        return units;
    }

    private void splitLine(String text, int from, int to, List<SentenceSpan> units) {
        int firstUnitOfLine = units.size();
        int unitStart = from;
        int i = from;
        while (i < to) {
            if (!isTerminator(text.charAt(i))) {
                i++;
                continue;
            }
            int clusterEnd = i;
            while (clusterEnd < to && (isTerminator(text.charAt(clusterEnd)) || isCloser(text.charAt(clusterEnd)))) {
                clusterEnd++;
            }
            boolean followedBySpace = clusterEnd == to || isBlank(text.charAt(clusterEnd));
            if (followedBySpace && endsSentence(text, i, clusterEnd, to)) {
                addUnit(text, unitStart, clusterEnd, units, firstUnitOfLine);
                unitStart = clusterEnd;
            }
            i = clusterEnd;
        }
        addUnit(text, unitStart, to, units, firstUnitOfLine);
    }

    private boolean endsSentence(String text, int clusterStart, int clusterEnd, int lineEnd) {
        int next = clusterEnd;
        while (next < lineEnd && (Character.isWhitespace(text.charAt(next)) || isOpener(text.charAt(next)))) {
            next++;
        }
        if (next == lineEnd) {
            return true;
        }
        char nextChar = text.charAt(next);
        if (Character.isLowerCase(nextChar)) {
            return false;
        }
        if (isCloser(text.charAt(clusterEnd - 1)) && isShortAttribution(text, next, lineEnd)) {
            return false; // “Where are they?” Zelensky asked.
        }
        if (!onlyFullStops(text, clusterStart, clusterEnd)) {
            return true; // ? ! … or an ellipsis of stops
        }
        String wordBefore = wordBefore(text, clusterStart);
        if (wordBefore.isEmpty()) {
            return true;
        }
        if (wordBefore.length() == 1 && Character.isUpperCase(wordBefore.charAt(0))) {
            return false; // an initial: "George W. Bush"
        }
        if (Abbreviations.isTitle(wordBefore)) {
            return false;
        }
        if (wordBefore.indexOf('.') >= 0 || Abbreviations.isUsuallyInside(wordBefore)) {
            return Abbreviations.isSentenceOpener(wordAt(text, next, lineEnd));
        }
        return true;
    }

    /**
     * True when what follows a closing quote is a short attribution ending the sentence: at most
     * four words up to the next stop, one of them a speech verb ("Dietz said.", "the minister told
     * reporters.").
     */
    private static boolean isShortAttribution(String text, int from, int lineEnd) {
        int words = 0;
        boolean speechVerb = false;
        String lastWord = "";
        int i = from;
        while (i < lineEnd) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int end = i;
                while (end < lineEnd && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '.'
                        && end + 1 < lineEnd && Character.isLetter(text.charAt(end + 1)))) {
                    end++;
                }
                words++;
                lastWord = text.substring(i, end);
                speechVerb |= Abbreviations.isSpeechVerb(lastWord);
                i = end;
            } else if (c == '.' && (Abbreviations.isTitle(lastWord)
                    || lastWord.length() == 1 && Character.isUpperCase(lastWord.charAt(0)))) {
                i++; // "Maj. Dietz said."
            } else if (isTerminator(c)) {
                return speechVerb && words <= 4;
            } else if (Character.isWhitespace(c) || c == ',' || c == '-') {
                i++;
            } else {
                return false;
            }
            if (words > 4) {
                return false;
            }
        }
        return speechVerb && words <= 4;
    }

    /** True for "." but not for "..", "..." or clusters that hold ? ! or …, which end sentences outright. */
    private static boolean onlyFullStops(String text, int clusterStart, int clusterEnd) {
        int stops = 0;
        for (int i = clusterStart; i < clusterEnd; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                stops++;
            } else if (isTerminator(c)) {
                return false;
            }
        }
        return stops == 1;
    }

    /** The word that ends just before position {@code end}, without opening quotes or brackets. */
    private static String wordBefore(String text, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && !isOpener(text.charAt(start - 1))
                && !isLineBreak(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static String wordAt(String text, int start, int lineEnd) {
        int end = start;
        while (end < lineEnd && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static void addUnit(String text, int from, int to, List<SentenceSpan> units, int firstUnitOfLine) {
        int start = from;
        int end = to;
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        if (!hasLetterOrDigit(text, start, end)) {
            // Stray punctuation belongs to the sentence it trails; alone on a line it is no unit at all.
            if (units.size() > firstUnitOfLine) {
                SentenceSpan previous = units.remove(units.size() - 1);
                units.add(new SentenceSpan(previous.start(), end));
            }
            return;
        }
        units.add(new SentenceSpan(start, end));
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '?' || c == '!' || c == '…' || c == '‽';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == '»' || c == '›';
    }

    private static boolean isOpener(char c) {
        return c == '“' || c == '‘' || c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' || c == '«' || c == '‹'
                || c == '„';
    }
}
