package org.checkbench.service;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.checkbench.io.DocumentFormat;
import org.checkbench.io.DocumentReadException;
import org.checkbench.io.DocumentSniffer;
import org.checkbench.io.ReadDocument;
import org.checkbench.io.read.DocxReader;
import org.checkbench.io.read.HtmlReader;
import org.checkbench.io.read.MarkdownReader;
import org.checkbench.io.read.OdtReader;
import org.checkbench.io.read.RtfReader;
import org.checkbench.io.text.HardWrap;
import org.checkbench.io.text.RepeatedLines;
import org.checkbench.model.text.DecodedText;
import org.checkbench.service.ArticleImportException.Reason;

/**
 * Reads any file a draft arrives in: decides the format by content ({@link DocumentSniffer}), hands
 * document formats to their readers, and plain text (and Markdown's text) to
 * {@link ArticleTextReader}, which owns text decoding. Every refusal is an
 * {@link ArticleImportException} with the reader's message; nothing is stored here.
 */
public final class ArticleFileReader {

    private ArticleFileReader() {
    }

    public static ImportedFile read(Path file) {
        return read(file, null);
    }

    /**
     * Reads any draft; a text or Markdown file is decoded by {@link ArticleTextReader} in
     * {@code encoding}, or as its bytes tell when null, and the result says how.
     */
    public static ImportedFile read(Path file, Charset encoding) {
        byte[] bytes = readBytes(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ReadDocument document;
        DecodedText decoding = null;
        try {
            DocumentFormat format = DocumentSniffer.sniff(bytes, name);
            if (format == DocumentFormat.TEXT || format == DocumentFormat.MARKDOWN) {
                decoding = ArticleTextReader.readArticle(file, encoding);
            }
            document = switch (format) {
                case DOCX -> DocxReader.read(bytes, name);
                case ODT -> OdtReader.read(bytes, name);
                case RTF -> RtfReader.read(bytes, name);
                case HTML -> HtmlReader.read(bytes, name);
                case MARKDOWN -> MarkdownReader.read(decoding.text());
                case TEXT -> ReadDocument.plain(decoding.text(), DocumentFormat.TEXT, List.of());
            };
        } catch (DocumentReadException e) {
            throw new ArticleImportException(reasonFor(e.reason()), file, e.getMessage(), e);
        }
        if (document.text().isBlank()) {
            throw new ArticleImportException(Reason.EMPTY, file,
                    name + " holds no text. Choose the file with the article in it.", null);
        }
        return analysed(file, bytes, document, decoding);
    }

    /**
     * Text pasted from the clipboard: its HTML when there is some (an e-mail, a web page, a word
     * processor), made plain paragraphs; else the plain text. Kept like a file ("Pasted text").
     */
    public static ImportedFile readPasted(String html, String text) {
        ReadDocument document;
        byte[] bytes;
        String name;
        if (html != null && !html.isBlank()) {
            document = HtmlReader.readString(html);
            bytes = html.getBytes(StandardCharsets.UTF_8);
            name = "Pasted text.html";
        } else {
            String plain = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
            document = ReadDocument.plain(plain, DocumentFormat.TEXT, List.of());
            bytes = plain.getBytes(StandardCharsets.UTF_8);
            name = "Pasted text.txt";
        }
        Path file = Path.of(name);
        if (document.text().isBlank()) {
            throw new ArticleImportException(Reason.EMPTY, file, "The clipboard holds no text. Copy the article's"
                    + " text and try again.", null);
        }
        return analysed(file, bytes, document, null);
    }

    /** The text's cleanup offers (hard wrap, repeated headers), computed once for the dialog and the CLI. */
    static ImportedFile analysed(Path file, byte[] bytes, ReadDocument document, DecodedText decoding) {
        return new ImportedFile(file, bytes, document, HardWrap.analyse(document.text()),
                RepeatedLines.find(document.text()), decoding);
    }

    /** The same checks as for text (folders, pipes, empty, permissions), with the larger limit of documents. */
    private static byte[] readBytes(Path file) {
        return ArticleTextReader.readBytes(file, DocumentSniffer.MAX_DOCUMENT_BYTES);
    }

    private static Reason reasonFor(DocumentReadException.Reason reason) {
        return switch (reason) {
            case UNSUPPORTED -> Reason.BINARY;
            case ENCRYPTED, CORRUPT -> Reason.UNREADABLE;
            case TOO_LARGE -> Reason.TOO_LARGE;
            case EMPTY -> Reason.EMPTY;
        };
    }
}
