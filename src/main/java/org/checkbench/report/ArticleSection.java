package org.checkbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.jsoup.nodes.Element;

/**
 * The article text with every located claim highlighted in its status colour and a numbered
 * marker where it starts.
 *
 * <p>Overlapping claims: the text is cut at every claim boundary and at every line break; each
 * piece is coloured after the innermost claim covering it (the one that started last), and a piece
 * covered by more than one claim gets a second, dotted underline so the overlap stays visible.
 */
final class ArticleSection {

    private final DrawableText drawable;
    private final String language;

    /** @param language BCP 47 tag of the article's language, blank when unknown */
    ArticleSection(DrawableText drawable, String language) {
        this.drawable = drawable;
        this.language = language;
    }

    /** Claims whose range does not fit the text, or that are orphaned, are not highlighted. */
    static boolean isLocated(ReportClaim claim, String text) {
        return !claim.orphaned() && claim.start() >= 0 && claim.start() < claim.end()
                && claim.end() <= text.length();
    }

    void appendTo(Element section, String text, List<ReportClaim> claims) {
        List<ReportClaim> located = new ArrayList<>();
        for (ReportClaim claim : claims) {
            if (isLocated(claim, text)) {
                located.add(startingAfterLineBreaks(claim, text));
            }
        }
        located.sort(Comparator.comparingInt(ReportClaim::start).thenComparingInt(ReportClaim::number));

        TreeSet<Integer> cuts = new TreeSet<>();
        for (ReportClaim claim : located) {
            cuts.add(claim.start());
            cuts.add(claim.end());
        }

        int paragraphStart = 0;
        while (paragraphStart <= text.length()) {
            int newline = text.indexOf('\n', paragraphStart);
            int paragraphEnd = newline < 0 ? text.length() : newline;
            appendParagraph(section, text, paragraphStart, paragraphEnd, cuts, located);
            if (newline < 0) {
                break;
            }
            paragraphStart = newline + 1;
        }
    }

    /**
     * A selection that starts on a line break would put its marker nowhere (line breaks become
     * paragraph boundaries), so its highlight starts at the next line instead.
     */
    private static ReportClaim startingAfterLineBreaks(ReportClaim claim, String text) {
        int start = claim.start();
        while (start < claim.end() - 1 && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        if (start == claim.start()) {
            return claim;
        }
        return claim.withRange(start, claim.end());
    }

    private void appendParagraph(Element section, String text, int from, int to, TreeSet<Integer> cuts,
            List<ReportClaim> located) {
        if (text.substring(from, to).isBlank() && noClaimStartsIn(from, to, located)) {
            return;
        }
        Element paragraph = Scripts.directed(section.appendElement("p").addClass("article-paragraph"),
                text.substring(from, to));
        if (!language.isBlank()) {
            paragraph.attr("lang", language);
        }
        int pieceStart = from;
        while (pieceStart < to) {
            Integer nextCut = cuts.higher(pieceStart);
            int pieceEnd = nextCut == null ? to : Math.min(nextCut, to);
            appendMarkersStartingAt(paragraph, pieceStart, located);
            appendPiece(paragraph, text.substring(pieceStart, pieceEnd).replace("\r", ""),
                    covering(pieceStart, pieceEnd, located));
            pieceStart = pieceEnd;
        }
    }

    private static boolean noClaimStartsIn(int from, int to, List<ReportClaim> located) {
        return located.stream().noneMatch(c -> c.start() >= from && c.start() < to);
    }

    private void appendMarkersStartingAt(Element paragraph, int position, List<ReportClaim> located) {
        for (ReportClaim claim : located) {
            if (claim.start() == position) {
                String colour = Colours.safe(claim.statusColourHex());
                paragraph.appendElement("a")
                        .addClass("marker")
                        .attr("href", "#claim-" + claim.number())
                        .attr("title", "Go to claim " + claim.number())
                        .attr("style", "background-color: " + colour + "; color: " + Colours.textOn(colour) + ";")
                        .text(Integer.toString(claim.number()));
            } else if (claim.start() > position) {
                return; // sorted by start
            }
        }
    }

    private void appendPiece(Element paragraph, String piece, List<ReportClaim> covering) {
        String clean = drawable.clean(piece);
        if (covering.isEmpty()) {
            paragraph.appendText(clean);
            return;
        }
        ReportClaim innermost = covering.get(covering.size() - 1);
        String colour = Colours.safe(innermost.statusColourHex());
        Element span = paragraph.appendElement("span")
                .addClass("highlight")
                .attr("style", "background-color: " + Colours.tint(colour, 0.28)
                        + "; border-bottom: 1.5pt solid " + colour + ";");
        if (covering.size() > 1) {
            span.addClass("overlap");
        }
        span.text(clean);
    }

    /** Claims covering the piece, ordered so the innermost (latest start, then shortest) is last. */
    private static List<ReportClaim> covering(int from, int to, List<ReportClaim> located) {
        List<ReportClaim> result = new ArrayList<>();
        for (ReportClaim claim : located) {
            if (claim.start() >= to) {
                break;
            }
            if (claim.start() <= from && claim.end() >= to) {
                result.add(claim);
            }
        }
        result.sort(Comparator.comparingInt(ReportClaim::start)
                .thenComparing(Comparator.comparingInt(ReportClaim::end).reversed()));
        return result;
    }
}
