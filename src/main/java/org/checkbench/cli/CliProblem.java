package org.checkbench.cli;

/**
 * A command cannot go on for a reason the user can act on (an unknown article id, a status the scale
 * does not have). Thrown by commands and reported by {@link CliErrors} with its exit code.
 */
public final class CliProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** @param exitCode one of {@link ExitCodes} */
    public CliProblem(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
