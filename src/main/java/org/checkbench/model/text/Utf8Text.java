package org.checkbench.model.text;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A text's UTF-8 bytes, made once per save and shared by the database write and the typing journal's
 * hash (ADR 0157). The bytes are the ones {@link String#getBytes} with UTF-8 makes (a lone surrogate
 * as '?'), so a text read back from the workspace, and its hash, are the same as before. Unlike
 * {@code getBytes} on a text with any non-Latin-1 character, the array is sized exactly at once: no
 * 3 MB first buffer for a 1 MB article.
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /** {@code text}'s UTF-8 bytes, in an array of exactly their number. */
    public static byte[] encode(CharSequence text) {
        if (text instanceof JoinedLines lines) {
            return lines.utf8();
        }
        long size = utf8Length(text, 0, text.length());
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a text of " + size + " bytes is too long to store");
        }
        byte[] out = new byte[(int) size];
        encodeInto(text, 0, text.length(), out, 0);
        return out;
    }

    /** The SHA-256 of {@code utf8}, in lower-case hex: the typing journal names its base text by it. */
    public static String sha256(byte[] utf8) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** How many bytes {@code [from, to)} of {@code text} take in UTF-8. */
    static long utf8Length(CharSequence text, int from, int to) {
        long size = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                size++;
            } else if (c < 0x800) {
                size += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                size += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                size++; // a lone half of a pair: '?', as String.getBytes writes it
            } else {
                size += 3;
            }
        }
        return size;
    }

    /** Writes {@code [from, to)} of {@code text} as UTF-8 into {@code out} from {@code at}; returns where it ended. */
    static int encodeInto(CharSequence text, int from, int to, byte[] out, int at) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xF0 | (codePoint >> 18));
                out[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                out[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (codePoint & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[at++] = '?';
            } else {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return at;
    }
}
