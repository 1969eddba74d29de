package org.checkbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.checkbench.report.CheckReport.ArticleInfo;
import org.checkbench.report.CheckReport.ScaleValue;
import org.checkbench.report.EvidenceLink.Stance;

/** Small reports whose every string a test can look for in the PDF. */
final class TestReports {

    static final List<ScaleValue> SCALE = List.of(
            new ScaleValue("Confirmed", "#2e7d32", true),
            new ScaleValue("Needs correction", "#c62828", true),
            new ScaleValue("Disputed", "#ef6c00", true),
            new ScaleValue("Unchecked", "#9e9e9e", false));

    /** User text that must come out literally, not as markup. */
    static final String MARKUP_QUOTE = "Tom & Jerry <b>said</b> \"yes\" and 'no' & <script>x</script>";

    private TestReports() {
    }

    /**
     * Three claims: one in Ukrainian (Київ), one in Korean (김정은), one full of markup characters,
     * each with its own evidence titles and verdict.
     */
    static CheckReport multilingual() {
        String[] sentences = {
            "Уряд у Київ заявив про нові санкції.",
            "김정은 위원장이 모스크바를 방문했다.",
            MARKUP_QUOTE,
            "Το Υπουργείο ανακοίνωσε — «νέα μέτρα» – σήμερα."};
        StringBuilder text = new StringBuilder();
        List<int[]> ranges = new ArrayList<>();
        for (String sentence : sentences) {
            int start = text.length();
            text.append(sentence);
            ranges.add(new int[] {start, text.length()});
            text.append("\nA filler line between the claims keeps them apart.\n");
        }
        List<ReportClaim> claims = List.of(
                claim(1, ranges.get(0), sentences[0], SCALE.get(0), "Kyiv evidence Alpha", "Kyiv evidence Beta"),
                claim(2, ranges.get(1), sentences[1], SCALE.get(1), "Pyongyang evidence Gamma"),
                claim(3, ranges.get(2), sentences[2], SCALE.get(2), "Markup evidence Delta"),
                claim(4, ranges.get(3), sentences[3], SCALE.get(3)));
        return new CheckReport(
                new ArticleInfo("Київ and 김정은: a test article", "Test Outlet", "Ada Author",
                        "https://example.org/article?a=1&b=2", "1 March 2025"),
                "Checker Name", LocalDate.of(2026, 11, 26), "Test scale", SCALE, text.toString(), claims);
    }

    static ReportClaim claim(int number, int[] range, String quote, ScaleValue status, String... evidenceTitles) {
        List<EvidenceLink> evidence = new ArrayList<>();
        for (int i = 0; i < evidenceTitles.length; i++) {
            evidence.add(evidence(evidenceTitles[i], Stance.values()[i % 3]));
        }
        return new ReportClaim(number, range[0], range[1], quote, status.label(), status.colourHex(),
                "Note for claim " + number, "", "", false, false, evidence);
    }

    static EvidenceLink evidence(String title, Stance stance) {
        String slug = title.toLowerCase().replace(' ', '-');
        return new EvidenceLink("", stance, title, "Outlet of " + title, "Author of " + title, "2025-01-02",
                "https://example.org/" + slug, "https://web.archive.org/web/2025/https://example.org/" + slug,
                "2026-11-01", "p. 12", "Excerpt of " + title, "");
    }

    /** A one-claim report whose claim quote is the given text. */
    static CheckReport withQuote(String quote) {
        String text = quote + "\nThe rest of the article.";
        ReportClaim claim = claim(1, new int[] {0, quote.length()}, quote, SCALE.get(0), "Some evidence");
        return new CheckReport(new ArticleInfo("One claim", "", "", "", ""), "Checker", LocalDate.of(2026, 1, 1),
                "Test scale", SCALE, text, List.of(claim));
    }
}
