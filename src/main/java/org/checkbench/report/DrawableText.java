package org.checkbench.report;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.checkbench.model.text.BidiControls;

/**
 * Turns user text into text the bundled fonts can draw, and remembers every character that had to
 * be replaced (docs/decisions/0031). Used for every piece of user text that goes into the report,
 * so the list is exactly what the reader would otherwise have seen as a silent {@code #}. Bidi
 * reordering controls become visible marks such as ⟦RLO⟧ instead of silently reordering the line.
 */
final class DrawableText {

    /** Drawn instead of an undrawable character; DejaVu Sans has it. */
    static final String REPLACEMENT = "\uFFFD";

    private final ReportFonts fonts;
    private final Map<Integer, Integer> missing = new TreeMap<>();

    DrawableText(ReportFonts fonts) {
        this.fonts = fonts;
    }

    String clean(String original) {
        // Reordering controls would make the reader see another text (ADR 0132): shown as marks.
        String text = BidiControls.visible(original);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            String replacement = replacementFor(cp);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    /** Returns null to keep the character, or what to draw instead. */
    private String replacementFor(int cp) {
        if (cp == '\n' || cp == '\t' || cp == '\r') {
            return null;
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL) {
            return ""; // invisible and not allowed in XML
        }
        if (fonts.canDraw(cp)) {
            return null;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        if (type == Character.FORMAT) {
            return ""; // zero-width joiners, bidi marks: nothing to see if dropped
        }
        missing.merge(cp, 1, Integer::sum);
        return REPLACEMENT;
    }

    List<MissingGlyph> missingGlyphs() {
        if (missing.isEmpty()) {
            return Collections.emptyList();
        }
        return missing.entrySet().stream().map(e -> MissingGlyph.of(e.getKey(), e.getValue())).toList();
    }
}
