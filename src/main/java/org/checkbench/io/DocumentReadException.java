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
}
