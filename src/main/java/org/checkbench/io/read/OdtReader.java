package org.checkbench.io.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.checkbench.io.DocumentBuilder;
import org.checkbench.io.DocumentFormat;
import org.checkbench.io.DocumentReadException;
import org.checkbench.io.DocumentReadException.Reason;
import org.checkbench.io.ReadDocument;
import org.checkbench.io.TextBlock;

/**
 * Reads an OpenDocument text (.odt): the package's content.xml, streamed with the JDK's XML parser
 * (no DTDs, no external entities), its ODF text elements made into paragraphs. Headings, lists
 * with their numbers or bullets, tables, text boxes, bold/italic/underline from the automatic
 * styles; tracked changes read as accepted (the deletions kept in the change log are skipped),
 * comments left out, footnotes after the text marked [1], [2]. ADR 0071 says why no ODF library.
 */
public final class OdtReader {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final long MAX_CONTENT_BYTES = 200L * 1024 * 1024;

    /** Bold, italic, underline of a named automatic style. */
    private record Look(boolean bold, boolean italic, boolean underline) {
        static final Look PLAIN = new Look(false, false, false);

        Look plus(Look other) {
            return new Look(bold || other.bold, italic || other.italic, underline || other.underline);
        }
    }

    private final Map<String, Look> looks = new HashMap<>();
    /** List style name to, per level, the number format ("1", "a", "i", ...) or null for bullets. */
    private final Map<String, List<String>> listFormats = new HashMap<>();
    private DocumentBuilder out = new DocumentBuilder();
    private final List<String> notes = new ArrayList<>();
    private final List<String> textBoxes = new ArrayList<>();
    private int comments;
    private int changes;

    private OdtReader() {
    }

