package org.checkbench.detect;

/**
 * The trained encoder cannot run here (a file missing from the jar, or the native runtime failing
 * to start on this machine). Detection then falls back to the feature model; the message says why
 * in words a user can pass on.
 */
public final class EncoderUnavailableException extends RuntimeException {

    public EncoderUnavailableException(String reason) {
        super(reason);
    }

    private EncoderUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }

    static EncoderUnavailableException because(String reason, Throwable cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new EncoderUnavailableException(reason + " (" + detail + ")", cause);
    }
}
