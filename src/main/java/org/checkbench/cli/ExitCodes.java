package org.checkbench.cli;

/**
 * The one table of exit codes of {@code checkbench}, so scripts can tell problems apart. Each code
 * means one thing for every command; {@link CliErrors} maps every failure onto it in one place, and
 * the README and {@code checkbench --help} show it.
 */
public final class ExitCodes {

    /** Done. */
    public static final int OK = 0;
    /** Something went wrong that Checkbench did not expect (a bug): the message says what; please report it. */
    public static final int UNEXPECTED = 1;
    /** A wrong command line: unknown option, missing argument, a value the command cannot use. */
    public static final int USAGE = 2;
    /** The workspace was refused or could not be written: missing, locked, damaged, newer format, read-only, disk full. */
    public static final int WORKSPACE_PROBLEM = 3;
    /** An input file (an article, a labelled file for detect) was refused: unreadable, binary, empty, too big. */
    public static final int IMPORT_REFUSED = 4;
    /** The workspace has no article with the id given. */
    public static final int NO_SUCH_ARTICLE = 5;
    /** The report (or another output file, e.g. detect --train's) could not be written where asked; the message says why. */
    public static final int REPORT_NOT_WRITTEN = 6;
    /** The window could not open: no graphical display. The sub-commands need none. */
    public static final int NO_DISPLAY = 7;
    /** An export had nothing valid to write (ClaimReview: no claim has every required field). */
    public static final int NOTHING_TO_EXPORT = 8;

    private ExitCodes() {
    }
}
