package org.checkbench.report;

import java.nio.file.Path;
import java.util.List;

/**
 * A report that was written.
 *
 * @param file          where it is
 * @param pageCount     how many pages it has
 * @param missingGlyphs characters no bundled font could draw, drawn as U+FFFD and listed on the
 *                      cover; the caller shows them to the user (empty when all was drawable)
 */
public record RenderedReport(Path file, int pageCount, List<MissingGlyph> missingGlyphs) {

    public RenderedReport {
        missingGlyphs = List.copyOf(missingGlyphs);
    }

    public boolean hasMissingGlyphs() {
        return !missingGlyphs.isEmpty();
    }

    /** One line per missing character, ready for a warning dialog or the console. */
    public String missingGlyphsMessage() {
        return MissingGlyphs.message(missingGlyphs);
    }
}
