package org.checkbench.report;

import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.util.XRLog;

/**
 * openhtmltopdf logs every render at INFO ("Using fast-mode renderer. Prepare to fly."), and PDFBox
 * warns once per JVM that it has no system font for each of the 14 standard PDF fonts, which the
 * report never uses (it embeds its own). Both would bury the CLI's output; warnings and errors
 * from the layout still come through.
 */
final class LibraryLogging {

    /** Held so the JDK does not collect the configured logger and forget its level. */
    private static final Logger PDFBOX_STANDARD_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");
    /** Noto Emoji has a format 14 (variation sequences) cmap fontbox skips, harmlessly, with a warning per parse. */
    private static final Logger FONTBOX_CMAP = Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");

    private static volatile boolean quiet;

    private LibraryLogging() {
    }

    static void quietenOnce() {
        if (quiet) {
            return;
        }
        for (String name : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(name, Level.WARNING);
        }
        PDFBOX_STANDARD_FONTS.setLevel(Level.SEVERE);
        FONTBOX_CMAP.setLevel(Level.SEVERE);
        quiet = true;
    }
}
