package org.checkbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.checkbench.model.text.DeceptiveLinks;
import org.jsoup.nodes.Element;

/** One section per claim, then the Sources section listing every evidence entry once. */
final class ClaimSections {

    private final DrawableText drawable;

    ClaimSections(DrawableText drawable) {
        this.drawable = drawable;
    }

    void appendClaim(Element parent, ReportClaim claim, String articleText) {
        Element box = parent.appendElement("div").addClass("claim").attr("id", "claim-" + claim.number());
        // Head and quote travel to the next page together (see .claim-top in report.css).
        Element top = box.appendElement("div").addClass("claim-top");
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

        top.appendElement("blockquote").addClass("quote").text(drawable.clean("\u201C" + claim.quote() + "\u201D"));

        if (!claim.note().isBlank()) {
            labelled(box, "note", "Note", claim.note());
        }
        if (claim.hasCorrection()) {
            Element correction = box.appendElement("div").addClass("correction");
            correction.appendElement("div").addClass("label").text("Suggested correction");
            Element line = correction.appendElement("div").addClass("correction-line");
            String before = claim.correctionBefore().isBlank() ? claim.quote() : claim.correctionBefore();
            line.appendElement("span").addClass("before").text(drawable.clean(before));
            line.appendElement("span").addClass("arrow").text(" \u2192 ");
            line.appendElement("span").addClass("after").text(drawable.clean(claim.correctionAfter()));
        }

        Element evidence = box.appendElement("div").addClass("evidence-list");
        evidence.appendElement("div").addClass("label").text(claim.evidence().isEmpty()
                ? "No evidence linked" : "Evidence (" + claim.evidence().size() + ")");
        for (EvidenceLink link : claim.evidence()) {
            appendEvidence(evidence, link);
        }
    }

    private void appendEvidence(Element parent, EvidenceLink link) {
        Element item = parent.appendElement("div").addClass("evidence");
        Element first = item.appendElement("div").addClass("evidence-head");
        first.appendElement("span").addClass("stance")
                .addClass("stance-" + link.stance().name().toLowerCase(Locale.ROOT))
                .text(link.stance().label());
        first.appendElement("span").addClass("evidence-title")
                .text(drawable.clean(link.title().isBlank() ? "(untitled source)" : link.title()));
        appendBylineAndAddresses(item, link);
        String access = joinNonBlank(" \u00B7 ",
                link.accessed().isBlank() ? "" : "Accessed " + link.accessed(),
                link.locator().isBlank() ? "" : "Locator: " + link.locator());
        if (!access.isEmpty()) {
            item.appendElement("div").addClass("access").text(drawable.clean(access));
        }
        if (!link.excerpt().isBlank()) {
            item.appendElement("blockquote").addClass("excerpt").text(drawable.clean(link.excerpt()));
        }
        if (!link.linkNote().isBlank()) {
            labelled(item, "link-note", "Note", link.linkNote());
        }
    }

    /** Outlet, author and date on one line, then the live and archived addresses. */
    private void appendBylineAndAddresses(Element item, EvidenceLink link) {
        String byline = joinNonBlank(" \u00B7 ", link.outlet(), link.author(), link.published());
        if (!byline.isEmpty()) {
            item.appendElement("div").addClass("byline").text(drawable.clean(byline));
        }
        url(item, "URL", link.url());
        url(item, "Archived", link.archivedUrl());
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
            appendBylineAndAddresses(item, link);
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
                    group.appendElement("a").attr("href", "#claim-" + claim.number()).text("[" + claim.number() + "]");
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
        Element block = parent.appendElement("div").addClass(cssClass);
        block.appendElement("span").addClass("label").text(label + " ");
        block.appendText(drawable.clean(value));
    }

    private void url(Element parent, String label, String url) {
        if (url.isBlank()) {
            return;
        }
        Element line = parent.appendElement("div").addClass("url");
        line.appendElement("span").addClass("label").text(label + " ");
        String clean = drawable.clean(url.strip());
        // Only http(s) and mailto become clickable, and only when the address goes where it seems
        // to: the same check as the app's Open page (ADR 0132). Anything else is printed as text.
        if (DeceptiveLinks.isClickable(url)) {
            line.appendElement("a").attr("href", url.strip()).text(clean);
        } else {
            line.appendText(clean);
            DeceptiveLinks.warning(url).ifPresent(warning -> parent.appendElement("div").addClass("url-warning")
                    .text(drawable.clean("Not a link: " + warning)));
        }
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
