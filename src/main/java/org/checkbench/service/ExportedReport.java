package org.checkbench.service;

import java.nio.file.Path;

/**
 * A check report that was written.
 *
 * @param missingGlyphsMessage the characters no bundled font could draw, one per line, ready for a
 *     warning; empty when everything was drawn
 */
public record ExportedReport(Path file, int pageCount, String missingGlyphsMessage) {

    public boolean hasMissingGlyphs() {
        return !missingGlyphsMessage.isEmpty();
    }
}
