package org.checkbench.report;

import java.util.List;

/** The wording of the missing-glyph warning, shared by the dialog and the CLI. */
public final class MissingGlyphs {

    /**
     * How many characters a message or the cover names; an article in an unsupported script would
     * otherwise list hundreds. The full list stays in {@link RenderedReport#missingGlyphs()}.
     */
    public static final int LISTED = 30;

    private MissingGlyphs() {
    }

    /** "and 12 more characters", or empty when all were listed. */
    static String more(List<MissingGlyph> missing) {
        int rest = missing.size() - LISTED;
        return rest <= 0 ? "" : "and " + rest + " more character" + (rest == 1 ? "" : "s");
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
        for (MissingGlyph glyph : missing.subList(0, Math.min(LISTED, missing.size()))) {
            out.append(System.lineSeparator()).append("  ").append(glyph.describe());
        }
        if (!more(missing).isEmpty()) {
            out.append(System.lineSeparator()).append("  ").append(more(missing));
        }
        return out.toString();
    }
}
