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
        List<int[]> ranges = joined(sentences, "\nA filler line between the claims keeps them apart.\n", text);
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

    /**
     * {@code count} claims with long quotes, every third with a suggested correction, all with a
     * flag, two sources and a verdict history: enough text that labels fall near every page foot.
     */
    static CheckReport manyClaims(int count) {
        StringBuilder text = new StringBuilder();
        List<ReportClaim> claims = new ArrayList<>();
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2026, 12, 2, 14, 5);
        for (int n = 1; n <= count; n++) {
            String quote = ("Claim " + n + " says the ministry counted " + (n * 137) + " vehicles").repeat(1 + n % 4) + ".";
            int start = text.length();
            text.append(quote).append('\n');
            List<EvidenceLink> evidence = List.of(evidence("Source " + n + " A", Stance.SUPPORTS),
                    evidence("Source " + n + " B", Stance.CONTEXT));
            boolean correct = n % 3 == 0;
            ScaleValue status = correct ? SCALE.get(1) : SCALE.get(0);
            ReportClaim.SignOff signOff = new ReportClaim.SignOff(true, correct ? ReportClaim.Attention.CORRECTION_REQUIRED
                    : null, "Olena", at, List.of(new ReportClaim.VerdictStep("Unchecked", "Ben", at.minusDays(1)),
                    new ReportClaim.VerdictStep(status.label(), "Olena", at)), false,
                    List.of("Only one independent source; the policy asks for 2"));
            claims.add(new ReportClaim(n, start, start + quote.length(), quote, status.label(), status.colourHex(),
                    "Note " + n + " " + "on what was checked and with whom. ".repeat(n % 5), correct ? quote : "",
                    correct ? quote.replace("vehicles", "tanks") : "", false, false, evidence, signOff));
        }
        return new CheckReport(new ArticleInfo("Many claims", "Outlet", "Author", "", ""), "Checker",
                LocalDate.of(2026, 12, 2), "Test scale", SCALE, text.toString(), claims);
    }

    /** {@link #multilingual()} without its unchecked claim: every claim checked, none blocking. */
    static CheckReport multilingualChecked() {
        CheckReport all = multilingual();
        List<ReportClaim> checked = new ArrayList<>();
        for (ReportClaim claim : all.claims()) {
            if (claim.signOff().checked()) {
                ReportClaim.SignOff clear = new ReportClaim.SignOff(true, null, "Olena", null, List.of(), false, List.of());
                checked.add(new ReportClaim(claim.number(), claim.start(), claim.end(), claim.quote(),
                        claim.statusLabel(), claim.statusColourHex(), claim.note(), "", "", false, false,
                        claim.evidence(), clear));
            }
        }
        return new CheckReport(all.article(), all.checkerName(), all.reportDate(), all.scaleName(), all.scale(),
                all.articleText(), checked);
    }

    /** Appends the sentences to {@code text}, each followed by {@code between}; returns their ranges. */
    private static List<int[]> joined(String[] sentences, String between, StringBuilder text) {
        List<int[]> ranges = new ArrayList<>();
        for (String sentence : sentences) {
            int start = text.length();
            text.append(sentence);
            ranges.add(new int[] {start, text.length()});
            text.append(between);
        }
        return ranges;
    }

    static ReportClaim claim(int number, int[] range, String quote, ScaleValue status, String... evidenceTitles) {
        List<EvidenceLink> evidence = new ArrayList<>();
        for (int i = 0; i < evidenceTitles.length; i++) {
            evidence.add(evidence(evidenceTitles[i], Stance.values()[i % 3]));
        }
        // As the service would say: a status the scale counts as checked is a check.
        ReportClaim.SignOff signOff = new ReportClaim.SignOff(status.checked(),
                status.checked() ? null : ReportClaim.Attention.UNCHECKED, "", null, List.of(), false, List.of());
        return new ReportClaim(number, range[0], range[1], quote, status.label(), status.colourHex(),
                "Note for claim " + number, "", "", false, false, evidence, signOff);
    }

    static EvidenceLink evidence(String title, Stance stance) {
        String slug = title.toLowerCase().replace(' ', '-');
        return new EvidenceLink("", stance, title, "Outlet of " + title, "Author of " + title, "2025-01-02",
                "https://example.org/" + slug, "https://web.archive.org/web/2025/https://example.org/" + slug,
                "2026-11-01", "p. 12", "Excerpt of " + title, "");
    }

    static final String ARABIC = "قال الوزير إن 10,000 جندي وصلوا في مارس.";
    static final String HEBREW = "השר אמר כי 10,000 חיילים הגיעו במרץ.";
    static final String EMOJI = "Fans reacted with 👍 and 🚀 and 🇺🇦.";
    static final String QUOTED = "\u201CWe will win,\u201D he said.";
    static final String ORIGINAL = "10,000 troops arrived in March.";
    static final String APPLIED = "1,000 troops arrived in March.";
    static final byte[] FILE = "minutes of the briefing".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /**
     * A report as the service builds it for a sign-off: claims in Arabic, Hebrew, Korean (bold in
     * the title), with emoji and with their own quotation marks; an applied correction, one still
     * required, a disputed, an unchecked, a changed and an orphaned claim; flags; an attachment.
     */
    static CheckReport signedOff(boolean withFileContent) {
        String[] sentences = {ARABIC, HEBREW, "김정은 위원장이 모스크바를 방문했다.", EMOJI, QUOTED, APPLIED, "Prices rose 12%."};
        StringBuilder text = new StringBuilder();
        List<int[]> ranges = joined(sentences, "\n", text);
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2026, 12, 2, 14, 5);
        EvidenceLink.Attachment file = new EvidenceLink.Attachment("briefing minutes.txt", "text/plain", FILE.length,
                "3f1e2c9a7b0d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f",
                withFileContent ? FILE : null);
        EvidenceLink source = new EvidenceLink("7", Stance.SUPPORTS, "Ministry briefing", "Ministry", "Press office",
                "May 2026", "https://example.org/briefing", "", "2024", "p. 2", "", "", "Document",
                "Official figures; usually revised later.", List.of(file));
        List<ReportClaim> claims = new ArrayList<>();
        claims.add(signed(1, ranges.get(0), sentences[0], SCALE.get(0), null, "", "", List.of(source),
                List.of("Only one independent source; the policy asks for 2"), at));
        claims.add(signed(2, ranges.get(1), sentences[1], SCALE.get(1), ReportClaim.Attention.CORRECTION_REQUIRED,
                sentences[1], "השר אמר כי 1,000 חיילים הגיעו במרץ.", List.of(), List.of(), at));
        claims.add(signed(3, ranges.get(2), sentences[2], SCALE.get(2), ReportClaim.Attention.DISPUTED, "", "",
                List.of(), List.of(), at));
        claims.add(signed(4, ranges.get(3), sentences[3], SCALE.get(3), ReportClaim.Attention.UNCHECKED, "", "",
                List.of(), List.of(), null));
        claims.add(signed(5, ranges.get(4), sentences[4], SCALE.get(0), null, "", "", List.of(), List.of(), at));
        ReportClaim.SignOff applied = new ReportClaim.SignOff(true, null, "Olena", at, List.of(
                new ReportClaim.VerdictStep("Needs correction", "Olena", at.minusDays(1)),
                new ReportClaim.VerdictStep("Confirmed", "Ben", at)), true, List.of());
        claims.add(new ReportClaim(6, ranges.get(5)[0], ranges.get(5)[1], APPLIED, SCALE.get(0).label(),
                SCALE.get(0).colourHex(), "", ORIGINAL, APPLIED, false, false, List.of(), applied));
        claims.add(new ReportClaim(7, ranges.get(6)[0], ranges.get(6)[1], sentences[6], SCALE.get(0).label(),
                SCALE.get(0).colourHex(), "", "", "", true, false, List.of(), new ReportClaim.SignOff(false,
                        ReportClaim.Attention.CHANGED_SINCE_CHECKED, "Olena", at, List.of(), false, List.of())));
        claims.add(new ReportClaim(8, 0, 4, "An orphaned claim", SCALE.get(0).label(), SCALE.get(0).colourHex(), "",
                "", "", false, true, List.of(), new ReportClaim.SignOff(false, ReportClaim.Attention.ORPHANED, "", null,
                        List.of(), false, List.of())));
        CheckReport.SignOff cover = new CheckReport.SignOff(3, at.minusHours(2), List.of("Olena", "Ben"), "Editor Lee",
                null, "Approved 2 Dec 2026, 13:00, no longer valid: claims changed after the approval", "0.1.0", "ar");
        return new CheckReport(new ArticleInfo("김정은 and the ministry: a signed-off test", "Test Outlet", "Ada Author",
                "https://example.org/a", "1 December 2026"), "Checker Name", LocalDate.of(2026, 12, 2), "Test scale",
                SCALE, text.toString(), claims, cover);
    }

    private static ReportClaim signed(int number, int[] range, String quote, ScaleValue status,
            ReportClaim.Attention attention, String before, String after, List<EvidenceLink> evidence,
            List<String> flags, java.time.LocalDateTime at) {
        return new ReportClaim(number, range[0], range[1], quote, status.label(), status.colourHex(), "",
                before, after, false, false, evidence, new ReportClaim.SignOff(attention == null
                        || attention == ReportClaim.Attention.CORRECTION_REQUIRED
                        || attention == ReportClaim.Attention.DISPUTED, attention, at == null ? "" : "Olena", at,
                        List.of(), false, flags));
    }

    /** A one-claim report whose claim quote is the given text. */
    static CheckReport withQuote(String quote) {
        String text = quote + "\nThe rest of the article.";
        ReportClaim claim = claim(1, new int[] {0, quote.length()}, quote, SCALE.get(0), "Some evidence");
        return new CheckReport(new ArticleInfo("One claim", "", "", "", ""), "Checker", LocalDate.of(2026, 1, 1),
                "Test scale", SCALE, text, List.of(claim));
    }
}
