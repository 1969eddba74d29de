package org.checkbench.io;

/**
 * A file that cannot become an article's text, with a message for the user saying why and what to
 * do instead. Nothing has been stored when it is thrown.
 */
public final class DocumentReadException extends RuntimeException {

    public enum Reason {
        /** A format Checkbench does not read (old .doc, PDF, pictures, other archives). */
        UNSUPPORTED,
        /** Password-protected. */
        ENCRYPTED,
        /** Damaged or not what its name says. */
        CORRUPT,
        /** Over the size limit, or expands to more than any article (a zip bomb). */
        TOO_LARGE,
        /** Holds no text. */
        EMPTY
    }

    private final Reason reason;

    public DocumentReadException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public DocumentReadException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /**
     * A library's reason in the checker's words: the innermost message, without the Java class
     * names libraries put in front of it ("org.apache.poi...InvalidFormatException: ").
     */
    public static String reasonOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? "its structure is unreadable"
                : root.getMessage();
        return message.replaceAll("(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*)?", "").strip();
    }
}
