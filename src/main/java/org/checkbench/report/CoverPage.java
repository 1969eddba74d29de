package org.checkbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * The cover is the decision page: Cleared or Not cleared and why; the claims that stand in the way,
 * each linked to its section; which draft was checked, by whom, who reviewed it and whether the
 * approval holds; then the summary counts and the chart. The decision covers every claim of the
 * article, also those a status filter leaves out of the report.
 */
final class CoverPage {

    private static final int LISTED_WORDS = 110;

    private final CheckReport report;
    private final ReportOptions options;
    private final DrawableText drawable;
    private final ClaimSections claimSections;

    CoverPage(CheckReport report, ReportOptions options, DrawableText drawable, ClaimSections claimSections) {
        this.report = report;
        this.options = options;
        this.drawable = drawable;
        this.claimSections = claimSections;
    }

    void appendTo(Element cover, String title, String checkerName, List<ReportClaim> shown) {
        cover.appendElement("div").addClass("kicker").text("Check report");
        Scripts.directed(cover.appendElement("h1").addClass("title"), title).text(drawable.clean(title));
        appendDecision(cover, shown);
        appendFacts(cover, checkerName);
        appendSummary(cover, shown);
    }

    private void appendDecision(Element cover, List<ReportClaim> shown) {
        // By identity: the shown claims are the report's own records, and a record's equals compares
        // every field (its evidence too), which made this quadratic on a long report.
        java.util.Set<ReportClaim> shownSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        shownSet.addAll(shown);
        boolean cleared = report.cleared();
        Element decision = cover.appendElement("div").addClass("decision")
                .addClass(cleared ? "cleared" : report.nothingChecked() ? "not-checked" : "not-cleared");
        decision.appendElement("div").addClass("verdict")
                .text(cleared ? "Cleared" : report.nothingChecked() ? "Not checked" : "Not cleared");
        decision.appendElement("p").addClass("reason").text(reason());
        for (ReportClaim.Attention attention : ReportClaim.Attention.values()) {
            List<ReportClaim> claims = report.claimsNeeding(attention);
            if (claims.isEmpty()) {
                continue;
            }
            Element group = decision.appendElement("div").addClass("attention");
            group.appendElement("h2").addClass("attention-heading").text(attention.heading() + " (" + claims.size() + ")");
            Element list = group.appendElement("ul").addClass("attention-list");
            for (ReportClaim claim : claims) {
                appendListed(list.appendElement("li"), claim, attention, shownSet.contains(claim));
            }
        }
    }

    /**
     * An item whose words are right-to-left is laid out right-to-left as a whole: an RTL run inline
     * in an LTR line loses the spaces at its edges in openhtmltopdf, and the arrow points the way the
     * reader reads.
     */
    private void appendListed(Element item, ReportClaim claim, ReportClaim.Attention attention, boolean shown) {
        boolean rightToLeft = Scripts.isRightToLeft(claim.quote());
        Scripts.directed(item, claim.quote());
        if (shown) {
            item.appendElement("a").attr("href", "#claim-" + claim.number())
                    .attr("title", "Go to claim " + claim.number()).text("[" + claim.number() + "]");
        } else {
            item.appendElement("span").addClass("claim-ref").text("[" + claim.number() + "]");
        }
        item.appendText(" ");
        item.appendElement("span").addClass("words").text(drawable.clean(shortened(claim.quote())));
        if (attention == ReportClaim.Attention.CORRECTION_REQUIRED) {
            item.appendElement("span").addClass("arrow").text(rightToLeft ? " \u2190 " : " \u2192 ");
            if (claim.correctionAfter().isBlank()) {
                item.appendElement("span").addClass("missing").text("no wording suggested yet");
            } else {
                item.appendElement("span").addClass("after").text(drawable.clean(shortened(claim.correctionAfter())));
            }
        }
        if (!shown) {
            item.appendElement("span").addClass("not-shown").text(" (not in this report: status filtered out)");
        }
    }

    /** "2 corrections required, 1 disputed claim" or, when cleared, what was found; then the suggestions left open. */
    private String reason() {
        int open = report.signOff().openSuggestions();
        String suggestionsLeft = open == 0 ? "" : " " + open + " sentence" + (open == 1 ? "" : "s")
                + " Checkbench suggested as check-worthy " + (open == 1 ? "was" : "were")
                + " neither marked as a claim nor dismissed.";
        return decisionReason() + suggestionsLeft;
    }

    private String decisionReason() {
        int total = report.claims().size();
        if (report.nothingChecked()) {
            return "No claims were marked in this article, so nothing in it has been checked.";
        }
        if (report.cleared()) {
            return "All " + total + " claim" + (total == 1 ? " is" : "s are")
                    + " checked: no correction is required, nothing is disputed, unchecked, changed since checked"
                    + " or orphaned.";
        }
        List<String> parts = new ArrayList<>();
        for (ReportClaim.Attention attention : ReportClaim.Attention.values()) {
            int count = report.claimsNeeding(attention).size();
            if (count > 0) {
                parts.add(count + " " + reasonWord(attention, count));
            }
        }
        return "Not cleared for publication: " + String.join(", ", parts) + ".";
    }

