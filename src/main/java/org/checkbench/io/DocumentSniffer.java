package org.checkbench.io;

import static org.checkbench.io.text.BinarySignatures.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import org.checkbench.io.DocumentReadException.Reason;
import org.checkbench.io.text.BinarySignatures;

/**
 * Decides what a file is by its content, the name only breaking ties: a .doc that is really a
 * .docx reads as Word, a .txt holding a web page as HTML. Formats Checkbench does not read (old
 * binary Word, PDF, pictures, other archives, password-protected files) are refused here with a
 * message naming what to do instead.
 */
public final class DocumentSniffer {

    /** A Word draft with pictures is larger than a text file; 50 MB is still far beyond any article. */
    public static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;

    private static final String SAVE_AS = " Open it in Word or LibreOffice and save it as a Word document (.docx)"
            + " or as plain text (.txt), then import that file.";

    private DocumentSniffer() {
    }

    /** The format of {@code bytes}; throws with a message when it is none Checkbench reads. */
    public static DocumentFormat sniff(byte[] bytes, String fileName) {
        String name = fileName == null ? "The file" : fileName;
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return zipFormat(bytes, name);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw ole2Refusal(bytes, name);
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            throw new DocumentReadException(Reason.UNSUPPORTED, name + " is a PDF. Checkbench cannot take the text"
                    + " out of a PDF reliably. Ask the writer for the Word or text file, or copy the text from the PDF"
                    + " and use Edit > Paste as new article.");
        }
        String picture = BinarySignatures.picture(bytes);
        if (picture != null) {
            throw new DocumentReadException(Reason.UNSUPPORTED, name + " looks like " + picture + ", not text. If it is a"
                    + " scan, run it through text recognition (OCR) first and import the text it gives.");
        }
        String start = asciiStart(bytes);
        if (start.startsWith("{\\rtf")) {
            return DocumentFormat.RTF;
        }
        if (looksLikeHtml(start)) {
            return DocumentFormat.HTML;
        }
        return DocumentFormat.byExtension(fileName)
                .filter(f -> f == DocumentFormat.MARKDOWN || f == DocumentFormat.HTML)
                .orElse(DocumentFormat.TEXT);
    }

    /** True for a ZIP whose entries say it is a Checkbench bundle (imported apart from articles). */
    public static boolean isZip(byte[] bytes) {
        return startsWith(bytes, 'P', 'K', 3, 4);
    }

    private static DocumentFormat zipFormat(byte[] bytes, String name) {
        boolean word = false;
        String odfType = null;
        boolean encryptedOdf = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                String entryName = entry.getName();
                if (entryName.equals("word/document.xml") || entryName.equals("word/document2.xml")) {
                    word = true;
                } else if (entryName.equals("mimetype")) {
                    odfType = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                } else if (entryName.equals("manifest.json")) {
                    throw new DocumentReadException(Reason.UNSUPPORTED, name + " is a Checkbench bundle, not an"
                            + " article. Import it with File > Import bundle… (or: checkbench import --workspace W FILE).");
                } else if (entryName.equals("META-INF/manifest.xml")) {
                    encryptedOdf = new String(zip.readNBytes(1 << 20), StandardCharsets.UTF_8).contains("encryption-data");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentReadException(Reason.CORRUPT, name + " looks like a Word or OpenDocument file but is"
                    + " damaged (" + DocumentReadException.reasonOf(e) + ")." + SAVE_AS, e);
        }
        if (word) {
            return DocumentFormat.DOCX;
        }
        if (odfType != null) {
            if (encryptedOdf) {
                throw encrypted(name, "LibreOffice (File > Properties > Security, or save a copy without a password)");
            }
            if (odfType.equals("application/vnd.oasis.opendocument.text")) {
                return DocumentFormat.ODT;
            }
            throw new DocumentReadException(Reason.UNSUPPORTED, name + " is an OpenDocument " + odfKind(odfType)
                    + ", not a text document. Copy the article's text into a text document and import that.");
        }
        if (new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).contains("xl/")) {
            throw new DocumentReadException(Reason.UNSUPPORTED, name + " is a spreadsheet (a ZIP file like a .docx, but"
                    + " not a Word document). Copy the article's text into a Word or text document and import that.");
        }
        throw new DocumentReadException(Reason.UNSUPPORTED, name + " is a ZIP archive. Unpack it and import the"
                + " article inside (a .docx, .odt, .rtf, .html, .md or .txt file).");
    }

    private static String odfKind(String mimeType) {
        if (mimeType.contains("spreadsheet")) {
            return "spreadsheet";
        }
        if (mimeType.contains("presentation")) {
            return "presentation";
        }
        return "file of another kind";
    }

    private static DocumentReadException ole2Refusal(byte[] bytes, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return encrypted(name, "Word (File > Info > Protect Document > Encrypt with Password, clear it)");
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return new DocumentReadException(Reason.UNSUPPORTED, name + " is an old Word document (.doc, Word"
                        + " 97-2003), which Checkbench does not read." + SAVE_AS);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new DocumentReadException(Reason.UNSUPPORTED, name + " is an old Excel spreadsheet, not a text"
                        + " document. Copy the article's text into a text document and import that.");
            }
        } catch (IOException | RuntimeException e) {
            return new DocumentReadException(Reason.CORRUPT, name + " looks like an old Word or other Office file (.doc),"
                    + " but it is damaged."
                    + SAVE_AS, e);
        }
        return new DocumentReadException(Reason.UNSUPPORTED, name + " is an old Office file Checkbench does not read."
                + SAVE_AS);
    }

    private static DocumentReadException encrypted(String name, String where) {
        return new DocumentReadException(Reason.ENCRYPTED, name + " is protected by a password. Remove the password"
                + " in " + where + ", save, and import the file again.");
    }

    /** The first bytes as lower-case text, BOM and leading white space skipped, for markup checks. */
    private static String asciiStart(byte[] bytes) {
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String start;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            start = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.UTF_16);
        } else {
            start = new String(bytes, offset, Math.min(bytes.length - offset, 4096), StandardCharsets.ISO_8859_1);
        }
        return start.stripLeading().toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeHtml(String start) {
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return true;
        }
        if (start.startsWith("<?xml") || start.startsWith("<!--") || start.startsWith("<head")
                || start.startsWith("<body") || start.startsWith("<meta") || start.startsWith("<title")) {
            return start.contains("<html") || start.contains("<body") || start.contains("<p>") || start.contains("<p ")
                    || start.contains("<head") || start.contains("<title");
        }
        return start.startsWith("<") && (start.startsWith("<p>") || start.startsWith("<p ") || start.startsWith("<div")
                || start.startsWith("<article") || start.startsWith("<h1") || start.startsWith("<section"));
    }
}
