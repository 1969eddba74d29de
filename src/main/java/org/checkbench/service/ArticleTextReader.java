package org.checkbench.service;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.checkbench.io.IoErrors;
import org.checkbench.model.text.DecodedText;
import org.checkbench.io.text.NotTextException;
import org.checkbench.io.text.TextDecoder;
import org.checkbench.service.ArticleImportException.Reason;

/**
 * Reads a text file as an article. The decoding (byte order mark, UTF-16 without one, strict UTF-8,
 * a charset detector for legacy encodings) is {@link TextDecoder}'s, and the result says how sure
 * it is, so callers can warn when it guessed or replaced bytes (ADR 0130). Pictures, documents and
 * other binary files, empty files and huge files are refused with a message saying what to do
 * instead. Line endings become "\n", the editor's, so claim offsets mean the same everywhere.
 * Document formats (.docx, .html...) are another reader's job; this one is for plain text.
 */
public final class ArticleTextReader {

    /** Far beyond any article (a long feature is ~100 KB), well below what the editor handles. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private ArticleTextReader() {
    }

    /** The file as an article: decoded, line ends made uniform, refused when it holds no text. */
    public static String read(Path file) {
        return readArticle(file, null).text();
    }

    /**
     * The file as an article with how it was decoded: in {@code chosen} when not null, else in the
     * encoding the bytes point to. Line ends made uniform; refused when it holds no text.
     */
    public static DecodedText readArticle(Path file, Charset chosen) {
        DecodedText decoded = readVerbatim(file, chosen).withUniformLineEnds();
        if (decoded.text().isBlank()) {
            throw new ArticleImportException(Reason.EMPTY, file,
                    file.getFileName() + " holds no text. Choose the file with the article in it.", null);
        }
        return decoded;
    }

    /**
     * The file's text exactly as decoded, line ends untouched, for tools that report offsets into
     * the file itself (the {@code detect} command).
     */
    public static String readVerbatim(Path file) {
        return readVerbatim(file, null).text();
    }

    /** {@link #readVerbatim(Path)} with how it was decoded; {@code chosen} as in {@link #readArticle}. */
    public static DecodedText readVerbatim(Path file, Charset chosen) {
        byte[] bytes = readBytes(file);
        try {
            return chosen == null ? TextDecoder.decode(bytes) : TextDecoder.decode(bytes, chosen);
        } catch (NotTextException e) {
            throw new ArticleImportException(Reason.BINARY, file, file.getFileName() + " " + e.getMessage()
                    + ". Save the article as plain text (.txt) and import that file.", e);
        }
    }

    private static byte[] readBytes(Path file) {
        return readBytes(file, MAX_BYTES);
    }

    /** The file's bytes, refused with a message when it is no ordinary file, empty or over {@code maxBytes}. */
    static byte[] readBytes(Path file, long maxBytes) {
        try {
            if (Files.isDirectory(file)) {
                throw new ArticleImportException(Reason.UNREADABLE, file,
                        file + " is a folder. Choose a text file with the article in it.", null);
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A pipe or a device would block or never end; only ordinary files hold an article.
                throw new ArticleImportException(Reason.UNREADABLE, file,
                        file + " is not an ordinary file (a pipe, a device or a socket). Choose a text file with the article in it.", null);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ArticleImportException(Reason.EMPTY, file,
                        file.getFileName() + " is empty. Choose the file with the article in it.", null);
            }
            if (size > maxBytes) {
                throw new ArticleImportException(Reason.TOO_LARGE, file, file.getFileName() + " is "
                        + size / (1024 * 1024) + " MB, too large for an article (the limit is "
                        + maxBytes / (1024 * 1024) + " MB). Split it, or import only the part to check.", null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ArticleImportException(Reason.NOT_FOUND, file, "There is no file at " + file + ".", e);
        } catch (AccessDeniedException e) {
            throw new ArticleImportException(Reason.UNREADABLE, file, "You do not have permission to read " + file
                    + ". Ask the file's owner for access, or copy it somewhere you can read it.", e);
        } catch (IOException e) {
            throw new ArticleImportException(Reason.UNREADABLE, file, "Checkbench could not read " + file + " ("
                    + IoErrors.describe(e) + "). Check that the disk or drive is available and the file readable.", e);
        }
    }
}
