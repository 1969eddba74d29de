package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Characters no bundled font can draw are named, never silently drawn as '#'. */
class MissingGlyphTest {

    /** U+0915 DEVANAGARI LETTER KA and U+0E01 THAI CHARACTER KO KAI: in none of the fonts (emoji are, now). */
    private static final String UNDRAWABLE = "Crowd cheered \u0915 twice \u0915 near \u0E01 today.";

    private final ReportRenderer renderer = new ReportRenderer();

    @TempDir
    Path folder;

    @Test
    void checkGlyphsNamesEachUndrawableCharacterOnceWithItsCount() {
        var missing = renderer.checkGlyphs(TestReports.withQuote(UNDRAWABLE), ReportOptions.everything());

        assertThat(missing).extracting(MissingGlyph::describe)
                .containsExactly("U+0915 DEVANAGARI LETTER KA (4×)", "U+0E01 THAI CHARACTER KO KAI (2×)");
    }

    @Test
    void renderingGoesOnShowsTheReplacementAndListsTheCharactersOnTheCover() throws IOException {
        RenderedReport result = renderer.render(TestReports.withQuote(UNDRAWABLE), ReportOptions.everything(),
                folder.resolve("r.pdf"), ReportProgressListener.NONE);

        assertThat(result.hasMissingGlyphs()).isTrue();
        assertThat(result.missingGlyphsMessage()).contains("2 characters cannot be drawn", "U+0915 DEVANAGARI LETTER KA");
        String text = PdfText.of(result.file());
        assertThat(text).contains("Crowd cheered \uFFFD twice \uFFFD near \uFFFD today.")
                .contains("Characters that could not be drawn", "U+0915 DEVANAGARI LETTER KA", "U+0E01 THAI CHARACTER KO KAI")
                .doesNotContain("#");
    }

    @Test
    void aWholeUnsupportedScriptIsCountedInFullButListedShortly() {
        StringBuilder thai = new StringBuilder();
        for (int cp = 0x0E01; cp <= 0x0E2E; cp++) { // the 46 Thai consonants
            thai.appendCodePoint(cp);
        }

        var missing = renderer.checkGlyphs(TestReports.withQuote(thai.toString()), ReportOptions.everything());
        Document cover = new ReportDocument(TestReports.withQuote(thai.toString()), ReportOptions.everything(),
                ReportFonts.get()).build();

        assertThat(missing).hasSize(46);
        assertThat(MissingGlyphs.message(missing)).startsWith("46 characters cannot be drawn")
                .endsWith("and 16 more characters");
        assertThat(cover.select(".glyph-warning li")).hasSize(MissingGlyphs.LISTED + 1)
                .last().extracting(Element::text).isEqualTo("and 16 more characters");
    }

    @Test
    void scriptsTheFontsCoverAreNotReported() {
        assertThat(renderer.checkGlyphs(TestReports.multilingual(), ReportOptions.everything())).isEmpty();
    }

    @Test
    void invisibleControlAndFormatCharactersAreDroppedNotReported() {
        DrawableText drawable = new DrawableText(ReportFonts.get());

        String cleaned = drawable.clean("a\u0000b\u0007c\u200Dd\te");

        // The zero-width joiner stays if a font has it and is dropped otherwise; never reported.
        assertThat(cleaned.replace("\u200D", "")).isEqualTo("abcd\te");
        assertThat(drawable.missingGlyphs()).isEmpty();
    }

    @Test
    void anUnpairedSurrogateIsReportedRatherThanBreakingTheDocument() {
        DrawableText drawable = new DrawableText(ReportFonts.get());

        assertThat(drawable.clean("x\uD800y")).isEqualTo("x\uFFFDy");
        assertThat(drawable.missingGlyphs()).extracting(MissingGlyph::codePoint).containsExactly(0xD800);
    }
}
