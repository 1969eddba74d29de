package org.checkbench.model.text;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes, with how its encoding was known, so a caller can tell the checker when
 * the reading is a guess or had to replace bytes (the window's encoding bar, the CLI's warning).
 *
 * @param text          the decoded text, line ends untouched, without a byte order mark
 * @param charset       the encoding used
 * @param basis         how that encoding was chosen
 * @param confidence    the detector's confidence 0..100 when {@code basis} is {@link Basis#DETECTED}, else 100
 * @param invalidBytes  how many byte sequences were not valid in {@code charset} and became U+FFFD
 */
public record DecodedText(String text, Charset charset, Basis basis, int confidence, int invalidBytes) {

    /** How the encoding was chosen, from certain to guessed. */
    public enum Basis {
        /** A byte order mark at the start named it. */
        BYTE_ORDER_MARK,
        /** Every byte sequence is valid UTF-8 (plain ASCII included): no other reading is plausible. */
        VALID_UTF8,
        /** The caller said which encoding to use (the CLI's {@code --encoding}, the window's choice). */
        CHOSEN,
        /** UTF-16 without a byte order mark, told by its zero bytes on every other position. */
        UTF16_ZERO_PATTERN,
        /** Mostly UTF-8 with a few invalid bytes: read as UTF-8, the invalid bytes shown as U+FFFD. */
        UTF8_WITH_INVALID_BYTES,
        /** Guessed by the charset detector from letter statistics (a legacy 8-bit or CJK encoding). */
        DETECTED
    }

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(basis, "basis");
    }

    /** The charset by name ("windows-1251", "cp1251", "latin1"...), or empty when Java has none by that name. */
    public static java.util.Optional<Charset> charsetNamed(String name) {
        try {
            return java.util.Optional.of(Charset.forName(name.strip()));
        } catch (java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            return java.util.Optional.empty();
        }
    }

    /** The encoding was inferred rather than known: the checker should be told, and offered another. */
    public boolean isGuess() {
        return basis == Basis.DETECTED || basis == Basis.UTF16_ZERO_PATTERN;
    }

    /** Worth a warning: a guess, or bytes replaced. */
    public boolean needsAttention() {
        return isGuess() || invalidBytes > 0;
    }

    /** The same text with line ends made "\n" (the editor's), for articles. */
    public DecodedText withUniformLineEnds() {
        return new DecodedText(LineEnds.uniform(text), charset, basis, confidence, invalidBytes);
    }

    /**
     * One sentence for the checker: "read as windows-1251 (a guess, 62% sure)", "read as UTF-8;
     * 2 invalid bytes were replaced by �".
     */
    public String describe() {
        StringBuilder out = new StringBuilder("read as ").append(charset.name());
        switch (basis) {
            case DETECTED -> out.append(" (a guess, ").append(confidence).append("% sure)");
            case UTF16_ZERO_PATTERN -> out.append(" (a guess: no byte order mark)");
            case BYTE_ORDER_MARK -> out.append(" (marked in the file)");
            case CHOSEN -> out.append(" (as chosen)");
            default -> { }
        }
        if (invalidBytes > 0) {
            out.append("; ").append(invalidBytes).append(invalidBytes == 1 ? " byte was" : " bytes were")
                    .append(" not valid ").append(charset.name()).append(" and ")
                    .append(invalidBytes == 1 ? "was" : "were").append(" replaced by \uFFFD");
        }
        return out.toString();
    }
}
