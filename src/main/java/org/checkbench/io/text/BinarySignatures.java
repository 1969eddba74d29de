package org.checkbench.io.text;

import java.nio.charset.StandardCharsets;

/** Recognises common non-text files by their first bytes, to name them in the refusal. */
public final class BinarySignatures {

    private BinarySignatures() {
    }

    /** "a PNG picture", "a PDF document", ... or null when the start is no known binary format. */
    public static String describe(byte[] bytes) {
        String picture = picture(bytes);
        if (picture != null) {
            return picture;
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return "a PDF document (copy its text into a .txt file)";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "a Word document or ZIP archive";
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Word or Excel document";
        }
        if (startsWith(bytes, '{', '\\', 'r', 't', 'f')) {
            return "an RTF document";
        }
        if (startsWith(bytes, 'S', 'Q', 'L', 'i', 't', 'e')) {
            return "a database";
        }
        if (startsWith(bytes, 0x7F, 'E', 'L', 'F') || startsWith(bytes, 'M', 'Z', 0x90, 0)) {
            return "a program";
        }
        if (startsWith(bytes, 0x1F, 0x8B) || startsWith(bytes, '7', 'z', 0xBC, 0xAF)
                || startsWith(bytes, 'R', 'a', 'r', '!')) {
            return "a compressed archive";
        }
        if (startsWith(bytes, 'I', 'D', '3') || startsWith(bytes, 'O', 'g', 'g', 'S')
                || startsWith(bytes, 'f', 'L', 'a', 'C')
                || bytes.length >= 12 && startsWith(bytes, 'R', 'I', 'F', 'F')
                        && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WAVE")
                || bytes.length >= 8 && new String(bytes, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")) {
            return "a sound or video file";
        }
        return null;
    }

    /** "a PNG picture", "a TIFF picture", ... or null when the start is no known picture format. */
    public static String picture(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "a PNG picture";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG picture";
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "a GIF picture";
        }
        if (startsWith(bytes, 'I', 'I', '*', 0) || startsWith(bytes, 'M', 'M', 0, '*')) {
            return "a TIFF picture";
        }
        if (startsWith(bytes, 'B', 'M') && bytes.length > 14 && bytes[6] == 0 && bytes[7] == 0) {
            return "a BMP picture";
        }
        if (startsWith(bytes, 'R', 'I', 'F', 'F') && bytes.length >= 12
                && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return "a WebP picture";
        }
        if (bytes.length >= 12 && new String(bytes, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")) {
            String brand = new String(bytes, 8, 4, StandardCharsets.US_ASCII);
            if (brand.startsWith("hei") || brand.startsWith("mif") || brand.startsWith("avif")) {
                return "a HEIC/AVIF picture";
            }
        }
        return null;
    }

    /** The file begins with these bytes (each 0..255). */
    public static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
