package org.checkbench.io.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.xmlbeans.XmlCursor;

import org.checkbench.io.DocumentBuilder;
import org.checkbench.io.DocumentFormat;
import org.checkbench.io.DocumentReadException;
import org.checkbench.io.DocumentReadException.Reason;
import org.checkbench.io.ReadDocument;
import org.checkbench.io.TextBlock;

/**
 * Reads a Word document (.docx, also as written by Google Docs and LibreOffice) with Apache POI:
 * paragraphs, headings, lists with their numbers or bullets as text, tables (each cell's paragraphs
 * in order), text boxes, and footnotes and endnotes after the text, marked [1], [2] where they were
 * referenced. Tracked changes are read as accepted (insertions kept, deletions dropped) and
 * comments are left out; each gives a notice. POI parses the package and its XML; this class only
 * walks the WordprocessingML elements in document order, which POI's own text extractor does not
 * let us steer (it would keep deleted text).
 */
public final class DocxReader {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    static {
        // Zip-bomb guards on for every POI read: entries that inflate more than 100 times, or beyond
        // 200 MB, are refused before they are expanded.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    private DocumentBuilder out = new DocumentBuilder();
    private final Numbering numbering;
    private final XWPFDocument document;
    private final Map<String, Integer> noteNumbers = new LinkedHashMap<>();
    private final List<Runnable> pendingTextBoxes = new ArrayList<>();
    private int insertions;
    private int deletions;
    private int comments;
    private int commentReferences;
    private int textBoxes;

    private DocxReader(XWPFDocument document) {
        this.document = document;
        this.numbering = new Numbering(document.getNumbering());
    }

