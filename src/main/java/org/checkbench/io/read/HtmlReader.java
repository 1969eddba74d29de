package org.checkbench.io.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.checkbench.io.DocumentBuilder;
import org.checkbench.io.DocumentFormat;
import org.checkbench.io.DocumentReadException;
import org.checkbench.io.ReadDocument;
import org.checkbench.io.TextBlock;

/**
 * Reads a CMS preview or a saved web page with jsoup: the headline, byline and dateline first, then
 * the article's body paragraphs, without navigation, scripts, styles, comments and advertisements.
 * jsoup only parses: no script runs and nothing (pictures, styles, frames) is fetched.
 */
public final class HtmlReader {

    private HtmlReader() {
    }

    /** Reads bytes, decoded by the page's BOM or {@code <meta charset>} (UTF-8 when it names none). */
    public static ReadDocument read(byte[] bytes, String fileName) {
        try {
            return read(Jsoup.parse(new ByteArrayInputStream(bytes), null, ""));
        } catch (IOException e) {
            throw new DocumentReadException(DocumentReadException.Reason.CORRUPT,
                    fileName + " could not be read as a web page (" + DocumentReadException.reasonOf(e) + ").", e);
        }
    }

    /** Reads HTML already decoded (pasted from the clipboard). */
    public static ReadDocument readString(String html) {
        return read(Jsoup.parse(html));
    }

    private static ReadDocument read(Document page) {
        Element root = articleRoot(page);
        String headline = headline(page, root);
        Element bylineElement = first(page, "[itemprop=author], [rel=author], .byline, .author, .article-author,"
                + " .c-byline, address.author");
        String byline = metaOr(page, "meta[name=author], meta[property=article:author]", bylineElement);
        Element dateElement = first(page, "time[datetime], [itemprop=datePublished], .dateline, .date, .published,"
                + " .timestamp");
        String dateline = metaOr(page, "meta[property=article:published_time], meta[name=date],"
                + " meta[itemprop=datePublished]", dateElement);

        DocumentBuilder out = new DocumentBuilder();
        Element rootHeading = root.selectFirst("h1");
        if (headline != null && (rootHeading == null || !rootHeading.text().strip().equals(headline))) {
            out.paragraph(TextBlock.Kind.HEADING, 1, null).text(headline).end();
        }
        if (bylineElement == null || !isInside(bylineElement, root)) {
            if (byline != null) {
                out.paragraph(TextBlock.Kind.PARAGRAPH, 0, null).text(byline.toLowerCase().startsWith("by ")
                        ? byline : "By " + byline).end();
            }
        }
        if (dateElement == null || !isInside(dateElement, root)) {
            if (dateline != null) {
                out.paragraph(TextBlock.Kind.PARAGRAPH, 0, null).text(dateline).end();
            }
        }
        new HtmlBlocks(out, true).walk(root);
        return out.build(DocumentFormat.HTML, List.of(), headline, byline, dateline);
    }

    /**
     * The element holding the article: the marked article body, else the {@code <article>} (or
     * {@code <main>}) with the most text, else the page's body.
     */
    static Element articleRoot(Document page) {
        Element marked = page.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        Element best = null;
        for (Element candidate : page.select("article, main, [role=main], #content, .article-body, .story-body,"
                + " .entry-content, .post-content")) {
            if (HtmlBlocks.isNoise(candidate)) {
                continue;
            }
            if (best == null || paragraphText(candidate) > paragraphText(best)) {
                best = candidate;
            }
        }
        if (best != null && paragraphText(best) > 0) {
            return best;
        }
        return page.body() != null ? page.body() : page;
    }

    private static int paragraphText(Element element) {
        int length = 0;
        for (Element p : element.select("p")) {
            length += p.text().length();
        }
        return length;
    }

    private static String headline(Document page, Element root) {
        Element heading = root.selectFirst("h1");
        if (heading == null) {
            heading = page.selectFirst("h1");
        }
        if (heading != null && !heading.text().isBlank()) {
            return heading.text().strip();
        }
        String og = attr(page.selectFirst("meta[property=og:title]"));
        if (og != null) {
            return og;
        }
        return page.title().isBlank() ? null : page.title().strip();
    }

    private static Element first(Document page, String query) {
        List<Element> found = new ArrayList<>();
        for (Element element : page.select(query)) {
            if (!element.text().isBlank() || element.hasAttr("datetime")) {
                found.add(element);
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static String metaOr(Document page, String metaQuery, Element element) {
        if (element != null && !element.text().isBlank()) {
            return element.text().strip();
        }
        Elements metas = page.select(metaQuery);
        for (Element meta : metas) {
            String value = attr(meta);
            if (value != null) {
                return value;
            }
        }
        return element != null && element.hasAttr("datetime") ? element.attr("datetime") : null;
    }

    private static String attr(Element meta) {
        if (meta == null) {
            return null;
        }
        String content = meta.attr("content");
        return content.isBlank() ? null : content.strip();
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }
}
