package org.checkbench.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.checkbench.report.CheckReport;
import org.checkbench.report.CheckReport.ArticleInfo;
import org.checkbench.report.CheckReport.ScaleValue;
import org.checkbench.report.EvidenceLink;
import org.checkbench.report.EvidenceLink.Stance;
import org.checkbench.report.ReportClaim;

/**
 * Generated check reports over the bundled sample article, for {@code bench report}: each claim is
 * one line of the article (repeated as often as needed), verdicts and evidence rotate through fixed
 * lists.
 */
final class ReportBenchData {

    static final String SAMPLE = "/org/checkbench/samples/north-korean-troops-in-russia.txt";

    static final List<ScaleValue> NEWSROOM_SCALE = List.of(
            new ScaleValue("Confirmed", "#2e7d32", true),
            new ScaleValue("Needs correction", "#c62828", true),
            new ScaleValue("Disputed", "#ef6c00", true),
            new ScaleValue("Could not confirm", "#6d4c41", true),
            new ScaleValue("Opinion", "#3949ab", true),
            new ScaleValue("Unchecked", "#9e9e9e", false));

    private ReportBenchData() {
    }

    /** The sample article with {@code claimCount} claims, each with {@code linksPerClaim} evidence links. */
    static CheckReport sample(int claimCount, int linksPerClaim, int sourceCount) {
        String base = readSample();
        StringBuilder text = new StringBuilder(base);
        while (lineCount(text) < claimCount) {
            text.append('\n').append(base);
        }
        String article = text.toString();
        List<ReportClaim> claims = new ArrayList<>(claimCount);
        int lineStart = 0;
        for (int n = 1; n <= claimCount; n++) {
            int lineEnd = article.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = article.length();
            }
            claims.add(claim(n, lineStart, lineEnd, article.substring(lineStart, lineEnd), linksPerClaim, sourceCount));
            lineStart = lineEnd + 1;
        }
        ArticleInfo info = new ArticleInfo(
                "North Korean troops in Russia are “gorging themselves on pornography”",
                "New York Post", "Sample Author", "https://example.org/north-korean-troops-in-russia",
                "4 November 2024");
        CheckReport.SignOff signOff = new CheckReport.SignOff(2, LocalDateTime.of(2026, 11, 24, 16, 30),
                List.of("Checker 1", "Checker 2", "Checker 3"), "Editor", null, "Sent for review 26 Nov 2026, 10:00",
                "bench", "en");
        return new CheckReport(info, "Bench Checker", LocalDate.of(2026, 11, 26), "Newsroom statuses",
                NEWSROOM_SCALE, article, claims, signOff);
    }

    private static ReportClaim claim(int n, int start, int end, String quote, int links, int sourceCount) {
        ScaleValue status = NEWSROOM_SCALE.get(n % NEWSROOM_SCALE.size());
        List<EvidenceLink> evidence = new ArrayList<>(links);
        for (int i = 0; i < links; i++) {
            int source = (n * 7 + i * 13) % sourceCount + 1;
            evidence.add(new EvidenceLink("S" + source, Stance.values()[(n + i) % 3],
                    "Source document " + source + ": briefing on deployments", "Outlet " + (source % 9 + 1),
                    "Reporter " + (source % 17 + 1), (source % 28 + 1) + " October 2024",
                    "https://example.org/sources/" + source, "https://web.archive.org/web/2024/https://example.org/sources/" + source,
                    "20 November 2026", "p. " + (source % 40 + 1),
                    "The passage of source " + source + " that bears on the claim, quoted as the checker found it.",
                    i == 0 ? "Checked against the original." : "", "Document",
                    source % 5 == 0 ? "Official figures, usually revised later." : "",
                    source % 4 == 0 ? List.of(new EvidenceLink.Attachment("source-" + source + ".pdf", "application/pdf",
                            40_000 + source, String.format("%064x", source * 7919L), null)) : List.of()));
        }
        boolean correction = "Needs correction".equals(status.label());
        boolean changed = n % 11 == 0;
        LocalDateTime at = LocalDateTime.of(2026, 11, 25, 9, 0).plusMinutes(n * 7L);
        ReportClaim.Attention attention = changed ? ReportClaim.Attention.CHANGED_SINCE_CHECKED
                : !status.checked() ? ReportClaim.Attention.UNCHECKED
                : correction ? ReportClaim.Attention.CORRECTION_REQUIRED
                : "Disputed".equals(status.label()) ? ReportClaim.Attention.DISPUTED : null;
        ReportClaim.SignOff signOff = new ReportClaim.SignOff(status.checked() && !changed, attention,
                status.checked() ? "Checker " + (n % 3 + 1) : "", status.checked() ? at : null,
                status.checked() ? List.of(new ReportClaim.VerdictStep("Unchecked", "Checker 1", at.minusDays(1)),
                        new ReportClaim.VerdictStep(status.label(), "Checker " + (n % 3 + 1), at)) : List.of(),
                false, n % 5 == 0 ? List.of("Only one independent source; the policy asks for 2") : List.of());
        return new ReportClaim(n, start, end, quote, status.label(), status.colourHex(),
                "Checker's note for claim " + n + ".", correction ? quote : "",
                correction ? quote.replace("Thousands", "About 11,000") + " (corrected)" : "",
                changed, false, evidence, signOff);
    }

    private static int lineCount(CharSequence text) {
        return (int) text.chars().filter(c -> c == '\n').count() + 1;
    }

    static String readSample() {
        try (InputStream in = ReportBenchData.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("The sample article " + SAMPLE + " is missing from the jar.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
