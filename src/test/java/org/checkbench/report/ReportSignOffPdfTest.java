package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sign-off report read back: the decision page, who checked what, an applied correction, every
 * script (Arabic and Hebrew right to left, Korean bold, emoji), the embedded file, and veraPDF's
 * verdict on PDF/A-3a and PDF/UA-1.
 */
class ReportSignOffPdfTest {

    @TempDir
    static Path folder;

    static RenderedReport rendered;
    static String text;

    @BeforeAll
    static void render() throws IOException {
        rendered = new ReportRenderer().render(TestReports.signedOff(true), new ReportOptions(true, Set.of(), "Editor Lee",
                true), folder.resolve("signed.pdf"), ReportProgressListener.NONE);
        text = PdfText.of(rendered.file());
    }

    @Test
    void theCoverDecidesNotClearedWithTheReasonAndListsEachBlockingClaimLinkedToItsSection() throws IOException {
        String cover = text.substring(0, text.indexOf("Summary"));
        assertThat(cover).contains("Not cleared", "Not cleared for publication: 1 correction required, 1 disputed claim,"
                + " 1 unchecked claim, 1 claim changed since checked, 1 orphaned claim.");
        assertThat(cover).containsSubsequence("Corrections required (1)", "Disputed claims (1)", "[3]",
                "Unchecked claims (1)", "[4]", "Changed since checked (1)", "[7]", "Orphaned claims", "[8]");
        assertThat(cover).contains("Draft checked Revision 3 of 2 Dec 2026, 12:05", "Checked by Olena, Ben",
                "Reviewer Editor Lee", "Not approved", "no longer valid", "Report by Editor Lee", "version 0.1.0");
        try (PDDocument pdf = Loader.loadPDF(rendered.file().toFile())) {
            List<String> targets = new ArrayList<>();
            for (PDAnnotation annotation : pdf.getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo) {
                    targets.add(link.getContents());
                }
                if (annotation instanceof PDAnnotationLink link) {
                    assertThat(link.getContents()).as("PDF/UA: every link says where it goes").isNotBlank();
                }
            }
            assertThat(targets).as("each listed claim links to its section").hasSize(5);
        }
    }

    @Test
    void aClearedArticleSaysSoAndWhy() throws IOException {
        RenderedReport cleared = new ReportRenderer().render(TestReports.multilingualChecked(), ReportOptions.everything(),
                folder.resolve("cleared.pdf"), ReportProgressListener.NONE);
        assertThat(PdfText.of(cleared.file())).contains("Cleared All 3 claims are checked: no correction is required")
                .doesNotContain("Not cleared");
    }

    /** Nothing marked is nothing checked: the cover must not read as a clearance to the editor. */
    @Test
    void anArticleWithoutClaimsIsNotCheckedAndItsOpenSuggestionsAreCounted() throws IOException {
        CheckReport checked = TestReports.multilingualChecked();
        CheckReport.SignOff withSuggestions = new CheckReport.SignOff(1, null, List.of(), "", null, "", "0.1.0", "",
                27);
        CheckReport nothingMarked = new CheckReport(checked.article(), "Checker", checked.reportDate(),
                checked.scaleName(), checked.scale(), checked.articleText(), List.of(), withSuggestions);
        RenderedReport rendered = new ReportRenderer().render(nothingMarked, ReportOptions.everything(),
                folder.resolve("nothing-marked.pdf"), ReportProgressListener.NONE);
        String cover = PdfText.of(rendered.file());

        assertThat(cover).contains("Not checked No claims were marked in this article, so nothing in it has been"
                + " checked. 27 sentences Checkbench suggested as check-worthy were neither marked as a claim nor"
                + " dismissed.").doesNotContain("Cleared").doesNotContain("Not cleared");
    }

    @Test
    void aClearedArticleSaysHowManySuggestionsWereLeftOpen() throws IOException {
        CheckReport checked = TestReports.multilingualChecked();
        CheckReport oneLeft = new CheckReport(checked.article(), checked.checkerName(), checked.reportDate(),
                checked.scaleName(), checked.scale(), checked.articleText(), checked.claims(),
                new CheckReport.SignOff(1, null, List.of("Olena"), "", null, "", "0.1.0", "", 1));
        RenderedReport rendered = new ReportRenderer().render(oneLeft, ReportOptions.everything(),
                folder.resolve("one-left.pdf"), ReportProgressListener.NONE);

        assertThat(PdfText.of(rendered.file())).contains("Cleared All 3 claims are checked", "or orphaned. 1 sentence"
                + " Checkbench suggested as check-worthy was neither marked as a claim nor dismissed.");
    }

    @Test
    void eachClaimSaysWhoSetTheVerdictWhenItsHistoryAndAnAppliedCorrectionShowsOriginalThenNewWords() {
        String applied = text.substring(text.indexOf("[6] Confirmed"), text.indexOf("[7] Confirmed"));
        assertThat(applied).contains("Checked by Olena, 2 Dec 2026, 14:05", "Correction applied",
                "Original words " + TestReports.ORIGINAL + " \u2192 Now reads " + TestReports.APPLIED,
                "Verdicts Needs correction (Olena, 1 Dec 2026, 14:05) \u2192 Confirmed (Ben, 2 Dec 2026, 14:05)");
        assertThat(applied).doesNotContain(TestReports.APPLIED + " \u2192 " + TestReports.APPLIED);
        String first = text.substring(text.indexOf("[1] Confirmed"), text.indexOf("[2] Needs correction"));
        assertThat(first).contains("To look at again Only one independent source; the policy asks for 2",
                "Ministry briefing Document", "Reliability Official figures; usually revised later.",
                "File briefing minutes.txt (23 bytes, embedded in this PDF)",
                "SHA-256 3f1e2c9a7b0d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f");
    }

    @Test
    void quotationMarksAreNeverDoubled() {
        assertThat(text).contains(TestReports.QUOTED).doesNotContain("\u201C\u201C").doesNotContain("\u201D\u201D")
                .doesNotContain("\u201C" + TestReports.QUOTED);
    }

    @Test
    void arabicAndHebrewAreLaidOutRightToLeftAndReadBackInLogicalOrder() throws IOException {
        String reading = PdfText.inReadingOrder(rendered.file());
        assertThat(reading).contains(TestReports.ARABIC, TestReports.HEBREW);
        // Shaped: the PDF draws Arabic letters as their joining forms (presentation forms), which
        // the text layer maps back to the letters above.
        assertThat(rendered.missingGlyphs()).isEmpty();
    }

    @Test
    void koreanInBoldUsesNanumGothicBoldAndEmojiAreDrawnByTheBundledEmojiFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(rendered.file().toFile())) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
            assertThat(fonts).contains("NanumGothicBold", "NanumGothic", "NotoEmoji-Regular", "DejaVuSans");
        }
        assertThat(text).contains(TestReports.EMOJI.substring(0, TestReports.EMOJI.indexOf(" and 🇺")));
    }

    @Test
    void attachedFilesAreEmbeddedOnceAsAssociatedFiles() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(rendered.file().toFile())) {
            Map<String, PDComplexFileSpecification> files = pdf.getDocumentCatalog().getNames().getEmbeddedFiles()
                    .getNames();
            assertThat(files).containsOnlyKeys("briefing minutes.txt");
            PDComplexFileSpecification spec = files.get("briefing minutes.txt");
            assertThat(spec.getEmbeddedFile().toByteArray()).isEqualTo(TestReports.FILE);
            assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Supplement");
            assertThat(pdf.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF")).size()).isOne();
        }
    }

    @Test
    void veraPdfFindsTheReportPdfA3aAndPdfUa1WithFilesAndPdfA2aWithout() throws Exception {
        List<PdfValidator.Verdict> embedded = PdfValidator.validate(rendered.file());
        RenderedReport plain = new ReportRenderer().render(TestReports.signedOff(false), ReportOptions.everything(),
                folder.resolve("plain.pdf"), ReportProgressListener.NONE);
        List<PdfValidator.Verdict> withoutFiles = PdfValidator.validate(plain.file());
        embedded.forEach(System.out::println);
        withoutFiles.forEach(System.out::println);
        assertThat(embedded).extracting(PdfValidator.Verdict::profile).containsExactly("3a", "ua1");
        assertThat(withoutFiles).extracting(PdfValidator.Verdict::profile).containsExactly("2a", "ua1");
        assertThat(embedded).allSatisfy(v -> assertThat(v.failedRules()).as(v.toString()).isEmpty());
        assertThat(withoutFiles).allSatisfy(v -> assertThat(v.compliant()).as(v.toString()).isTrue());
    }
}
