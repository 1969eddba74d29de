package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumSet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;

/**
 * The report's font metrics are written down instead of parsed from the files at the first render
 * (ADR 0149): they must be the files' own, and a Latin report must then read no other font.
 */
class ReportFontMetricsTest {

    @Test
    void theWrittenDownMetricsAreTheOnesOpenhtmltopdfComputesFromEachFile() throws Exception {
        for (ReportFonts.BundledFont font : ReportFonts.FONTS) {
            try (PDDocument document = new PDDocument();
                    InputStream in = ReportFonts.class.getResourceAsStream("/org/checkbench/fonts/" + font.file())) {
                PDType0Font parsed = PDType0Font.load(document, in, true);
                PdfBoxRawPDFontMetrics expected = PdfBoxRawPDFontMetrics.fromPdfBox(parsed, parsed.getFontDescriptor());
                PdfBoxRawPDFontMetrics shipped = font.metrics();
                String face = font.family() + " " + font.weight() + " (" + font.file() + ")";
                assertThat(shipped._ascent).as(face).isEqualTo(expected._ascent);
                assertThat(shipped._descent).as(face).isEqualTo(expected._descent);
                assertThat(shipped._strikethroughOffset).as(face).isEqualTo(expected._strikethroughOffset);
                assertThat(shipped._strikethroughThickness).as(face).isEqualTo(expected._strikethroughThickness);
                assertThat(shipped._underlinePosition).as(face).isEqualTo(expected._underlinePosition);
                assertThat(shipped._underlineThickness).as(face).isEqualTo(expected._underlineThickness);
            }
        }
    }

    @Test
    void aFirstLatinReportParsesOnlyTheLatinFontsAndAKoreanOneItsKoreanFontToo() throws Exception {
        ReportFonts fonts = ReportFonts.loadNew();
        int pages = ReportRenderer.renderInMemory(ReportWarmUp.sampleReport(EnumSet.noneOf(ReportWarmUp.Script.class)),
                ReportOptions.everything(), OutputStream.nullOutputStream(), fonts);
        assertThat(pages).isPositive();
        // Before, the fallback list's line metrics parsed every file, the 4.6 MB Korean ones too.
        assertThat(fonts.parsedFiles()).containsOnly("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");

        ReportRenderer.renderInMemory(ReportWarmUp.sampleReport(EnumSet.of(ReportWarmUp.Script.KOREAN)),
                ReportOptions.everything(), OutputStream.nullOutputStream(), fonts);
        assertThat(fonts.parsedFiles()).contains("NanumGothic.ttf").doesNotContain("NotoEmoji-Regular.ttf");
    }
}
