package org.checkbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.checkbench.model.text.DeceptiveLinks;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** One section per claim, then the Sources section listing every evidence entry once. */
final class ClaimSections {

    private final DrawableText drawable;
    /** The same source's addresses come back once per claim it is linked to; each is checked once. */
    private final Map<String, Boolean> clickable = new java.util.HashMap<>();
    private int claimsAppended;

    ClaimSections(DrawableText drawable) {
        this.drawable = drawable;
    }

    void appendClaim(Element parent, ReportClaim claim, String articleText) {
        Element box = parent.appendElement("div").addClass("claim").attr("id", "claim-" + claim.number());
        // Head and quote travel to the next page together (see .claim-top in report.css).
        Element top = box.appendElement("div").addClass("claim-top");
        if (claimsAppended++ == 0) {
            // The section's heading already rules it off; a class rather than a sibling selector,
            // which openhtmltopdf would try against every element (ADR 0178).
            top.addClass("first");
        }
        Element head = top.appendElement("div").addClass("claim-head");
        head.appendElement("span").addClass("claim-number").text("[" + claim.number() + "]");
        badge(head, claim.statusLabel().isBlank() ? "No status" : claim.statusLabel(), claim.statusColourHex());
        if (claim.changedSinceChecked()) {
            head.appendElement("span").addClass("flag").addClass("flag-changed").text("Changed since checked");
        }
        if (claim.orphaned()) {
            head.appendElement("span").addClass("flag").addClass("flag-orphaned")
                    .text("Orphaned: not found in this draft");
        } else if (!ArticleSection.isLocated(claim, articleText)) {
            head.appendElement("span").addClass("flag").text("Not located in the text");
        }
        ReportClaim.SignOff signOff = claim.signOff();
        if (!signOff.verdictBy().isBlank()) {
            top.appendElement("div").addClass("checked-by").text(drawable.clean("Checked by " + signOff.verdictBy()
                    + (signOff.verdictAt() == null ? "" : ", " + ReportDates.dateTime(signOff.verdictAt()))));
        }
        // The claim's own words, set apart by the block's rule rather than by added quotation
        // marks, so a quote that has its own marks never shows them twice.
        Scripts.directed(top.appendElement("blockquote").addClass("quote"), claim.quote())
                .text(drawable.clean(claim.quote()));

        if (!claim.note().isBlank()) {
            labelled(box, "note", "Note", claim.note());
        }
        if (claim.hasCorrection()) {
            appendCorrection(box, claim);
        }
        if (signOff.history().size() > 1) {
            appendVerdictHistory(box, signOff.history());
        }
        if (!signOff.flags().isEmpty()) {
            Element flags = box.appendElement("div").addClass("source-flags");
            flags.appendElement("div").addClass("label").text("To look at again");
            Element list = flags.appendElement("ul");
            for (String flag : signOff.flags()) {
                list.appendElement("li").text(drawable.clean(flag));
            }
        }

        // The entries follow their label in the claim's own block: a list block around them had no
        // look of its own and cost a box, a style and a structure element per claim (ADR 0178).
        box.appendElement("div").addClass("label").addClass("evidence-label").text(claim.evidence().isEmpty()
                ? "No evidence linked" : "Evidence (" + claim.evidence().size() + ")");
        for (EvidenceLink link : claim.evidence()) {
            appendEvidence(box, link);
        }
    }

    /**
     * Applied: the original words struck through, then the wording the draft now has. Suggested:
     * the claim's words, then the suggested wording. Label and lines never part at a page foot.
     */
    private void appendCorrection(Element box, ReportClaim claim) {
        boolean applied = claim.signOff().correctionApplied();
        Element correction = box.appendElement("div").addClass("correction");
        correction.appendElement("div").addClass("label").text(applied ? "Correction applied" : "Suggested correction");
        String before = claim.correctionBefore().isBlank() ? claim.quote() : claim.correctionBefore();
        Element line = Scripts.directed(correction.appendElement("div").addClass("correction-line"), before);
        if (applied) {
            line.appendElement("span").addClass("label").text("Original words ");
        }
        line.appendElement("span").addClass("before").text(drawable.clean(before));
        line.appendElement("span").addClass("arrow").text(Scripts.isRightToLeft(before) ? " \u2190 " : " \u2192 ");
        if (applied) {
            line.appendElement("span").addClass("label").text("Now reads ");
        }
        line.appendElement("span").addClass("after").text(drawable.clean(claim.correctionAfter()));
    }

