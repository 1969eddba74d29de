package org.checkbench.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.checkbench.service.ArticleImportException.Reason;

/**
 * Reads a text file as an article: UTF-8 (with or without BOM), UTF-16 with a BOM, and otherwise
 * Windows-1252, the usual encoding of older Word and Notepad exports. Pictures, documents and other
 * binary files, empty files and huge files are refused with a message saying what to do instead.
 * Line endings become "\n", the editor's, so claim offsets mean the same everywhere.
 */
public final class ArticleTextReader {

    /** Far beyond any article (a long feature is ~100 KB), well below what the editor handles. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ArticleTextReader() {
    }

    /** The file as an article: decoded, line ends made uniform, refused when it holds no text. */
    public static String read(Path file) {
        String text = normalizeLineEnds(readVerbatim(file));
        if (text.isBlank()) {
            throw new ArticleImportException(Reason.EMPTY, file,
                    file.getFileName() + " holds no text. Choose the file with the article in it.", null);
        }
        return text;
    }

    /**
     * The file's text exactly as decoded, line ends untouched, for tools that report offsets into
     * the file itself (the {@code detect} command).
     */
    public static String readVerbatim(Path file) {
        String text = decode(file, readBytes(file));
        refuseControlCharacters(file, text);
        return text;
    }

    private static String normalizeLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static byte[] readBytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new ArticleImportException(Reason.UNREADABLE, file,
                        file + " is a folder. Choose a text file with the article in it.", null);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ArticleImportException(Reason.EMPTY, file,
                        file.getFileName() + " is empty. Choose the file with the article in it.", null);
            }
            if (size > MAX_BYTES) {
                throw new ArticleImportException(Reason.TOO_LARGE, file, file.getFileName() + " is "
                        + size / (1024 * 1024) + " MB, too large for an article (the limit is "
                        + MAX_BYTES / (1024 * 1024) + " MB). Split it, or import only the part to check.", null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ArticleImportException(Reason.NOT_FOUND, file, "There is no file at " + file + ".", e);
        } catch (IOException e) {
            throw new ArticleImportException(Reason.UNREADABLE, file,
                    "Checkbench could not read " + file + " (" + e.getMessage() + "). Check that it is readable.", e);
        }
    }

    static String decode(Path file, byte[] bytes) {
        String kind = BinarySignatures.describe(bytes);
        if (kind != null) {
            throw binary(file, kind);
        }
        String text;
        if (BinarySignatures.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(StandardCharsets.UTF_8, bytes, 3);
            if (text == null) {
                text = new String(bytes, 3, bytes.length - 3, WINDOWS_1252);
            }
        } else if (BinarySignatures.startsWith(bytes, 0xFE, 0xFF) || BinarySignatures.startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, StandardCharsets.UTF_16); // the BOM tells the byte order
        } else {
            if (contains(bytes, (byte) 0)) {
                throw binary(file, "a binary file");
            }
            text = strict(StandardCharsets.UTF_8, bytes, 0);
            if (text == null) {
                text = new String(bytes, WINDOWS_1252);
            }
        }
        return text;
    }

    /** Text full of control characters is a binary format no signature caught. */
    private static void refuseControlCharacters(Path file, String text) {
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\f').count();
        if (control > Math.max(2, text.length() / 100)) {
            throw binary(file, "a binary file");
        }
    }

    private static ArticleImportException binary(Path file, String kind) {
        return new ArticleImportException(Reason.BINARY, file, file.getFileName() + " looks like " + kind
                + ", not text. Save the article as plain text (.txt) and import that file.", null);
    }

    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }


    private static boolean contains(byte[] bytes, byte wanted) {
        for (byte b : bytes) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }
}
