package org.checkbench.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Names input/output failures in words a checker can act on. A full disk in particular must be
 * called that everywhere, whatever layer met it (the JDK, SQLite, PDFBox), rather than shown as a
 * raw error code.
 */
public final class IoErrors {

    /** What to do when the disk is full; one wording for every place that says so. */
    public static final String DISK_FULL_ADVICE = "Free some space on that disk (empty the wastebasket, move large files away)"
            + " and try again.";

    private IoErrors() {
    }

    /** True when the failure, or one of its causes, is the disk (or the user's quota) being full. */
    public static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof FileSystemException fse && fse.getReason() != null) {
                text += " " + fse.getReason().toLowerCase(Locale.ROOT);
            }
            if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                    || text.contains("disk quota exceeded") || text.contains("sqlite_full")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A short reason: "the disk is full", "permission denied", or the JDK's own reason. */
    public static String describe(IOException e) {
        if (isDiskFull(e)) {
            return "the disk is full";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