    /** "Verdicts: Unchecked → Needs correction (Olena, 2 May 2026, 10:00) → Confirmed (Ben, …)". */
    private void appendVerdictHistory(Element box, List<ReportClaim.VerdictStep> steps) {
        List<String> parts = new ArrayList<>();
        for (ReportClaim.VerdictStep step : steps) {
            String who = joinNonBlank(", ", step.who(), ReportDates.dateTime(step.when()));
            parts.add(step.label() + (who.isEmpty() ? "" : " (" + who + ")"));
        }
        Element history = box.appendElement("div").addClass("verdict-history");
        history.appendElement("span").addClass("label").text("Verdicts ");
        history.appendText(drawable.clean(String.join(" \u2192 ", parts)));
    }

    private void appendEvidence(Element parent, EvidenceLink link) {
        Element item = parent.appendElement("div").addClass("evidence");
        // The head's spans go straight into the entry: the block they were wrapped in had no style
        // of its own, and openhtmltopdf gives inline content before a block the same anonymous
        // block it gave the wrapper, without matching and styling an element for it (ADR 0178).
        item.appendElement("span").addClass("stance")
                .addClass("stance-" + link.stance().name().toLowerCase(Locale.ROOT))
                .text(link.stance().label());
        Scripts.directed(item.appendElement("span").addClass("evidence-title"), link.title())
                .text(drawable.clean(link.title().isBlank() ? "(untitled source)" : link.title()));
        if (!link.kind().isBlank()) {
            item.appendElement("span").addClass("kind").text(drawable.clean(link.kind()));
        }
        appendDetails(item, link, true);
        if (!link.excerpt().isBlank()) {
            Scripts.directed(item.appendElement("blockquote").addClass("excerpt"), link.excerpt())
                    .text(drawable.clean(link.excerpt()));
        }
        if (!link.reliability().isBlank()) {
            labelled(item, "reliability", "Reliability", link.reliability());
        }
        if (!link.linkNote().isBlank()) {
            labelled(item, "link-note", "Note", link.linkNote());
        }
        for (EvidenceLink.Attachment attachment : link.attachments()) {
            Element file = item.appendElement("div").addClass("attachment");
            file.appendElement("span").addClass("label").text("File ");
            file.appendText(drawable.clean(attachment.fileName()) + " (" + Sizes.readable(attachment.size())
                    + (attachment.content() != null ? ", embedded in this PDF" : "") + ")");
            file.appendElement("div").addClass("sha").text("SHA-256 " + attachment.sha256());
        }
    }

    /**
     * Outlet, author and date on one line, then the live and archived addresses and, for a link,
     * when it was accessed: lines of one block rather than a block each, since every block costs
     * the renderer a box, a style, a structure element and an artifact (ADR 0087). The lines are
     * parted by line feeds the block keeps ({@code white-space: pre-line}) rather than by
     * {@code <br>} elements, and the byline is the block's own grey text (ADR 0178).
     *
     * <p>Each line feed starts the element of the line it begins, and the block's own text comes
     * only before its first element. openhtmltopdf puts everything between the first and the last
     * run of a block's own text into one inline box per line, and tags that box and each element
     * in it as a {@code Span} of the structure tree: with the line feeds in the block's text, every
     * address line was three structure elements (a wrapper, its label, its link) and an empty
     * marked-content sequence instead of its link alone (ADR 0189).
     */
    private void appendDetails(Element item, EvidenceLink link, boolean withAccess) {
        Element details = new Element("div").addClass("details");
        String byline = joinNonBlank(" \u00B7 ", link.outlet(), link.author(), link.published());
        if (!byline.isEmpty()) {
            line(details, drawable.clean(byline));
        }
        url(details, "URL", link.url());
        url(details, "Archived", link.archivedUrl());
        String access = withAccess ? joinNonBlank(" \u00B7 ",
                link.accessed().isBlank() ? "" : "Accessed " + link.accessed(),
                link.locator().isBlank() ? "" : "Locator: " + link.locator()) : "";
        if (!access.isEmpty()) {
            line(details, drawable.clean(access));
        }
        if (details.childNodeSize() > 0) {
            item.appendChild(details);
        }
    }

    /**
     * A line of plain text: the block's own text while no element is in the block, else a span
     * that begins with the line feed (see {@link #appendDetails}). A line feed inside user text
     * would start a line, so it is a space there, as it was drawn before.
     */
    private static void line(Element details, String text) {
        String line = oneLine(text);
        if (details.childrenSize() == 0) {
            // One text node, one run to lay out.
            if (details.childNodeSize() > 0 && details.childNode(0) instanceof TextNode byline) {
                byline.text(byline.getWholeText() + "\n" + line);
            } else {
                details.appendText(line);
            }
        } else {
            details.appendElement("span").text("\n" + line);
        }
    }

