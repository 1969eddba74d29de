package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders one multilingual report and reads the PDF back with PDFBox. */
class ReportPdfTest {

    @TempDir
    static Path folder;

    static CheckReport report;
    static RenderedReport rendered;
    static String text;

    @BeforeAll
    static void render() throws IOException {
        report = TestReports.multilingual();
        rendered = new ReportRenderer().render(report, ReportOptions.everything(), folder.resolve("report.pdf"),
                ReportProgressListener.NONE);
        text = PdfText.of(rendered.file());
    }

    @Test
    void pageCountMatchesTheRenderersCountAndHoldsCoverArticleClaimsAndSources() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(rendered.file().toFile())) {
            // Cover, article, claims and sources each start a page.
            assertThat(pdf.getNumberOfPages()).isEqualTo(rendered.pageCount()).isGreaterThanOrEqualTo(4);
        }
        assertThat(text).contains("Page 1 of " + rendered.pageCount());
    }

    @Test
    void eachClaimsTextVerdictAndEvidenceComeInTextOrder() {
        String claims = text.substring(text.lastIndexOf("Claims [1]"));
        List<String> expectedInOrder = List.of(
                "[1]", "Confirmed", "Уряд у Київ заявив про нові санкції.", "Kyiv evidence Alpha", "Kyiv evidence Beta",
                "[2]", "Needs correction", "김정은 위원장이 모스크바를 방문했다.", "Pyongyang evidence Gamma",
                "[3]", "Disputed", TestReports.MARKUP_QUOTE, "Markup evidence Delta",
                "[4]", "Unchecked", "No evidence linked", "Sources");
        int position = 0;
        for (String expected : expectedInOrder) {
            int found = claims.indexOf(expected, position);
            assertThat(found).as("'%s' after position %d", expected, position).isGreaterThanOrEqualTo(0);
            position = found + expected.length();
        }
    }

    @Test
    void cyrillicKoreanGreekAndTypographicPunctuationAreExtractedIntact() {
        assertThat(text).contains("Київ", "김정은 위원장이", "Το Υπουργείο ανακοίνωσε — «νέα μέτρα» – σήμερα.");
        assertThat(rendered.missingGlyphs()).isEmpty();
        assertThat(text).doesNotContain("#");
    }

    @Test
    void userTextWithMarkupCharactersAppearsLiterally() {
        assertThat(text).contains(TestReports.MARKUP_QUOTE).contains("https://example.org/article?a=1&b=2");
        assertThat(text).doesNotContain("&amp;", "&lt;", "&quot;");
    }

    @Test
    void everyFontIsEmbeddedAsASubsetAndKoreanUsesNanumGothic() throws IOException {
        List<String> fontNames = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(rendered.file().toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    fontNames.add(font.getName());
                }
            }
        }
        assertThat(fontNames).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+.+"), "subset-tagged");
        assertThat(fontNames).anyMatch(name -> name.contains("DejaVuSans"))
                .anyMatch(name -> name.contains("NanumGothic"));
    }

    @Test
    void outlineHasTheSectionsAndOneBookmarkPerClaim() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(rendered.file().toFile())) {
            var outline = pdf.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).isNotNull();
            List<String> titles = new ArrayList<>();
            PDOutlineItem claims = null;
            for (PDOutlineItem item : outline.children()) {
                titles.add(item.getTitle());
                if (item.getTitle().equals("Claims")) {
                    claims = item;
                }
            }
            assertThat(titles).containsExactly("Summary", "The article", "Claims", "Sources");
            List<String> claimTitles = new ArrayList<>();
            claims.children().forEach(item -> claimTitles.add(item.getTitle()));
            assertThat(claimTitles).hasSize(4);
            assertThat(claimTitles.get(1)).isEqualTo("[2] Needs correction: 김정은 위원장이 모스크바를 방문했다.");
        }
    }

    @Test
    void evidenceUrlsAndArchivedCopiesAreClickableLinks() throws IOException {
        List<String> uris = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(rendered.file().toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        assertThat(uris).contains("https://example.org/kyiv-evidence-alpha",
                "https://web.archive.org/web/2025/https://example.org/kyiv-evidence-alpha");
    }

    @Test
    void documentPropertiesNameTheArticleCheckerAndDate() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(rendered.file().toFile())) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Check report: Київ and 김정은: a test article");
            assertThat(info.getAuthor()).isEqualTo("Checker Name");
            assertThat(info.getSubject()).contains("Київ and 김정은: a test article", "Test Outlet");
            assertThat(info.getCreationDate()).isNotNull();
        }
    }

    @Test
    void coverSummarisesCountsAndCheckedTotal() {
        String cover = text.substring(0, text.indexOf("The article"));
        // Three of the four statuses count as checked; "Unchecked" does not.
        assertThat(cover).contains("3 of 4 claims checked", "Checker Name", "26 November 2026", "Test Outlet",
                "Verdict scale: Test scale");
        assertThat(cover).containsPattern("Confirmed 1 Needs correction 1 Disputed 1 Unchecked 1");
    }
}
