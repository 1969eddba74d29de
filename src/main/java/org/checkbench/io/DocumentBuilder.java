package org.checkbench.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a document's paragraphs as the readers walk it: text, kind and character formatting.
 * Paragraphs are separated by a blank line, as in the plain-text articles Checkbench has always
 * read; consecutive list items by a single line break. Empty paragraphs are dropped; runs of
 * spaces and tabs inside a paragraph are kept as the source had them, except at its ends.
 */
public final class DocumentBuilder {

    /** Refuse documents whose text alone is beyond any article (the same limit as plain text files). */
    public static final int MAX_TEXT_CHARS = 10 * 1024 * 1024;

    private final StringBuilder text = new StringBuilder();
    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private final List<TextBlock.InlineStyle> paragraphStyles = new ArrayList<>();
    private TextBlock.Kind kind;
    private int level;
    private String styleId;
    private boolean open;

    /** Starts a paragraph; {@link #end()} closes it. Starting one while another is open closes that first. */
    public DocumentBuilder paragraph(TextBlock.Kind newKind, int newLevel, String newStyleId) {
        if (open) {
            end();
        }
        open = true;
        kind = newKind;
        level = newLevel;
        styleId = newStyleId;
        return this;
    }

    public boolean isOpen() {
        return open;
    }

    /** Appends plain text to the open paragraph (opens a plain one if none is). */
    public DocumentBuilder text(String run) {
        return text(run, false, false, false);
    }

    /** Appends text with its formatting. Line breaks inside become spaces unless {@link #lineBreak()} is used. */
    public DocumentBuilder text(String run, boolean bold, boolean italic, boolean underline) {
        if (run == null || run.isEmpty()) {
            return this;
        }
        if (!open) {
            paragraph(TextBlock.Kind.PARAGRAPH, 0, null);
        }
        String clean = run.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\u000b', '\n')
                .replace("\u00ad", "");
        int start = paragraph.length();
        paragraph.append(clean);
        if (bold || italic || underline) {
            paragraphStyles.add(new TextBlock.InlineStyle(start, paragraph.length(), bold, italic, underline));
        }
        if (text.length() + paragraph.length() > MAX_TEXT_CHARS) {
            throw new DocumentReadException(DocumentReadException.Reason.TOO_LARGE, "The document holds more than "
                    + MAX_TEXT_CHARS / (1024 * 1024) + " million characters of text, beyond any article."
                    + " Split it, or save only the part to check.");
        }
        return this;
    }

    /** A line break inside the paragraph ({@code <br>}, Word's Shift+Enter). */
    public DocumentBuilder lineBreak() {
        if (!open) {
            paragraph(TextBlock.Kind.PARAGRAPH, 0, null);
        }
        paragraph.append('\n');
        return this;
    }

    /** Closes the open paragraph; an empty one leaves no trace. */
    public DocumentBuilder end() {
        if (!open) {
            return this;
        }
        open = false;
        String content = paragraph.toString();
        int lead = 0;
        while (lead < content.length() && isBlank(content.charAt(lead))) {
            lead++;
        }
        int trail = content.length();
        while (trail > lead && isBlank(content.charAt(trail - 1))) {
            trail--;
        }
        if (trail > lead) {
            TextBlock previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (previous != null) {
                boolean tight = previous.kind() == TextBlock.Kind.LIST_ITEM && kind == TextBlock.Kind.LIST_ITEM;
                text.append(tight ? "\n" : "\n\n");
            }
            int base = text.length() - lead;
            text.append(content, lead, trail);
            List<TextBlock.InlineStyle> styles = new ArrayList<>();
            for (TextBlock.InlineStyle s : paragraphStyles) {
                int from = Math.max(s.start(), lead);
                int to = Math.min(s.end(), trail);
                if (to > from) {
                    styles.add(new TextBlock.InlineStyle(base + from, base + to, s.bold(), s.italic(), s.underline()));
                }
            }
            blocks.add(new TextBlock(base + lead, base + trail, kind, level, styleId, styles));
        }
        paragraph.setLength(0);
        paragraphStyles.clear();
        return this;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u00a0';
    }

    public boolean isEmpty() {
        return blocks.isEmpty() && paragraph.toString().isBlank();
    }

    public ReadDocument build(DocumentFormat format, List<String> notices, String title, String byline, String dateline) {
        end();
        return new ReadDocument(text.toString(), format, notices, blocks, title, byline, dateline);
    }
}
