package org.checkbench.report;

import java.io.IOException;

/** The report could not be written; the message says why and what to do, ready for the user. */
public final class ReportWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    public ReportWriteException(String message) {
        super(message);
    }

    public ReportWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
