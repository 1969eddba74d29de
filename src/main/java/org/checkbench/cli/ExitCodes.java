package org.checkbench.cli;

/** Exit codes of the headless commands, so scripts can tell problems apart. */
public final class ExitCodes {

    public static final int OK = 0;
    /** picocli's code for a wrong command line. */
    public static final int USAGE = 2;
    /** The workspace file was refused or could not be written (the message says why). */
    public static final int WORKSPACE_PROBLEM = 3;
    /** The article file could not be imported (the message says why). */
    public static final int IMPORT_REFUSED = 4;
    /** The workspace has no article with the id given. */
    public static final int NO_SUCH_ARTICLE = 5;
    /** The report could not be written where asked (the message says why and what to do). */
    public static final int REPORT_NOT_WRITTEN = 6;
    /** An export had nothing valid to write (ClaimReview: no claim has every required field). */
    public static final int NOTHING_TO_EXPORT = 7;

    private ExitCodes() {
    }
}
