package org.checkbench.report;

import java.util.Locale;

/**
 * A character of user text that none of the bundled fonts can draw.
 *
 * @param codePoint   the Unicode code point
 * @param name        its Unicode name ({@link Character#getName}), e.g. "GRINNING FACE"
 * @param occurrences how often it occurs in the printed text
 */
public record MissingGlyph(int codePoint, String name, int occurrences) {

    static MissingGlyph of(int codePoint, int occurrences) {
        String name = Character.getName(codePoint);
        return new MissingGlyph(codePoint, name == null ? "unassigned character" : name, occurrences);
    }

    /** "U+1F600 GRINNING FACE (2×)", for messages. */
    public String describe() {
        String code = String.format(Locale.ROOT, "U+%04X", codePoint);
        return code + " " + name + (occurrences > 1 ? " (" + occurrences + "×)" : "");
    }
}