    public static ReadDocument read(byte[] bytes, String fileName) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new DocxReader(document).readAll();
        } catch (EncryptedDocumentException e) {
            throw new DocumentReadException(Reason.ENCRYPTED, fileName + " is protected by a password. Remove the"
                    + " password in Word, save, and import it again.", e);
        } catch (NotOfficeXmlFileException | IOException | org.apache.poi.ooxml.POIXMLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max")) {
                throw new DocumentReadException(Reason.TOO_LARGE, fileName + " expands to far more data than any"
                        + " article holds (it may be a \"zip bomb\"), so Checkbench did not open it.", e);
            }
            throw new DocumentReadException(Reason.CORRUPT, fileName + " is a damaged Word document ("
                    + DocumentReadException.reasonOf(e) + "). Open it in Word or LibreOffice, save it again as .docx, and import that.", e);
        } catch (DocumentReadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DocumentReadException(Reason.CORRUPT, fileName + " could not be read as a Word document ("
                    + DocumentReadException.reasonOf(e) + "). Save it again as .docx in Word or"
                    + " LibreOffice and import that.", e);
        }
    }

    private ReadDocument readAll() {
        try (XmlCursor body = document.getDocument().getBody().newCursor()) {
            walkBlocks(body);
        }
        appendNotes();
        String title = document.getProperties().getCoreProperties().getTitle();
        String author = document.getProperties().getCoreProperties().getCreator();
        return out.build(DocumentFormat.DOCX, notices(), blankToNull(title), null, null);
    }

    private List<String> notices() {
        List<String> notices = new ArrayList<>();
        if (insertions + deletions > 0) {
            notices.add("The draft has tracked changes (" + insertions + " insertion" + plural(insertions) + ", "
                    + deletions + " deletion" + plural(deletions) + "); it was read with every change accepted.");
        }
        int commentCount = Math.max(comments, commentReferences);
        if (commentCount > 0) {
            notices.add("The draft's " + commentCount + " comment" + plural(commentCount)
                    + (commentCount == 1 ? " was" : " were") + " left out.");
        }
        if (!noteNumbers.isEmpty()) {
            int notes = noteNumbers.size();
            notices.add((notes == 1 ? "The footnote follows" : notes + " footnotes and endnotes follow")
                    + " the text, marked [1]" + (notes > 1 ? "–[" + notes + "]" : "") + " where referenced.");
        }
        if (textBoxes > 0) {
            notices.add(textBoxes + " text box" + (textBoxes == 1 ? "" : "es") + " follow the paragraph"
                    + " they are anchored in.");
        }
        return notices;
    }

    /** Children of a body, table cell, content control or text box: paragraphs and tables. */
    private void walkBlocks(XmlCursor cursor) {
        walkBlocks(cursor, null);
    }

    private void walkBlocks(XmlCursor cursor, TextBlock.Kind forcedKind) {
        if (!cursor.toFirstChild()) {
            return;
        }
        do {
            String name = localName(cursor, W);
            if (name == null) {
                continue;
            }
            switch (name) {
                case "p" -> paragraph(cursor, forcedKind);
                case "tbl" -> table(cursor);
                case "sdt", "sdtContent", "customXml", "ins", "moveTo" -> walkBlocks(cursor, forcedKind);
                case "del", "moveFrom" -> deletions++;
                default -> { }
            }
        } while (cursor.toNextSibling());
        cursor.toParent();
    }

    private void table(XmlCursor cursor) {
        try (XmlCursor rows = cursor.newCursor()) {
            forEachChild(rows, "tr", row -> forEachChild(row, "tc", cell -> {
                try (XmlCursor content = cell.newCursor()) {
                    walkBlocks(content, TextBlock.Kind.TABLE_CELL);
                }
            }));
        }
    }

    private void paragraph(XmlCursor cursor, TextBlock.Kind forcedKind) {
        String styleId = null;
        String numId = null;
        int ilvl = 0;
        int outline = -1;
        try (XmlCursor pPr = cursor.newCursor()) {
            if (toChild(pPr, "pPr")) {
                try (XmlCursor c = pPr.newCursor()) {
                    if (toChild(c, "pStyle")) {
                        styleId = attribute(c, "val");
                    }
                }
                try (XmlCursor c = pPr.newCursor()) {
                    if (toChild(c, "numPr")) {
                        try (XmlCursor n = c.newCursor()) {
                            if (toChild(n, "numId")) {
                                numId = attribute(n, "val");
                            }
                        }
                        try (XmlCursor n = c.newCursor()) {
                            if (toChild(n, "ilvl")) {
                                ilvl = parseInt(attribute(n, "val"), 0);
                            }
                        }
                    }
                }
                try (XmlCursor c = pPr.newCursor()) {
                    if (toChild(c, "outlineLvl")) {
                        outline = parseInt(attribute(c, "val"), -1);
                    }
                }
            }
        }
        int heading = headingLevel(styleId, outline);
        TextBlock.Kind kind;
        int level = 0;
        String prefix = null;
        if (forcedKind != null) {
            kind = forcedKind;
        } else if (heading > 0) {
            kind = TextBlock.Kind.HEADING;
            level = heading;
        } else if (numId != null && !numId.equals("0")) {
            kind = TextBlock.Kind.LIST_ITEM;
            level = ilvl;
        } else if (styleId != null && styleId.toLowerCase(Locale.ROOT).contains("quote")) {
            kind = TextBlock.Kind.QUOTE;
        } else {
            kind = TextBlock.Kind.PARAGRAPH;
        }
        if (numId != null && !numId.equals("0")) {
            prefix = numbering.label(numId, ilvl);
        }
        out.paragraph(kind, level, styleId);
        if (prefix != null && !prefix.isEmpty()) {
            out.text(prefix + " ");
        }
        walkInline(cursor, false, false, false);
        out.end();
        flushTextBoxes();
    }

    /** Paragraph content: runs, and the elements that wrap runs (insertions, links, fields, controls). */
    private void walkInline(XmlCursor cursor, boolean bold, boolean italic, boolean underline) {
        try (XmlCursor c = cursor.newCursor()) {
            if (!c.toFirstChild()) {
                return;
            }
            do {
                QName qname = c.getName();
                if (qname == null) {
                    continue;
                }
                if (MC.equals(qname.getNamespaceURI()) && qname.getLocalPart().equals("AlternateContent")) {
                    try (XmlCursor choice = c.newCursor()) {
                        if (choice.toFirstChild()) {
                            walkInline(choice, bold, italic, underline); // the first choice only, never both
                        }
                    }
                    continue;
                }
                if (!W.equals(qname.getNamespaceURI())) {
                    continue;
                }
                switch (qname.getLocalPart()) {
                    case "r" -> run(c);
                    case "ins" -> {
                        insertions++;
                        walkInline(c, bold, italic, underline);
                    }
                    case "moveTo", "hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml",
                         "dir", "bdo" -> walkInline(c, bold, italic, underline);
                    case "del", "moveFrom" -> deletions++;
                    case "commentRangeStart" -> comments++;
                    default -> { }
                }
            } while (c.toNextSibling());
        }
    }

    private void run(XmlCursor run) {
        boolean bold = false;
        boolean italic = false;
        boolean underline = false;
        try (XmlCursor c = run.newCursor()) {
            if (toChild(c, "rPr")) {
                bold = flag(c, "b");
                italic = flag(c, "i");
                try (XmlCursor u = c.newCursor()) {
                    underline = toChild(u, "u") && !"none".equals(attribute(u, "val"));
                }
            }
        }
        try (XmlCursor c = run.newCursor()) {
            if (!c.toFirstChild()) {
                return;
            }
            do {
                String name = localName(c, W);
                if (name == null) {
                    if (c.getName() != null && MC.equals(c.getName().getNamespaceURI())) {
                        collectTextBoxes(c);
                    }
                    continue;
                }
                switch (name) {
                    case "t" -> out.text(c.getTextValue(), bold, italic, underline);
                    case "tab", "ptab" -> out.text("\t");
                    case "br", "cr" -> out.lineBreak();
                    case "noBreakHyphen" -> out.text("\u2011");
                    case "footnoteReference", "endnoteReference" -> noteReference(name, attribute(c, "id"));
                    case "commentReference" -> commentReferences++;
                    case "drawing", "pict", "object" -> collectTextBoxes(c);
                    default -> { }
                }
            } while (c.toNextSibling());
        }
    }

    private void noteReference(String kind, String id) {
        if (kind == null) {
            return;
        }
        String key = kind + ":" + id;
        int number = noteNumbers.computeIfAbsent(key, k -> noteNumbers.size() + 1);
        out.text("[" + number + "]");
    }

    /** Text boxes inside a drawing: read after the paragraph they sit in, as paragraphs of their own. */
    private void collectTextBoxes(XmlCursor drawing) {
        try (XmlCursor c = drawing.newCursor()) {
            c.selectPath("declare namespace w='" + W + "' .//w:txbxContent");
            List<XmlCursor> boxes = new ArrayList<>();
            while (c.toNextSelection()) {
                boxes.add(c.newCursor());
            }
            for (XmlCursor box : boxes) {
                textBoxes++;
                pendingTextBoxes.add(() -> {
                    try (box) {
                        walkBlocks(box);
                    }
                });
            }
        }
    }

    private void flushTextBoxes() {
        List<Runnable> boxes = new ArrayList<>(pendingTextBoxes);
        pendingTextBoxes.clear();
        boxes.forEach(Runnable::run);
    }

    private void appendNotes() {
        Map<String, XWPFAbstractFootnoteEndnote> notes = new LinkedHashMap<>();
        if (document.getFootnotes() != null) {
            document.getFootnotes().forEach(n -> notes.put("footnoteReference:" + n.getId(), n));
        }
        try {
            if (document.getEndnotes() != null) {
                document.getEndnotes().forEach(n -> notes.put("endnoteReference:" + n.getId(), n));
            }
        } catch (RuntimeException ignored) {
            // Endnotes are rare; a document whose endnote part POI cannot read still has its text.
        }
        for (Map.Entry<String, Integer> reference : noteNumbers.entrySet()) {
            XWPFAbstractFootnoteEndnote note = notes.get(reference.getKey());
            DocumentBuilder body = out;
            out = new DocumentBuilder(); // the note's own text, read apart so Word's number and tab can go
            if (note != null) {
                for (var paragraph : note.getParagraphs()) {
                    out.text(" ");
                    try (XmlCursor c = paragraph.getCTP().newCursor()) {
                        walkInline(c, false, false, false);
                    }
                }
            }
            String noteText = out.build(DocumentFormat.DOCX, List.of(), null, null, null).text().strip();
            out = body;
            out.paragraph(TextBlock.Kind.NOTE, 0, null).text("[" + reference.getValue() + "] " + noteText).end();
        }
    }

    private int headingLevel(String styleId, int outlineLevel) {
        if (styleId != null) {
            String name = styleId;
            XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
            if (style != null && style.getName() != null) {
                name = style.getName();
            }
            String lower = name.toLowerCase(Locale.ROOT).replace(" ", "");
            if (lower.equals("title")) {
                return 1;
            }
            if (lower.startsWith("heading") && lower.length() > 7) {
                int level = parseInt(lower.substring(7), 0);
                if (level >= 1 && level <= 9) {
                    return Math.min(level, 6);
                }
            }
        }
        return outlineLevel >= 0 && outlineLevel < 9 ? Math.min(outlineLevel + 1, 6) : 0;
    }

    // --- small cursor helpers ----------------------------------------------------------------

    private interface CursorAction {
        void at(XmlCursor cursor);
    }

    private static void forEachChild(XmlCursor parent, String localName, CursorAction action) {
        try (XmlCursor c = parent.newCursor()) {
            if (!c.toFirstChild()) {
                return;
            }
            do {
                if (localName.equals(localName(c, W))) {
                    action.at(c);
                } else if ("sdt".equals(localName(c, W)) || "sdtContent".equals(localName(c, W))
                        || "customXml".equals(localName(c, W))) {
                    forEachChild(c, localName, action);
                }
            } while (c.toNextSibling());
        }
    }

    private static boolean toChild(XmlCursor cursor, String localName) {
        return cursor.toChild(new QName(W, localName));
    }

    private static String localName(XmlCursor cursor, String namespace) {
        QName name = cursor.getName();
        return name != null && namespace.equals(name.getNamespaceURI()) ? name.getLocalPart() : null;
    }

    private static String attribute(XmlCursor cursor, String localName) {
        return cursor.getAttributeText(new QName(W, localName));
    }

    /** An on/off property such as w:b: present and not switched off. */
    private static boolean flag(XmlCursor rPr, String localName) {
        try (XmlCursor c = rPr.newCursor()) {
            if (!toChild(c, localName)) {
                return false;
            }
            String value = attribute(c, "val");
            return value == null || !(value.equals("0") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("off"));
        }
    }

    static int parseInt(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
