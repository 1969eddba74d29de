package org.checkbench.model.text;

import java.util.Map;
import java.util.TreeMap;

/**
 * The article as the editor shows it, character for character the same length as the stored
 * text, so every offset (claims, suggestions, undo) means the same in both. Two kinds of
 * characters are shown as others and put back when the text is saved (ADR 0133):
 * <ul>
 * <li>a space inside a paragraph longer than {@link #MAX_LINE} is shown as a line break about
 * every {@link #LINE} characters: the editor lays out and draws each paragraph as one piece, and a
 * paragraph of millions of characters ran the window out of memory;</li>
 * <li>each reordering control (U+202E...) is shown as {@link #BIDI_STAND_IN}, so the text reads in
 * its real order.</li>
 * </ul>
 * The positions follow edits ({@link #edited}); a substituted character that is deleted is simply
 * gone. Not thread-safe: the FX thread owns it.
 */
public final class DisplayText {

    /** Paragraphs longer than this are shown in lines. */
    public static final int MAX_LINE = 4_000;

    /** About this many characters per shown line of a long paragraph (broken at a space). */
    public static final int LINE = 1_000;

    /** Shown in place of a reordering control. */
    public static final char BIDI_STAND_IN = '\u21C6';

    /** Position in the text -> the stored character that is shown otherwise there. */
    private final TreeMap<Integer, Character> substituted = new TreeMap<>();
    private int softBreaks;
    private int bidiControls;

    private DisplayText() {
    }

    /** The substitutions for {@code stored}; {@link #shown} gives the text to put in the editor. */
    public static DisplayText of(String stored) {
        DisplayText display = new DisplayText();
        int paragraphStart = 0;
        for (int i = 0; i <= stored.length(); i++) {
            if (i == stored.length() || stored.charAt(i) == '\n') {
                if (i - paragraphStart > MAX_LINE) {
                    display.breakParagraph(stored, paragraphStart, i);
                }
                paragraphStart = i + 1;
            } else if (BidiControls.isControl(stored.charAt(i))) {
                display.substituted.put(i, stored.charAt(i));
                display.bidiControls++;
            }
        }
        return display;
    }

    private void breakParagraph(String stored, int start, int end) {
        int lineStart = start;
        while (end - lineStart > MAX_LINE) {
            int space = stored.indexOf(' ', lineStart + LINE);
            if (space < 0 || space >= end) {
                // No space for a while (a URL, a long word): break anywhere rather than not at all.
                space = -1;
                for (int i = lineStart + LINE; i < Math.min(end, lineStart + MAX_LINE); i++) {
                    if (Character.isWhitespace(stored.charAt(i))) {
                        space = i;
                        break;
                    }
                }
                if (space < 0) {
                    return; // a single word of thousands of characters: leave it whole
                }
            }
            substituted.put(space, stored.charAt(space));
            softBreaks++;
            lineStart = space + 1;
        }
    }

    /** Longer than this without any whitespace, a run of characters cannot be laid out in the window. */
    public static final int MAX_UNBROKEN = 100_000;

    /**
     * Why the window cannot show {@code stored} even with its long paragraphs in lines (a run of
     * characters with no whitespace to break at, such as an encoded attachment), or null.
     */
    public static String cannotShow(String stored) {
        int run = 0;
        for (int i = 0; i < stored.length(); i++) {
            run = Character.isWhitespace(stored.charAt(i)) ? 0 : run + 1;
            if (run > MAX_UNBROKEN) {
                return "it holds more than " + String.format("%,d", MAX_UNBROKEN) + " characters in a row without a"
                        + " space or line break (near character " + String.format("%,d", i - run + 1)
                        + "), which the editor cannot lay out.";
            }
        }
        return null;
    }

    /** The text to show: the stored one with the substitutions made. */
    public String shown(String stored) {
        if (substituted.isEmpty()) {
            return stored;
        }
        StringBuilder out = new StringBuilder(stored);
        substituted.forEach((at, original) -> out.setCharAt(at, BidiControls.isControl(original) ? BIDI_STAND_IN : '\n'));
        return out.toString();
    }

    /** The stored form of {@code piece}, the editor's current characters from {@code start} on. */
    public String storedPiece(String piece, int start) {
        int end = start + piece.length();
        if (substituted.isEmpty()) {
            return piece;
        }
        Map<Integer, Character> inside = substituted.subMap(start, end);
        if (inside.isEmpty()) {
            return piece;
        }
        StringBuilder out = new StringBuilder(piece);
        inside.forEach((at, original) -> {
            char now = out.charAt(at - start);
            if (now == '\n' || now == BIDI_STAND_IN) {
                out.setCharAt(at - start, original);
            }
        });
        return out.toString();
    }

    /** True when the shown text is the stored one, character for character (nothing stood in for anything). */
    public boolean storesAsShown() {
        return substituted.isEmpty();
    }

    /** The stored form of the whole shown text. */
    public String stored(String shown) {
        return storedPiece(shown, 0);
    }

    /** The editor replaced {@code removed} characters at {@code position} by {@code inserted} ones. */
    public void edited(int position, int removed, int inserted) {
        if (substituted.isEmpty() || removed == inserted && removed == 0) {
            return;
        }
        substituted.subMap(position, position + removed).clear();
        int shift = inserted - removed;
        if (shift != 0) {
            TreeMap<Integer, Character> after = new TreeMap<>(substituted.tailMap(position + removed));
            substituted.tailMap(position + removed).clear();
            after.forEach((at, original) -> substituted.put(at + shift, original));
        }
    }

    /** Spaces of long paragraphs shown as line breaks, at loading. */
    public int softBreaks() {
        return softBreaks;
    }

    /** Reordering controls shown as {@link #BIDI_STAND_IN}, at loading. */
    public int bidiControls() {
        return bidiControls;
    }

    /** What the checker should be told about how the text is shown, or null when it is shown as stored. */
    public String notice() {
        if (softBreaks == 0 && bidiControls == 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        if (softBreaks > 0) {
            out.append("A very long paragraph is shown in lines of about ").append(String.format("%,d", LINE))
                    .append(" characters (broken at spaces); the text itself is unchanged.");
        }
        if (bidiControls > 0) {
            out.append(out.length() == 0 ? "" : " ").append(bidiControls)
                    .append(bidiControls == 1 ? " hidden character that reverses" : " hidden characters that reverse")
                    .append(" the reading order ").append(bidiControls == 1 ? "is" : "are").append(" shown as ")
                    .append(BIDI_STAND_IN).append(", so the text reads in its real order; ")
                    .append(bidiControls == 1 ? "it is" : "they are").append(" kept in the article.");
        }
        return out.toString();
    }
}
