package org.checkbench.io.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import org.checkbench.io.DocumentBuilder;
import org.checkbench.io.TextBlock;

/**
 * Turns an HTML element tree (a web page, or HTML pasted from the clipboard) into
 * paragraphs: headings, paragraphs, list items with their bullet or number, block quotes, table
 * cells; {@code <br>} becomes a line break. Scripts, styles, forms, navigation and anything that
 * looks like an advertisement, a share bar or a comment section are skipped. Only reads the tree:
 * nothing is fetched or run.
 */
final class HtmlBlocks {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "nav", "aside", "form", "button", "select", "input", "textarea", "label",
            "dialog", "menu", "del", "head", "title", "meta", "link", "video", "audio", "picture", "img", "map");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "thead", "tbody",
            "tfoot", "caption", "figure", "figcaption", "address", "center", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
            "body", "html");

    /** Class or id words of page furniture that is not the article. Whole words only: "shadow" is not "ad". */
    static final Pattern NOISE = Pattern.compile("(?i)(^|[\\s_-])(ad|ads|adv|advert|advertisement|adslot|dfp|gpt"
            + "|sponsor|sponsored|promo|promoted|newsletter|subscribe|subscription|paywall|related|recommended"
            + "|share|sharing|social|comment|comments|cookie|cookies|consent|banner|outbrain|taboola|popup|modal"
            + "|breadcrumb|breadcrumbs|sidebar|footer|masthead|navigation|nav|menu|skip-link|print-only)($|[\\s_-])");

    private final DocumentBuilder out;
    private final boolean dropNoise;

    HtmlBlocks(DocumentBuilder out, boolean dropNoise) {
        this.out = out;
        this.dropNoise = dropNoise;
    }

    /** True for elements that are page furniture by their class, id or role. */
    static boolean isNoise(Element element) {
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("complementary")
                || role.equals("contentinfo") || role.equals("search") || role.equals("dialog")) {
            return true;
        }
        if (element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")) {
            return true;
        }
        String style = element.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        if (style.contains("display:none") || style.contains("visibility:hidden")) {
            return true;
        }
        return NOISE.matcher(element.className()).find() || NOISE.matcher(element.id()).find();
    }

    void walk(Element root) {
        children(root, false, false, false);
        out.end();
    }

    private void children(Element parent, boolean bold, boolean italic, boolean underline) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode textNode) {
                String text = collapse(textNode.getWholeText(), isInside(parent, "pre"));
                if (!text.isBlank() || out.isOpen()) {
                    out.text(text, bold, italic, underline);
                }
            } else if (child instanceof Element element) {
                element(element, bold, italic, underline);
            }
        }
    }

    private void element(Element element, boolean bold, boolean italic, boolean underline) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag) || dropNoise && isNoise(element)) {
            return;
        }
        if (tag.equals("br")) {
            out.lineBreak();
            return;
        }
        boolean b = bold || tag.equals("b") || tag.equals("strong");
        boolean i = italic || tag.equals("i") || tag.equals("em") || tag.equals("cite");
        boolean u = underline || tag.equals("u") || tag.equals("ins");
        if (!BLOCKS.contains(tag)) {
            children(element, b, i, u);
            return;
        }
        if (HEADINGS.contains(tag)) {
            out.paragraph(TextBlock.Kind.HEADING, tag.charAt(1) - '0', null);
            children(element, b, i, u);
            out.end();
        } else if (tag.equals("li")) {
            out.paragraph(TextBlock.Kind.LIST_ITEM, listDepth(element), null);
            out.text(listMarker(element) + " ");
            listItem(element, b, i, u);
            out.end();
        } else if (tag.equals("td") || tag.equals("th")) {
            out.paragraph(TextBlock.Kind.TABLE_CELL, 0, null);
            children(element, b, i, u);
            out.end();
        } else if (tag.equals("blockquote")) {
            out.paragraph(TextBlock.Kind.QUOTE, 0, null);
            children(element, b, i, u);
            out.end();
        } else if (tag.equals("pre")) {
            out.paragraph(TextBlock.Kind.PREFORMATTED, 0, null);
            children(element, b, i, u);
            out.end();
        } else if (tag.equals("hr")) {
            out.end();
        } else {
            // p, div and other containers: a paragraph boundary on either side.
            TextBlock.Kind kind = isInside(element, "blockquote") ? TextBlock.Kind.QUOTE : TextBlock.Kind.PARAGRAPH;
            out.paragraph(kind, 0, null);
            children(element, b, i, u);
            out.end();
        }
    }

    /**
     * A list item's content: its first paragraph (Tika and some editors wrap it in {@code <p>})
     * continues the line with the bullet; further blocks and nested lists become their own paragraphs.
     */
    private void listItem(Element li, boolean bold, boolean italic, boolean underline) {
        boolean first = true;
        for (Node child : li.childNodes()) {
            if (child instanceof Element element && first && (element.normalName().equals("p")
                    || element.normalName().equals("div")) && !(dropNoise && isNoise(element))) {
                children(element, bold, italic, underline);
                first = false;
                continue;
            }
            if (child instanceof Element element && BLOCKS.contains(element.normalName())) {
                first = false;
                element(element, bold, italic, underline);
            } else if (child instanceof TextNode textNode) {
                String text = collapse(textNode.getWholeText(), false);
                if (!text.isBlank() || out.isOpen()) {
                    out.text(text, bold, italic, underline);
                }
                if (!text.isBlank()) {
                    first = false;
                }
            } else if (child instanceof Element element) {
                element(element, bold, italic, underline);
                first = false;
            }
        }
    }

    private static String listMarker(Element li) {
        Element list = li.parent();
        if (list == null || !list.normalName().equals("ol")) {
            return listDepth(li) % 2 == 0 ? "•" : "◦";
        }
        int number = DocxReader.parseInt(list.attr("start"), 1);
        for (Element sibling : list.children()) {
            if (sibling == li) {
                break;
            }
            if (sibling.normalName().equals("li")) {
                number++;
            }
        }
        String type = list.attr("type");
        String formatted = switch (type) {
            case "a" -> Numbering.format(number, "lowerLetter");
            case "A" -> Numbering.format(number, "upperLetter");
            case "i" -> Numbering.format(number, "lowerRoman");
            case "I" -> Numbering.format(number, "upperRoman");
            default -> Integer.toString(number);
        };
        return formatted + ".";
    }

    private static int listDepth(Element li) {
        int depth = -1;
        for (Element e = li; e != null; e = e.parent()) {
            if (e.normalName().equals("ul") || e.normalName().equals("ol")) {
                depth++;
            }
        }
        return Math.max(0, depth);
    }

    private static boolean isInside(Element element, String tag) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** HTML white space: runs become one space, except in {@code <pre>}, where lines stay lines. */
    private static String collapse(String text, boolean preformatted) {
        if (preformatted) {
            return text.replace("\r\n", "\n").replace('\n', '\u000b');
        }
        return text.replaceAll("[ \\t\\n\\r\\f]+", " ");
    }
}
