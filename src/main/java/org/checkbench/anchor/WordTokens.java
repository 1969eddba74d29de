package org.checkbench.anchor;

import java.util.Arrays;

/**
 * A text cut into the units its revisions are compared by: words (letters and digits, with the
 * apostrophes and hyphens inside words and the separators inside numbers, so "11,000", "don't" and
 * "COVID-19" are one word each) and punctuation marks. Whitespace is not a token: a change of
 * spacing is not a change of words.
 *
 * <p>Each token has a <em>key</em> that folds typographic variants of the same mark (curly and
 * straight quotes, the dashes, "…" and "..."), so a writer's or an editor's normalising of
 * punctuation does not count as changed words. Tokens are grouped into <em>segments</em>:
 * sentences, or lines when a line has no sentence end. Offsets are UTF-16 code units.
 */
public final class WordTokens {

    private final String text;
    private int count;
    private int[] starts;
    private int[] ends;
    private String[] keys;
    private boolean[] words;
    /** Index of the first token of each segment, plus {@link #count} at the end. */
    private int[] segmentStarts;
    private int segmentCount;

    private WordTokens(String text) {
        this.text = text;
        int capacity = Math.max(16, text.length() / 4);
        starts = new int[capacity];
        ends = new int[capacity];
        keys = new String[capacity];
        words = new boolean[capacity];
        segmentStarts = new int[Math.max(8, capacity / 8)];
    }

    /** Cuts {@code text} into tokens and segments. */
    public static WordTokens of(String text) {
        WordTokens tokens = new WordTokens(text);
        tokens.scan();
        return tokens;
    }

    public String text() {
        return text;
    }

    public int size() {
        return count;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    /** The token as compared: its text with typographic variants folded. */
    public String key(int token) {
        return keys[token];
    }

    /** A word (letters or digits) rather than a punctuation mark. */
    public boolean isWord(int token) {
        return words[token];
    }

    public int segmentCount() {
        return segmentCount;
    }

    /** First token of a segment. */
    public int segmentStart(int segment) {
        return segmentStarts[segment];
    }

    /** One past the last token of a segment. */
    public int segmentEnd(int segment) {
        return segmentStarts[segment + 1];
    }

    /** Whether a segment begins a line (and so, in plain text, a paragraph). */
    public boolean startsParagraph(int segment) {
        int first = segmentStarts[segment];
        if (first == 0) {
            return true;
        }
        for (int i = ends[first - 1]; i < starts[first]; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The segment a token belongs to. */
    public int segmentOf(int token) {
        int low = 0;
        int high = segmentCount - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (segmentStarts[middle] <= token) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** How many tokens are words, in [from, to). */
    public int wordCount(int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            if (this.words[i]) {
                words++;
            }
        }
        return words;
    }

    /** The first token that ends after {@code offset}: the token at or after it. */
    public int tokenAtOrAfter(int offset) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ends[middle] <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** One past the last token that starts before {@code offset}. */
    public int tokenEndBefore(int offset) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The tokens of [from, to) of the text: those with at least one character inside. */
    public int[] tokensWithin(int from, int to) {
        return new int[] {tokenAtOrAfter(from), tokenEndBefore(to)};
    }

    private void scan() {
        int length = text.length();
        int i = 0;
        boolean segmentOpen = false;
        boolean sentenceEnded = false;
        while (i < length) {
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                if (cp == '\n' || sentenceEnded) {
                    segmentOpen = false;
                }
                i += Character.charCount(cp);
                continue;
            }
            if (!segmentOpen) {
                openSegment();
                segmentOpen = true;
                sentenceEnded = false;
            }
            int start = i;
            if (isWordChar(cp)) {
                i = scanWord(i);
                add(start, i, foldWord(text.substring(start, i)), true);
                sentenceEnded = false;
            } else {
                // A run of one mark ("...", "--") is one token; "…" and "..." compare equal.
                i += Character.charCount(cp);
                while (i < length && text.codePointAt(i) == cp) {
                    i += Character.charCount(cp);
                }
                String key = foldMark(cp, (i - start) / Character.charCount(cp));
                add(start, i, key, false);
                if (endsSentence(cp)) {
                    // "Maj. Dietz", "the U.S. Department": a full stop after an abbreviation ends nothing.
                    sentenceEnded = !(cp == '.' && i - start == 1 && count > 1 && afterAbbreviation(count - 2, start));
                } else if (!closesQuote(cp)) {
                    sentenceEnded = false;
                }
            }
        }
        openSegment(); // the end marker
        segmentCount--;
        segmentStarts = Arrays.copyOf(segmentStarts, segmentCount + 1);
    }

    private int scanWord(int from) {
        int length = text.length();
        int i = from;
        while (i < length) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if (i + 1 < length && joinsWord(cp, text.codePointBefore(i), text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private void openSegment() {
        if (segmentCount > 0 && segmentStarts[segmentCount - 1] == count) {
            return; // an empty segment (two line breaks in a row) is not a segment
        }
        if (segmentCount == segmentStarts.length) {
            segmentStarts = Arrays.copyOf(segmentStarts, segmentCount * 2);
        }
        segmentStarts[segmentCount++] = count;
    }

    private void add(int start, int end, String key, boolean word) {
        if (count == starts.length) {
            int capacity = count * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            keys = Arrays.copyOf(keys, capacity);
            words = Arrays.copyOf(words, capacity);
        }
        starts[count] = start;
        ends[count] = end;
        keys[count] = key;
        words[count] = word;
        count++;
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200B' || cp == '\uFEFF';
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** "11,000" and "3.5" keep their separators; "don't", "Kyiv’s" and "COVID-19" their joiners. */
    private static boolean joinsWord(int cp, int before, int after) {
        if (cp == '.' || cp == ',') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        if (cp == '\'' || cp == '’' || cp == '-' || cp == '‐') {
            return isWordChar(before) && isWordChar(after);
        }
        return false;
    }

    private static String foldWord(String word) {
        if (word.indexOf('’') < 0 && word.indexOf('‐') < 0) {
            return word;
        }
        return word.replace('’', '\'').replace('‐', '-');
    }

    private static String foldMark(int cp, int repeat) {
        return switch (cp) {
            case '“', '”', '„', '«', '»', '″' -> "\"";
            case '‘', '’', '‚', '′' -> "'";
            case '-', '‐', '‑', '‒', '–', '—', '―', '−' -> "-";
            case '…' -> "...";
            case '.' -> repeat >= 2 ? "..." : ".";
            default -> repeat == 1 ? Character.toString(cp) : Character.toString(cp).repeat(repeat);
        };
    }

    /** Titles and short forms that a full stop follows inside a sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Maj",
            "Gen", "Col", "Lt", "Capt", "Sgt", "Gov", "Sen", "Rep", "St", "Jr", "Sr", "No", "vs", "etc", "approx", "Jan",
            "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec");

    /** Whether token {@code word}, right before a full stop at {@code stop}, is an initial or an abbreviation. */
    private boolean afterAbbreviation(int word, int stop) {
        if (!words[word] || ends[word] != stop) {
            return false;
        }
        String key = keys[word];
        return (key.length() == 1 && Character.isUpperCase(key.charAt(0))) || ABBREVIATIONS.contains(key);
    }

    private static boolean endsSentence(int cp) {
        return cp == '.' || cp == '!' || cp == '?' || cp == '…';
    }

    /** A closing quote or bracket right after a full stop still belongs to that sentence. */
    private static boolean closesQuote(int cp) {
        return cp == '"' || cp == '”' || cp == '’' || cp == '\'' || cp == ')' || cp == ']' || cp == '»';
    }
}