    public static ReadDocument read(byte[] bytes, String fileName) {
        byte[] content = entry(bytes, "content.xml", fileName);
        if (content == null) {
            throw new DocumentReadException(Reason.CORRUPT, fileName + " is a damaged OpenDocument file (it has no"
                    + " content.xml). Open it in LibreOffice, save it again, and import that.");
        }
        OdtReader reader = new OdtReader();
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            reader.document(xml);
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof DocumentReadException d) {
                throw d;
            }
            throw new DocumentReadException(Reason.CORRUPT, fileName + " is a damaged OpenDocument file ("
                    + DocumentReadException.reasonOf(e) + "). Open it in LibreOffice, save it again, and import that.", e);
        }
        return reader.finish();
    }

    private ReadDocument finish() {
        for (int i = 0; i < notes.size(); i++) {
            out.paragraph(TextBlock.Kind.NOTE, 0, null).text("[" + (i + 1) + "] " + notes.get(i)).end();
        }
        List<String> notices = new ArrayList<>();
        if (changes > 0) {
            notices.add("The draft has tracked changes (" + changes + "); it was read with every change accepted.");
        }
        if (comments > 0) {
            notices.add("The draft's " + comments + " comment" + (comments == 1 ? " was" : "s were") + " left out.");
        }
        if (!notes.isEmpty()) {
            notices.add((notes.size() == 1 ? "The footnote follows" : notes.size() + " footnotes follow")
                    + " the text, marked [1]" + (notes.size() > 1 ? "–[" + notes.size() + "]" : "") + " where referenced.");
        }
        return out.build(DocumentFormat.ODT, notices, null, null, null);
    }

    private void document(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (is(xml, STYLE, "style")) {
                style(xml);
            } else if (is(xml, TEXT, "list-style")) {
                listStyle(xml);
            } else if (is(xml, OFFICE, "text")) {
                blocks(xml, null, new ArrayDeque<>());
            }
        }
    }

    private void style(XMLStreamReader xml) throws XMLStreamException {
        String name = xml.getAttributeValue(STYLE, "name");
        Look look = Look.PLAIN;
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (is(xml, STYLE, "text-properties")) {
                    String weight = xml.getAttributeValue(FO, "font-weight");
                    String fontStyle = xml.getAttributeValue(FO, "font-style");
                    String underline = xml.getAttributeValue(STYLE, "text-underline-style");
                    look = new Look("bold".equals(weight) || "700".equals(weight) || "800".equals(weight)
                            || "900".equals(weight), "italic".equals(fontStyle) || "oblique".equals(fontStyle),
                            underline != null && !"none".equals(underline));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (name != null) {
            looks.put(name, look);
        }
    }

    private void listStyle(XMLStreamReader xml) throws XMLStreamException {
        String name = xml.getAttributeValue(STYLE, "name");
        List<String> levels = new ArrayList<>();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (is(xml, TEXT, "list-level-style-number")) {
                    String format = xml.getAttributeValue(STYLE, "num-format");
                    levels.add(format == null || format.isEmpty() ? "" : format);
                } else if (is(xml, TEXT, "list-level-style-bullet") || is(xml, TEXT, "list-level-style-image")) {
                    levels.add(null);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (name != null) {
            listFormats.put(name, levels);
        }
    }

    /** One list being read: its style, depth and the item count so far. */
    private static final class ListContext {
        final String style;
        final int depth;
        int count;
        boolean labelPending;

        ListContext(String style, int depth) {
            this.style = style;
            this.depth = depth;
        }
    }

    /** Block content until the current element ends: paragraphs, headings, lists, tables, sections. */
    private void blocks(XMLStreamReader xml, TextBlock.Kind forced, Deque<ListContext> lists) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (is(xml, TEXT, "p") || is(xml, TEXT, "h")) {
                paragraph(xml, forced, lists);
            } else if (is(xml, TEXT, "list")) {
                String style = xml.getAttributeValue(TEXT, "style-name");
                if (style == null && !lists.isEmpty()) {
                    style = lists.peek().style;
                }
                lists.push(new ListContext(style, lists.size()));
                blocks(xml, forced, lists);
                lists.pop();
            } else if (is(xml, TEXT, "list-item") && !lists.isEmpty()) {
                lists.peek().count++;
                lists.peek().labelPending = true;
                blocks(xml, forced, lists);
            } else if (is(xml, TABLE, "table-cell") || is(xml, TABLE, "covered-table-cell")) {
                blocks(xml, TextBlock.Kind.TABLE_CELL, new ArrayDeque<>());
            } else if (is(xml, TEXT, "tracked-changes") || is(xml, OFFICE, "annotation")
                    || is(xml, TEXT, "table-of-content") || is(xml, TEXT, "alphabetical-index")
                    || is(xml, TEXT, "illustration-index") || is(xml, TEXT, "bibliography")) {
                if (is(xml, TEXT, "tracked-changes")) {
                    changes += countChildren(xml);
                } else {
                    if (is(xml, OFFICE, "annotation")) {
                        comments++;
                    }
                    skip(xml);
                }
            } else {
                depth++; // sections, table rows, list headers and other containers: look inside
            }
        }
    }

    private void paragraph(XMLStreamReader xml, TextBlock.Kind forced, Deque<ListContext> lists) throws XMLStreamException {
        boolean heading = is(xml, TEXT, "h");
        int level = heading ? DocxReader.parseInt(xml.getAttributeValue(TEXT, "outline-level"), 1) : 0;
        ListContext list = lists.isEmpty() ? null : lists.peek();
        TextBlock.Kind kind = forced != null ? forced : heading ? TextBlock.Kind.HEADING
                : list != null ? TextBlock.Kind.LIST_ITEM : TextBlock.Kind.PARAGRAPH;
        out.paragraph(kind, heading ? Math.min(6, Math.max(1, level)) : list != null ? list.depth : 0, null);
        if (list != null && list.labelPending) {
            list.labelPending = false;
            out.text(label(list) + " ");
        }
        inline(xml, Look.PLAIN);
        out.end();
        for (String box : textBoxes) {
            out.paragraph(TextBlock.Kind.PARAGRAPH, 0, null).text(box).end();
        }
        textBoxes.clear();
    }

    private String label(ListContext list) {
        List<String> formats = list.style == null ? null : listFormats.get(list.style);
        String format = formats == null || list.depth >= formats.size() ? null : formats.get(list.depth);
        if (format == null) {
            return list.depth % 2 == 0 ? "•" : "◦";
        }
        String numFmt = switch (format) {
            case "a" -> "lowerLetter";
            case "A" -> "upperLetter";
            case "i" -> "lowerRoman";
            case "I" -> "upperRoman";
            default -> "decimal";
        };
        return Numbering.format(list.count, numFmt) + ".";
    }

    /** Paragraph content until the paragraph ends: text, spans, spaces, tabs, breaks, links, notes. */
    private void inline(XMLStreamReader xml, Look look) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
                        out.text(xml.getText().replaceAll("[\\t\\n\\r ]+", " "), look.bold, look.italic, look.underline);
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.START_ELEMENT -> {
                    if (is(xml, TEXT, "span")) {
                        Look spanLook = looks.getOrDefault(xml.getAttributeValue(TEXT, "style-name"), Look.PLAIN);
                        inline(xml, look.plus(spanLook));
                    } else if (is(xml, TEXT, "s")) {
                        out.text(" ".repeat(Math.max(1, DocxReader.parseInt(xml.getAttributeValue(TEXT, "c"), 1))));
                        depth++;
                    } else if (is(xml, TEXT, "tab")) {
                        out.text("\t");
                        depth++;
                    } else if (is(xml, TEXT, "line-break")) {
                        out.lineBreak();
                        depth++;
                    } else if (is(xml, TEXT, "note")) {
                        note(xml);
                    } else if (is(xml, OFFICE, "annotation")) {
                        comments++;
                        skip(xml);
                    } else if (is(xml, TEXT, "change")) {
                        skip(xml); // where deleted text was: the deletion is accepted
                    } else if (is(xml, DRAW, "text-box")) {
                        textBox(xml);
                    } else {
                        depth++; // links, fields, bookmarks, frames: their text is the text
                    }
                }
                default -> { }
            }
        }
    }

    private void note(XMLStreamReader xml) throws XMLStreamException {
        DocumentBuilder body = out;
        out = new DocumentBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(xml, TEXT, "note-citation")) {
                    skip(xml);
                } else if (is(xml, TEXT, "p") || is(xml, TEXT, "h")) {
                    out.text(" ");
                    inline(xml, Look.PLAIN);
                } else {
                    depth++;
                }
            }
        }
        String text = out.build(DocumentFormat.ODT, List.of(), null, null, null).text().strip();
        out = body;
        notes.add(text);
        out.text("[" + notes.size() + "]");
    }

    private void textBox(XMLStreamReader xml) throws XMLStreamException {
        DocumentBuilder paragraph = out;
        out = new DocumentBuilder();
        blocks(xml, null, new ArrayDeque<>());
        String text = out.build(DocumentFormat.ODT, List.of(), null, null, null).text();
        out = paragraph;
        for (String part : text.split("\n\n")) {
            if (!part.isBlank()) {
                textBoxes.add(part.strip());
            }
        }
    }

    private static int countChildren(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        int children = 0;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth == 1) {
                    children++;
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return children;
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static boolean is(XMLStreamReader xml, String namespace, String local) {
        return local.equals(xml.getLocalName()) && namespace.equals(xml.getNamespaceURI());
    }

    /** One entry of the package, refused when it expands beyond any document. */
    private static byte[] entry(byte[] zipBytes, String wanted, String fileName) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(wanted)) {
                    return readCapped(zip, fileName);
                }
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentReadException(Reason.CORRUPT, fileName + " is a damaged OpenDocument file ("
                    + DocumentReadException.reasonOf(e) + "). Open it in LibreOffice, save it again, and import that.", e);
        }
    }

    private static byte[] readCapped(InputStream in, String fileName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            total += read;
            if (total > MAX_CONTENT_BYTES) {
                throw new DocumentReadException(Reason.TOO_LARGE, fileName + " expands to far more data than any"
                        + " article holds (it may be a \"zip bomb\"), so Checkbench did not open it.");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
