package org.checkbench.io.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.SAXException;

import org.checkbench.io.DocumentBuilder;
import org.checkbench.io.DocumentFormat;
import org.checkbench.io.DocumentReadException;
import org.checkbench.io.DocumentReadException.Reason;
import org.checkbench.io.ReadDocument;

/**
 * Reads an OpenDocument text (.odt) with Apache Tika's OpenDocument parser, which turns the
 * document's content.xml into XHTML (paragraphs, headings, lists, tables, notes); the same walk as
 * for web pages then makes paragraphs of it (ADR 0071).
 */
public final class OdtReader {

    private OdtReader() {
    }

    public static ReadDocument read(byte[] bytes, String fileName) {
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        Metadata metadata = new Metadata();
        try {
            new OpenDocumentParser().parse(new ByteArrayInputStream(bytes), xhtml, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new DocumentReadException(Reason.ENCRYPTED, fileName + " is protected by a password. Remove the"
                    + " password in LibreOffice, save, and import it again.", e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw new DocumentReadException(Reason.CORRUPT, fileName + " is a damaged OpenDocument file ("
                    + e.getMessage() + "). Open it in LibreOffice, save it again, and import that.", e);
        }
        Document page = Jsoup.parse(xhtml.toString());
        List<String> notices = new ArrayList<>();
        int notes = page.select(".note, .footnote, .endnote").size();
        if (notes > 0) {
            notices.add(notes + " footnote" + (notes == 1 ? " is" : "s are") + " in the text where referenced.");
        }
        DocumentBuilder out = new DocumentBuilder();
        new HtmlBlocks(out, false).walk(page.body());
        String title = metadata.get(TikaCoreProperties.TITLE);
        return out.build(DocumentFormat.ODT, notices, title == null || title.isBlank() ? null : title.strip(),
                metadata.get(TikaCoreProperties.CREATOR), null);
    }
}