    private static String reasonWord(ReportClaim.Attention attention, int count) {
        String plural = count == 1 ? "" : "s";
        return switch (attention) {
            case CORRECTION_REQUIRED -> "correction" + plural + " required";
            case DISPUTED -> "disputed claim" + plural;
            case UNCHECKED -> "unchecked claim" + plural;
            case CHANGED_SINCE_CHECKED -> "claim" + plural + " changed since checked";
            case ORPHANED -> "orphaned claim" + plural;
        };
    }

    private void appendFacts(Element cover, String checkerName) {
        Element facts = cover.appendElement("table").addClass("facts");
        CheckReport.ArticleInfo article = report.article();
        CheckReport.SignOff signOff = report.signOff();
        fact(facts, "Outlet", article.outlet());
        fact(facts, "Author", article.author());
        fact(facts, "Published", article.published());
        fact(facts, "URL", article.url());
        if (signOff.revisionNumber() > 0) {
            fact(facts, "Draft checked", "Revision " + signOff.revisionNumber()
                    + (signOff.revisionDate() == null ? "" : " of " + ReportDates.dateTime(signOff.revisionDate())));
        }
        fact(facts, "Checked by", signOff.checkers().isEmpty() ? "no verdicts yet" : String.join(", ", signOff.checkers()));
        fact(facts, "Reviewer", signOff.reviewer().isBlank() ? "none yet" : signOff.reviewer());
        String approval = signOff.approvedAt() != null
                ? "Approved " + ReportDates.dateTime(signOff.approvedAt()) : "Not approved";
        fact(facts, "Approval", signOff.approvalNote().isBlank() ? approval : approval + ". " + signOff.approvalNote());
        fact(facts, "Report by", checkerName);
        fact(facts, "Report date", ReportDates.date(report.reportDate()));
        fact(facts, "Checkbench", signOff.appVersion().isBlank() ? "" : "version " + signOff.appVersion());
    }

    /** Heading, counts, chart and scale stay together on one page. */
    private void appendSummary(Element parent, List<ReportClaim> shown) {
        Element cover = parent.appendElement("div").addClass("summary");
        cover.appendElement("h2").text("Summary");
        long checked = report.claims().stream().filter(c -> c.signOff().checked()).count();
        Element progress = cover.appendElement("p").addClass("progress");
        progress.appendElement("span").addClass("big").text(checked + " of " + report.claims().size());
        progress.appendText(" claims checked");
        appendChart(cover);
        if (shown.size() != report.claims().size()) {
            cover.appendElement("p").addClass("filter-note").text(drawable.clean("This report shows "
                    + shown.size() + " of " + report.claims().size() + " claims: those with status "
                    + String.join(", ", options.statuses().stream().sorted().toList()) + "."));
        }
        Element scale = cover.appendElement("div").addClass("scale");
        scale.appendElement("span").addClass("label").text(drawable.clean(
                report.scaleName().isBlank() ? "Verdict scale " : "Verdict scale: " + report.scaleName() + " "));
        for (CheckReport.ScaleValue value : report.scale()) {
            claimSections.badge(scale, value.label(), value.colourHex());
            scale.appendText(" ");
        }
    }

    /**
     * Counts per status, in scale order, then any status the scale does not list; bars in CSS. The
     * table's title is its text alternative in the tagged PDF.
     */
    private void appendChart(Element cover) {
        Map<String, String> colourByLabel = new LinkedHashMap<>();
        for (CheckReport.ScaleValue value : report.scale()) {
            colourByLabel.putIfAbsent(value.label(), value.colourHex());
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        colourByLabel.keySet().forEach(label -> counts.put(label, 0));
        for (ReportClaim claim : report.claims()) {
            counts.merge(claim.statusLabel(), 1, Integer::sum);
            colourByLabel.putIfAbsent(claim.statusLabel(), claim.statusColourHex());
        }
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> described = new ArrayList<>();
        counts.forEach((label, count) -> described.add((label.isBlank() ? "No status" : label) + " " + count));
        Element chart = cover.appendElement("table").addClass("chart")
                .attr("title", drawable.clean("Bar chart of claims per verdict: " + String.join(", ", described)));
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            Element row = chart.appendElement("tr");
            row.appendElement("td").addClass("chart-label")
                    .text(drawable.clean(entry.getKey().isBlank() ? "No status" : entry.getKey()));
            Element barCell = row.appendElement("td").addClass("chart-bar-cell");
            if (entry.getValue() > 0) {
                double percent = 100.0 * entry.getValue() / max;
                barCell.appendElement("div").addClass("chart-bar").attr("style", String.format(Locale.ROOT,
                        "width: %.1f%%; background-color: %s;", percent, Colours.safe(colourByLabel.get(entry.getKey()))));
            }
            row.appendElement("td").addClass("chart-count").text(Integer.toString(entry.getValue()));
        }
    }

    private void fact(Element table, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Element row = table.appendElement("tr");
        row.appendElement("th").text(label);
        Scripts.directed(row.appendElement("td"), value).text(drawable.clean(value));
    }

    private static String shortened(String words) {
        String flat = words.strip().replaceAll("\\s+", " ");
        if (flat.length() <= LISTED_WORDS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', LISTED_WORDS);
        cut = cut > LISTED_WORDS / 2 ? cut : LISTED_WORDS;
        if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
            cut--;
        }
        return flat.substring(0, cut).strip() + "\u2026";
    }
}
