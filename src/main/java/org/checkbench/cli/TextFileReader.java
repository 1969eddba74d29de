package org.checkbench.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an article file as text, refusing what is not text with a message a user understands.
 * UTF-8 first; a file that is not valid UTF-8 is read as Windows-1252 (the usual encoding of older
 * Windows documents, and every byte decodes). A byte-order mark selects UTF-8 or UTF-16 and is not
 * part of the text, so offsets count the decoded text after it.
 */
public final class TextFileReader {

    /** Large enough for any article; protects the CLI from being handed a disk image. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and the encoding it was read with. */
    public record DecodedText(String text, Charset charset) {
    }

    /** A file that cannot be used as an article; the message is meant for the user. */
    public static final class NotTextException extends IOException {
        public NotTextException(String message) {
            super(message);
        }
    }

    private TextFileReader() {
    }

    public static DecodedText read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NotTextException("No such file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new NotTextException(file + " is a folder, not a text file");
        }
        if (!Files.isReadable(file)) {
            throw new NotTextException("Cannot read " + file + ": permission denied");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new NotTextException(file + " is " + size / (1024 * 1024) + " MB; articles up to "
                    + MAX_BYTES / (1024 * 1024) + " MB are supported");
        }
        return decode(Files.readAllBytes(file), file.toString());
    }

    static DecodedText decode(byte[] bytes, String name) throws NotTextException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictOrFallback(bytes, 3, name);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            throw new NotTextException(name + " is a PDF document; save it as plain text first");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new NotTextException(name + " looks like a binary file (an image, document or program),"
                        + " not plain text");
            }
        }
        return strictOrFallback(bytes, 0, name);
    }

    private static DecodedText strictOrFallback(byte[] bytes, int offset, String name) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new DecodedText(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, offset, bytes.length - offset, WINDOWS_1252), WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