    /** The text a line element starts with: a line feed unless it is the block's first line. */
    private static String lineStart(Element details, String text) {
        return details.childNodeSize() > 0 ? "\n" + text : text;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    /** The Sources section: each source once, in order of first use, with the claims it bears on. */
    void appendSources(Element section, List<ReportClaim> claims) {
        Map<String, List<Use>> usesBySource = new LinkedHashMap<>();
        Map<String, EvidenceLink> firstLink = new LinkedHashMap<>();
        for (ReportClaim claim : claims) {
            for (EvidenceLink link : claim.evidence()) {
                firstLink.putIfAbsent(link.sourceKey(), link);
                usesBySource.computeIfAbsent(link.sourceKey(), k -> new ArrayList<>()).add(new Use(claim, link));
            }
        }
        if (firstLink.isEmpty()) {
            section.appendElement("p").addClass("empty").text("No evidence is linked to the claims in this report.");
            return;
        }
        Element list = section.appendElement("ol").addClass("sources");
        for (Map.Entry<String, EvidenceLink> entry : firstLink.entrySet()) {
            EvidenceLink link = entry.getValue();
            Element item = list.appendElement("li").addClass("source");
            item.appendElement("div").addClass("evidence-title")
                    .text(drawable.clean(link.title().isBlank() ? "(untitled source)" : link.title()));
            appendDetails(item, link, false);
            Element usedBy = item.appendElement("div").addClass("used-by");
            for (EvidenceLink.Stance stance : EvidenceLink.Stance.values()) {
                List<ReportClaim> claimsWithStance = usesBySource.get(entry.getKey()).stream()
                        .filter(use -> use.link().stance() == stance).map(Use::claim).distinct().toList();
                if (claimsWithStance.isEmpty()) {
                    continue;
                }
                if (!usedBy.children().isEmpty()) {
                    usedBy.appendText(" "); // so copied text reads "Supports [1] Refutes [2]"
                }
                Element group = usedBy.appendElement("span").addClass("use");
                group.appendElement("span").addClass("stance")
                        .addClass("stance-" + stance.name().toLowerCase(Locale.ROOT)).text(stance.label());
                for (ReportClaim claim : claimsWithStance) {
                    group.appendText(" ");
                    group.appendElement("a").attr("href", "#claim-" + claim.number())
                            .attr("title", "Go to claim " + claim.number()).text("[" + claim.number() + "]");
                }
            }
        }
    }

    private record Use(ReportClaim claim, EvidenceLink link) {
    }

    void badge(Element parent, String label, String colourHex) {
        String colour = Colours.safe(colourHex);
        parent.appendElement("span").addClass("badge")
                .attr("style", "background-color: " + colour + "; color: " + Colours.textOn(colour) + ";")
                .text(drawable.clean(label));
    }

    private void labelled(Element parent, String cssClass, String label, String value) {
        Element block = Scripts.directed(parent.appendElement("div").addClass(cssClass), value);
        block.appendElement("span").addClass("label").text(label + " ");
        block.appendText(drawable.clean(value));
    }

    private void url(Element details, String label, String url) {
        if (url.isBlank()) {
            return;
        }
        details.appendElement("span").addClass("label").text(lineStart(details, label + " "));
        String clean = oneLine(drawable.clean(url.strip()));
        // Only http(s) and mailto become clickable, and only when the address goes where it seems
        // to: the same check as the app's Open page (ADR 0132). Anything else is printed as text,
        // in the text's colour rather than the block's grey.
        if (clickable.computeIfAbsent(url, DeceptiveLinks::isClickable)) {
            details.appendElement("a").attr("href", url.strip()).attr("title", plainTitle(url.strip())).text(clean);
        } else {
            details.appendElement("span").addClass("url-text").text(clean);
            DeceptiveLinks.warning(url).ifPresent(warning -> details.appendElement("span").addClass("url-warning")
                    .text("\n" + oneLine(drawable.clean("Not a link: " + warning))));
        }
    }

    /** A link's description in the tagged PDF: where it goes, without characters XML cannot carry. */
    private static String plainTitle(String url) {
        return "Link to " + url.replaceAll("\\p{Cc}", "");
    }

    static String joinNonBlank(String separator, String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (out.length() > 0) {
                    out.append(separator);
                }
                out.append(part.strip());
            }
        }
        return out.toString();
    }
}
