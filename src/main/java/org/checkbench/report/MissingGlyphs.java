package org.checkbench.report;

import java.util.List;

/** The wording of the missing-glyph warning, shared by the dialog and the CLI. */
public final class MissingGlyphs {

    private MissingGlyphs() {
    }

    /** Empty when nothing is missing. */
    public static String message(List<MissingGlyph> missing) {
        if (missing.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(missing.size() == 1
                ? "1 character cannot be drawn with the report's fonts"
                : missing.size() + " characters cannot be drawn with the report's fonts");
        out.append("; the report shows \uFFFD in their place and lists them on the cover:");
        for (MissingGlyph glyph : missing) {
            out.append(System.lineSeparator()).append("  ").append(glyph.describe());
        }
        return out.toString();
    }
}
