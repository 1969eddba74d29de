package org.checkbench.io.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import org.checkbench.model.text.DecodedText;
import org.checkbench.model.text.DecodedText.Basis;

/**
 * Plain-text decoding with honest detection (ADR 0130), in the order of certainty: a byte order
 * mark; UTF-16 without one, by its zero bytes on every other position; strict UTF-8; UTF-8 with a
 * few invalid bytes (kept as UTF-8, the bad bytes counted and shown as U+FFFD, never a silent
 * switch to another encoding); and only then ICU's charset detector for legacy encodings. The
 * result says which of these it was. Pictures, documents and other binary files are refused by
 * their signature, their zero bytes, or the control characters they decode to; line-end and other
 * whitespace controls (CR, LF, tab, form feed) never count against a text.
 */
public final class TextDecoder {

    /** Enough pairs to see the zero-byte pattern of UTF-16 without reading a whole large file twice. */
    private static final int UTF16_SAMPLE_BYTES = 64 * 1024;

    /** Shorter than this, a zero-byte pattern is too weak a sign of UTF-16. */
    private static final int MIN_UTF16_BYTES = 16;

    private TextDecoder() {
    }

    /** Decodes {@code bytes} in the encoding the bytes themselves point to (see the class comment). */
    public static DecodedText decode(byte[] bytes) throws NotTextException {
        refuseKnownBinary(bytes);
        Optional<DecodedText> marked = byByteOrderMark(bytes);
        if (marked.isPresent()) {
            return checked(marked.get());
        }
        Optional<DecodedText> utf16 = byZeroPattern(bytes);
        if (utf16.isPresent()) {
            return utf16.get();
        }
        if (contains(bytes, (byte) 0)) {
            throw new NotTextException("a binary file (it holds zero bytes, which text never does outside UTF-16)");
        }
        String utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
        if (utf8 != null && utf8.indexOf('\u001B') >= 0) {
            // 7-bit ISO-2022 (Japanese, Korean, Chinese mail) is valid UTF-8 full of escape sequences.
            Optional<DecodedText> iso2022 = detectedIso2022(bytes);
            if (iso2022.isPresent()) {
                return checked(iso2022.get());
            }
        }
        if (utf8 != null) {
            return checked(new DecodedText(utf8, StandardCharsets.UTF_8, Basis.VALID_UTF8, 100, 0));
        }
        if (isMostlyUtf8(bytes)) {
            Decoded lenient = lenient(StandardCharsets.UTF_8, bytes, 0);
            return checked(new DecodedText(lenient.text, StandardCharsets.UTF_8, Basis.UTF8_WITH_INVALID_BYTES,
                    100, lenient.invalid));
        }
        return checked(detected(bytes));
    }

    /**
     * Decodes {@code bytes} in the encoding the checker chose; bytes not valid in it become U+FFFD
     * and are counted. Binary files are still refused.
     */
    public static DecodedText decode(byte[] bytes, Charset chosen) throws NotTextException {
        refuseKnownBinary(bytes);
        int skip = chosen.equals(StandardCharsets.UTF_8) && BinarySignatures.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        Decoded decoded = lenient(chosen, bytes, skip);
        return checked(new DecodedText(decoded.text, chosen, Basis.CHOSEN, 100, decoded.invalid));
    }

    /** The charset by name ("windows-1251", "cp1251", "latin1"...), or empty when Java has none by that name. */
    public static Optional<Charset> charsetNamed(String name) {
        return DecodedText.charsetNamed(name);
    }

    private static void refuseKnownBinary(byte[] bytes) throws NotTextException {
        String kind = BinarySignatures.describe(bytes);
        if (kind != null) {
            throw new NotTextException(kind);
        }
    }

