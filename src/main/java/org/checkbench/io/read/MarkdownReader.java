package org.checkbench.io.read;

import java.util.List;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

import org.checkbench.io.DocumentBuilder;
import org.checkbench.io.DocumentFormat;
import org.checkbench.io.ReadDocument;
import org.checkbench.io.TextBlock;

/**
 * Reads Markdown with commonmark-java: the text without its markup. Headings, paragraphs, list
 * items (with "•" or their number), block quotes and code blocks become paragraphs; emphasis is
 * kept as formatting; raw HTML shows its text only (ADR 0073).
 */
public final class MarkdownReader {

    private final DocumentBuilder out = new DocumentBuilder();

    private MarkdownReader() {
    }

    /** {@code markdown} is already decoded (plain-text decoding is the text reader's job). */
    public static ReadDocument read(String markdown) {
        MarkdownReader reader = new MarkdownReader();
        Node document = Parser.builder().build().parse(markdown);
        reader.blocks(document, 0);
        return reader.out.build(DocumentFormat.MARKDOWN, List.of(), reader.title(document), null, null);
    }

    private String title(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                StringBuilder text = new StringBuilder();
                plainText(heading, text);
                return text.toString().strip();
            }
        }
        return null;
    }

    private static void plainText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code c) {
                text.append(c.getLiteral());
            } else {
                plainText(child, text);
            }
        }
    }

    private void blocks(Node parent, int listDepth) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(node, listDepth, false);
        }
    }

    private void block(Node node, int listDepth, boolean quoted) {
        if (node instanceof Heading heading) {
            out.paragraph(TextBlock.Kind.HEADING, heading.getLevel(), null);
            inline(heading, false, false);
            out.end();
        } else if (node instanceof Paragraph) {
            out.paragraph(quoted ? TextBlock.Kind.QUOTE : TextBlock.Kind.PARAGRAPH, 0, null);
            inline(node, false, false);
            out.end();
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            int number = node instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                    ? ordered.getMarkerStartNumber() : 1;
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    String marker = node instanceof OrderedList ? number++ + "." : listDepth % 2 == 0 ? "•" : "◦";
                    listItem(item, marker, listDepth);
                }
            }
        } else if (node instanceof BlockQuote) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, listDepth, true);
            }
        } else if (node instanceof FencedCodeBlock fenced) {
            preformatted(fenced.getLiteral());
        } else if (node instanceof IndentedCodeBlock indented) {
            preformatted(indented.getLiteral());
        } else if (node instanceof HtmlBlock html) {
            String text = Jsoup.parse(html.getLiteral()).text();
            if (!text.isBlank()) {
                out.paragraph(TextBlock.Kind.PARAGRAPH, 0, null).text(text).end();
            }
        } else if (node instanceof ThematicBreak) {
            out.end();
        } else {
            blocks(node, listDepth);
        }
    }

    private void listItem(Node item, String marker, int depth) {
        out.paragraph(TextBlock.Kind.LIST_ITEM, depth, null).text(marker + " ");
        boolean first = true;
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (first && child instanceof Paragraph) {
                inline(child, false, false);
                out.end();
            } else if (child instanceof BulletList || child instanceof OrderedList) {
                out.end();
                block(child, depth + 1, false);
            } else {
                out.end();
                block(child, depth, false);
            }
            first = false;
        }
        out.end();
    }

    private void preformatted(String literal) {
        String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        out.paragraph(TextBlock.Kind.PREFORMATTED, 0, null).text(body.replace('\n', '\u000b')).end();
    }

    private void inline(Node parent, boolean bold, boolean italic) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                out.text(text.getLiteral(), bold, italic, false);
            } else if (node instanceof Code code) {
                out.text(code.getLiteral(), bold, italic, false);
            } else if (node instanceof Emphasis) {
                inline(node, bold, true);
            } else if (node instanceof StrongEmphasis) {
                inline(node, true, italic);
            } else if (node instanceof SoftLineBreak) {
                out.text(" ");
            } else if (node instanceof HardLineBreak) {
                out.lineBreak();
            } else if (node instanceof Image) {
                continue; // a picture's alt text is not the article's text
            } else {
                inline(node, bold, italic); // links, inline HTML's children
            }
        }
    }
}
