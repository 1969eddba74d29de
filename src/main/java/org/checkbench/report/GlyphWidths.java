package org.checkbench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The advance width of each character in one bundled font file, as PDFBox measures it, kept for the
 * life of the process (ADR 0160). PDFBox's {@code PDFont.getStringWidth} encodes the string, then
 * reads the codes back through a stream per character: on the 500-claim report, line breaking alone
 * allocated a quarter of the render's 1.9 GB that way. A width depends only on the font file, so a
 * character is measured once with PDFBox and then looked up.
 *
 * <p>Thread-safe: entries are written at most once with the same value; a racing reader that still
 * sees "unknown" measures again and writes the same float.
 */
final class GlyphWidths {

    /** Not measured yet. */
    private static final float UNKNOWN = Float.NaN;
    /** The font has no glyph for the character (widths are never negative). */
    static final float MISSING = -1f;

    private final float[] basic = new float[0x10000];
    private final Map<Integer, Float> supplementary = new ConcurrentHashMap<>();

    GlyphWidths() {
        Arrays.fill(basic, UNKNOWN);
    }

    /**
     * The width in PDFBox's glyph units (1/1000 em) of {@code codePoint} in {@code font}, which must
     * be loaded from this table's font file; {@link #MISSING} when the font cannot draw it.
     */
    float width(PDFont font, int codePoint) {
        if (codePoint < basic.length) {
            float known = basic[codePoint];
            if (known == known) { // not NaN
                return known;
            }
            float measured = measure(font, codePoint);
            basic[codePoint] = measured;
            return measured;
        }
        return supplementary.computeIfAbsent(codePoint, cp -> measure(font, cp));
    }

    /** Exactly what {@code getStringWidth} gives for the one character: the same float. */
    private static float measure(PDFont font, int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IllegalArgumentException e) {
            return MISSING; // PDFBox's way of saying the font has no glyph for it
        } catch (IOException e) {
            throw new UncheckedIOException("Could not measure a character of a bundled report font: "
                    + e.getMessage(), e);
        }
    }
}