    private static Optional<DecodedText> byByteOrderMark(byte[] bytes) {
        Charset charset;
        int skip;
        if (BinarySignatures.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (BinarySignatures.startsWith(bytes, 0xFF, 0xFE, 0, 0)) {
            charset = Charset.forName("UTF-32LE");
            skip = 4;
        } else if (BinarySignatures.startsWith(bytes, 0, 0, 0xFE, 0xFF)) {
            charset = Charset.forName("UTF-32BE");
            skip = 4;
        } else if (BinarySignatures.startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (BinarySignatures.startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            return Optional.empty();
        }
        Decoded decoded = lenient(charset, bytes, skip);
        return Optional.of(new DecodedText(decoded.text, charset, Basis.BYTE_ORDER_MARK, 100, decoded.invalid));
    }

    /**
     * Latin, Cyrillic and most other scripts in UTF-16 put a zero byte in every space, digit and
     * punctuation mark, always on the same side of each pair: odd positions for little-endian,
     * even for big-endian. A text of letters only (CJK) has no such pattern and is left to the detector.
     */
    private static Optional<DecodedText> byZeroPattern(byte[] bytes) {
        int length = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
        if (length < MIN_UTF16_BYTES || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < length; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = length / 2;
        Charset charset;
        if (oddZeros * 20 >= pairs && evenZeros * 50 <= oddZeros) {
            charset = StandardCharsets.UTF_16LE;
        } else if (evenZeros * 20 >= pairs && oddZeros * 50 <= evenZeros) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            return Optional.empty();
        }
        String text = strict(charset, bytes, 0);
        // Real UTF-16 text decodes to no control characters at all; an array of numbers would.
        return text == null || text.indexOf('\0') >= 0 || controlCharacters(text) > 0 ? Optional.empty()
                : Optional.of(new DecodedText(text, charset, Basis.UTF16_ZERO_PATTERN, 100, 0));
    }

    /**
     * Valid multi-byte sequences at least as many as invalid bytes: a UTF-8 text with a few bad
     * bytes (a paste from elsewhere, a truncated character). Legacy 8-bit text almost never forms
     * valid UTF-8 sequences by chance, so it does not pass.
     */
    static boolean isMostlyUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 1) {
                i++;
                continue;
            }
            if (length == 0 || i + length > bytes.length || !continuations(bytes, i + 1, length - 1)) {
                invalid++;
                i++;
                continue;
            }
            valid++;
            i += length;
        }
        return valid > 0 && valid >= invalid;
    }

    private static boolean continuations(byte[] bytes, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * ICU's best match that decodes every byte; if none does, Windows-1252 with the undefined
     * bytes counted as invalid (they are then shown, never silently dropped).
     */
    private static DecodedText detected(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            // ICU knows KOI8-R only; KOI8-U differs just where KOI8-R has box-drawing characters,
            // which prose never holds, and so also reads Ukrainian і, ї, є, ґ right.
            Optional<Charset> charset = charsetNamed(match.getName().equals("KOI8-R") ? "KOI8-U" : match.getName());
            if (charset.isEmpty() || charset.get().name().startsWith("UTF")) {
                continue; // UTF-8 and UTF-16/32 were tried above; the IBM EBCDIC variants are not Java charsets
            }
            String text = strict(charset.get(), bytes, 0);
            if (text != null) {
                return new DecodedText(text, charset.get(), Basis.DETECTED, match.getConfidence(), 0);
            }
        }
        Charset fallback = Charset.forName("windows-1252");
        Decoded decoded = lenient(fallback, bytes, 0);
        return new DecodedText(decoded.text, fallback, Basis.DETECTED, 0, decoded.invalid);
    }

    private static Optional<DecodedText> detectedIso2022(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch best = detector.detect();
        if (best == null || !best.getName().startsWith("ISO-2022")) {
            return Optional.empty();
        }
        Optional<Charset> charset = charsetNamed(best.getName());
        String text = charset.map(c -> strict(c, bytes, 0)).orElse(null);
        return text == null ? Optional.empty()
                : Optional.of(new DecodedText(text, charset.get(), Basis.DETECTED, best.getConfidence(), 0));
    }

    private static DecodedText checked(DecodedText decoded) throws NotTextException {
        if (controlCharacters(decoded.text()) > tolerated(decoded.text())) {
            throw new NotTextException("a binary file (it decodes to control characters, not words)");
        }
        return decoded;
    }

    /** A few stray control characters do not make a file binary; a handful per hundred does. */
    private static long tolerated(String text) {
        return Math.max(2, text.length() / 100);
    }

    /**
     * Control characters a text does not hold: C0 controls except the whitespace ones (tab, line
     * feed, vertical tab, form feed, carriage return, and the DOS end-of-file mark), DEL, and the C1
     * controls a wrong 8-bit decoding produces.
     */
    static long controlCharacters(String text) {
        long count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' && c != 0x1A
                    : c >= 0x7F && c <= 0x9F) {
                count++;
            }
        }
        return count;
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

    private record Decoded(String text, int invalid) {
    }

    /** Decodes everything; each malformed or unmappable sequence becomes one U+FFFD and is counted. */
    private static Decoded lenient(Charset charset, byte[] bytes, int offset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) (bytes.length - offset) * Math.max(1, (int) Math.ceil(decoder.maxCharsPerByte())) + 16));
        int invalid = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                invalid++;
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else if (result.isOverflow()) {
                throw new IllegalStateException("decoding buffer too small for " + charset);
            } else {
                break;
            }
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(out.toString(), invalid);
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
