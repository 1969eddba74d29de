package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.checkbench.report.CheckReport.ArticleInfo;
import org.checkbench.report.EvidenceLink.Stance;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML the PDF is laid out from: structure that text extraction cannot show. */
class ReportDocumentTest {

    private static final String TEXT = "Alpha beta gamma delta epsilon.";

    private static Document build(CheckReport report, ReportOptions options) {
        return new ReportDocument(report, options, ReportFonts.get()).build();
    }

    private static CheckReport report(List<ReportClaim> claims) {
        return new CheckReport(new ArticleInfo("T", "", "", "", ""), "", LocalDate.of(2026, 1, 1), "",
                TestReports.SCALE, TEXT, claims);
    }

    private static ReportClaim claim(int number, int start, int end, String colour, List<EvidenceLink> evidence) {
        return new ReportClaim(number, start, end, TEXT.substring(start, end), "S" + number, colour, "", "", "",
                false, false, evidence);
    }

    @Test
    void overlappingClaimsGetOneMarkerEachAndTheSharedTextIsMarkedAsOverlap() {
        // "beta gamma delta" contains "gamma".
        Document doc = build(report(List.of(
                claim(1, 6, 22, "#aa0000", List.of()),
                claim(2, 11, 16, "#0000aa", List.of()))), ReportOptions.everything());

        Element paragraph = doc.selectFirst("section#article p");
        assertThat(paragraph.select("a.marker")).extracting(Element::text).containsExactly("1", "2");
        assertThat(paragraph.select("a.marker")).extracting(e -> e.attr("href")).containsExactly("#claim-1", "#claim-2");
        assertThat(paragraph.select("span.highlight")).extracting(Element::wholeText)
                .containsExactly("beta ", "gamma", " delta");
        Element shared = paragraph.select("span.highlight").get(1);
        assertThat(shared.hasClass("overlap")).isTrue();
        assertThat(shared.attr("style")).as("coloured after the inner claim").contains("#0000aa");
        assertThat(paragraph.text()).isEqualTo("Alpha 1beta 2gamma delta epsilon.");
    }

    @Test
    void aClaimSpanningALineBreakIsHighlightedInBothParagraphsWithOneMarker() {
        String text = "First line.\nSecond line.";
        ReportClaim fromTheBreak = new ReportClaim(1, 11, 18, "\nSecond", "S1", "#aa0000", "", "", "", false, false,
                List.of());
        ReportClaim acrossTheBreak = new ReportClaim(2, 6, 18, "line.\nSecond", "S2", "#00aa00", "", "", "", false,
                false, List.of());
        CheckReport report = new CheckReport(new ArticleInfo("T", "", "", "", ""), "", LocalDate.of(2026, 1, 1), "",
                TestReports.SCALE, text, List.of(acrossTheBreak, fromTheBreak));

        var paragraphs = build(report, ReportOptions.everything()).select("section#article p");

        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0).select("a.marker")).extracting(Element::text).containsExactly("2");
        assertThat(paragraphs.get(1).select("a.marker")).extracting(Element::text).containsExactly("1");
        assertThat(paragraphs.get(1).select("span.highlight").first().wholeText()).isEqualTo("Second");
        assertThat(paragraphs.get(1).select("span.highlight").first().hasClass("overlap")).isTrue();
    }

    @Test
    void aClaimOutsideTheTextIsListedButNotHighlighted() {
        Document doc = build(report(List.of(claim(1, 0, 5, "#aa0000", List.of()),
                new ReportClaim(2, 10, 999, "gone", "S2", "#00aa00", "", "", "", false, false, List.of()))),
                ReportOptions.everything());

        assertThat(doc.select("section#article a.marker")).hasSize(1);
        assertThat(doc.select("#claim-2 .flag").text()).contains("Not located in the text");
    }

    @Test
    void aStatusColourCannotInjectCss() {
        Document doc = build(report(List.of(claim(1, 0, 5, "red; background-image: url(http://x)", List.of()))),
                ReportOptions.everything());

        assertThat(doc.select("#claim-1 .badge").attr("style")).contains(Colours.FALLBACK).doesNotContain("url(");
    }

    @Test
    void onlyWebAndMailLinksBecomeClickable() {
        EvidenceLink web = new EvidenceLink("", Stance.SUPPORTS, "Web", "", "", "", "https://example.org/a", "", "", "",
                "", "");
        EvidenceLink script = new EvidenceLink("", Stance.REFUTES, "Script", "", "", "", "javascript:alert(1)", "", "",
                "", "", "");
        Document doc = build(report(List.of(claim(1, 0, 5, "#aa0000", List.of(web, script)))),
                ReportOptions.everything());

        assertThat(doc.select("#claim-1 .details a")).extracting(e -> e.attr("href"))
                .containsExactly("https://example.org/a");
        assertThat(doc.select("#claim-1 .details .url-text").text()).isEqualTo("javascript:alert(1)");
    }

    @Test
    void evidenceDetailsAreLinesOfOneBlockAndALineFeedInUserTextStaysInItsLine() {
        EvidenceLink link = new EvidenceLink("", Stance.SUPPORTS, "Web", "Outlet\nName", "Author", "2025",
                "https://example.org/a", "https://web.archive.org/web/2025/https://example.org/a", "2026-01-02",
                "p.\r\n3", "", "");
        Document doc = build(report(List.of(claim(1, 0, 5, "#aa0000", List.of(link)))), ReportOptions.everything());

        Element details = doc.selectFirst("#claim-1 .details");
        assertThat(details.wholeText().split("\n", -1)).containsExactly("Outlet Name \u00B7 Author \u00B7 2025",
                "URL https://example.org/a", "Archived https://web.archive.org/web/2025/https://example.org/a",
                "Accessed 2026-01-02 \u00B7 Locator: p.  3");
        assertThat(details.select("br")).isEmpty();
        assertThat(doc.selectFirst("li.source .details").wholeText().split("\n", -1)).hasSize(3);
    }

    @Test
    void theSameSourceOnTwoClaimsIsListedOnceWithBothClaimsByStance() {
        EvidenceLink supports = TestReports.evidence("Shared source", Stance.SUPPORTS);
        EvidenceLink refutes = TestReports.evidence("Shared source", Stance.REFUTES);
        Document doc = build(report(List.of(claim(1, 0, 5, "#aa0000", List.of(supports)),
                claim(2, 6, 10, "#00aa00", List.of(refutes)))), ReportOptions.everything());

        assertThat(doc.select("li.source")).hasSize(1);
        assertThat(doc.select("li.source .used-by").text()).isEqualTo("Supports [1] Refutes [2]");
    }

    @Test
    void optionsFilterStatusesDropTheArticleAndOverrideTheChecker() {
        CheckReport report = report(List.of(claim(1, 0, 5, "#aa0000", List.of()), claim(2, 6, 10, "#00aa00", List.of())));
        Document doc = build(report, new ReportOptions(false, Set.of("S2"), "Override Name"));

        assertThat(doc.select("section#article")).isEmpty();
        assertThat(doc.select("bookmark[href=#article]")).isEmpty();
        assertThat(doc.select("div.claim")).extracting(e -> e.id()).containsExactly("claim-2");
        assertThat(doc.select("meta[name=author]").attr("content")).isEqualTo("Override Name");
        assertThat(doc.select(".filter-note").text()).contains("1 of 2 claims", "S2");
    }
}
