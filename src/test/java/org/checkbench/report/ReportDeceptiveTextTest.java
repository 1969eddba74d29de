package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.checkbench.report.CheckReport.ArticleInfo;
import org.checkbench.report.EvidenceLink.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: look-alike addresses are not clickable, and reordering controls are shown, in the PDF itself. */
class ReportDeceptiveTextTest {

    @TempDir
    Path folder;

    @Test
    void lookAlikeAddressesArePrintedAsTextWithAWarningAndBidiControlsAsMarks() throws Exception {
        String quote = "The attachment is called report\u202Egnp.exe in the leak.";
        String text = quote + "\nThe rest.";
        List<EvidenceLink> evidence = List.of(
                link("Homograph", "https://ex\u0430mple.com/page"),
                link("Fraction slash", "https://example.com\u2044evil.com"),
                link("Honest", "https://example.org/honest"));
        ReportClaim claim = new ReportClaim(1, 0, quote.length(), quote, "Confirmed", "#2e7d32", "", "", "",
                false, false, evidence);
        CheckReport report = new CheckReport(new ArticleInfo("Leak \u202Efdp.exe", "", "", "", ""), "Checker",
                LocalDate.of(2026, 1, 1), "Test scale", TestReports.SCALE, text, List.of(claim));

        RenderedReport rendered = new ReportRenderer().render(report, ReportOptions.everything(),
                folder.resolve("r.pdf"), ReportProgressListener.NONE);

        List<String> uris = PdfLinks.uris(rendered.file());
        assertThat(uris).contains("https://example.org/honest")
                .noneMatch(u -> u.contains("mple.com"));
        String pdfText = PdfText.of(rendered.file()).replaceAll("\\s+", " ");
        assertThat(pdfText).contains("Not a link", "mixes Latin and Cyrillic", "looks like “/”")
                .contains("report⟦RLO⟧gnp.exe", "Leak ⟦RLO⟧fdp.exe")
                .doesNotContain("\u202E");
    }

    private static EvidenceLink link(String title, String url) {
        return new EvidenceLink("", Stance.SUPPORTS, title, "", "", "", url, "", "", "", "", "");
    }
}
