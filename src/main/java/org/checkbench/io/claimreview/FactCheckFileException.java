package org.checkbench.io.claimreview;

/** The whole file could not be read as fact-checks: the message says why, for the user. */
public final class FactCheckFileException extends Exception {

    public FactCheckFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public FactCheckFileException(String message) {
        super(message);
    }
}
