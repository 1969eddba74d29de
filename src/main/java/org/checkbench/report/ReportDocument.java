package org.checkbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Builds the report as an HTML tree. All user text goes in through jsoup's text nodes (escaped by
 * construction) after {@link DrawableText#clean}; nothing is concatenated into markup.
 */
final class ReportDocument {

    private static final String CSS = readCss();
    private static final int BOOKMARK_QUOTE_LENGTH = 60;

    private final CheckReport report;
    private final ReportOptions options;
    private final DrawableText drawable;
    private final ClaimSections claimSections;

    ReportDocument(CheckReport report, ReportOptions options, ReportFonts fonts) {
        this.report = report;
        this.options = options;
        this.drawable = new DrawableText(fonts);
        this.claimSections = new ClaimSections(drawable);
    }

    /** The claims the options let through, in report order. */
    List<ReportClaim> shownClaims() {
        return report.claims().stream().filter(options::includes).toList();
    }

    /** Characters that had to be replaced; complete once {@link #build()} has run. */
    List<MissingGlyph> missingGlyphs() {
        return drawable.missingGlyphs();
    }

    Document build() {
        Document doc = Document.createShell("");
        // The report's own words are English; the article's paragraphs carry its language (PDF/UA).
        doc.selectFirst("html").attr("lang", "en");
        List<ReportClaim> claims = report.claims().stream().filter(options::includes).toList();
        String title = report.article().title().isBlank() ? "Untitled article" : report.article().title();

        Element head = doc.head();
        head.appendElement("title").text(plain("Check report: " + title));
        meta(head, "author", plain(checkerName()));
        meta(head, "subject", plain(ClaimSections.joinNonBlank(" \u2014 ", "Fact-check of \u201C" + title + "\u201D",
                report.article().outlet())));
        meta(head, "keywords", "fact-check, check report, Checkbench");
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
        appendBookmarks(head, claims);

        Element body = doc.body();
        body.appendElement("div").addClass("running-header").text(drawable.clean(title));
        Element cover = body.appendElement("section").addClass("cover").attr("id", "cover");
        if (options.includeArticleText()) {
            Element article = body.appendElement("section").addClass("article").attr("id", "article");
            article.appendElement("h2").text("The article");
            new ArticleSection(drawable, report.signOff().language()).appendTo(article, report.articleText(), claims);
        }
        Element claimsSection = body.appendElement("section").addClass("claims").attr("id", "claims");
        claimsSection.appendElement("h2").text("Claims");
        if (claims.isEmpty()) {
            claimsSection.appendElement("p").addClass("empty").text("No claims match the statuses chosen for this report.");
        }
        for (ReportClaim claim : claims) {
            claimSections.appendClaim(claimsSection, claim, report.articleText());
        }
        Element sources = body.appendElement("section").addClass("sources-section").attr("id", "sources");
        sources.appendElement("h2").text("Sources");
        claimSections.appendSources(sources, claims);

        // Last, so the warning on the cover lists what every other section had to replace.
        appendCover(cover, title, claims);
        return doc;
    }

    private String checkerName() {
        return options.checkerName().isBlank() ? report.checkerName() : options.checkerName();
    }

    private void appendCover(Element cover, String title, List<ReportClaim> shown) {
        new CoverPage(report, options, drawable, claimSections).appendTo(cover, title, checkerName(), shown);
        List<MissingGlyph> missing = drawable.missingGlyphs();
        if (!missing.isEmpty()) {
            Element warning = cover.appendElement("div").addClass("glyph-warning");
            warning.appendElement("div").addClass("label").text("Characters that could not be drawn");
            warning.appendElement("p").text("The report's fonts have no glyph for these characters; each is shown as "
                    + DrawableText.REPLACEMENT + " in this report:");
            Element list = warning.appendElement("ul");
            for (MissingGlyph glyph : missing.subList(0, Math.min(MissingGlyphs.LISTED, missing.size()))) {
                list.appendElement("li").text(glyph.describe());
            }
            if (!MissingGlyphs.more(missing).isEmpty()) {
                list.appendElement("li").text(MissingGlyphs.more(missing));
            }
        }
    }

    /** openhtmltopdf turns a {@code <bookmarks>} element in the head into the PDF outline. */
    private void appendBookmarks(Element head, List<ReportClaim> claims) {
        Element bookmarks = head.appendElement("bookmarks");
        bookmark(bookmarks, "Summary", "#cover");
        if (options.includeArticleText()) {
            bookmark(bookmarks, "The article", "#article");
        }
        Element claimsMark = bookmark(bookmarks, "Claims", "#claims");
        for (ReportClaim claim : claims) {
            String quote = claim.quote().strip();
            if (quote.length() > BOOKMARK_QUOTE_LENGTH) {
                quote = quote.substring(0, BOOKMARK_QUOTE_LENGTH).strip() + "\u2026";
            }
            bookmark(claimsMark, plain("[" + claim.number() + "] " + claim.statusLabel() + ": " + quote),
                    "#claim-" + claim.number());
        }
        bookmark(bookmarks, "Sources", "#sources");
    }

    private static Element bookmark(Element parent, String name, String href) {
        return parent.appendElement("bookmark").attr("name", name).attr("href", href);
    }

    private static void meta(Element head, String name, String content) {
        head.appendElement("meta").attr("name", name).attr("content", content);
    }

    /**
     * Text for places a PDF viewer draws with its own fonts (outline, document properties): only
     * characters XML cannot carry are removed.
     */
    private static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.SURROGATE) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static String readCss() {
        try (InputStream in = ReportDocument.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the application; reinstall Checkbench.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
