package org.checkbench.cli;

/** The window was asked for, but there is no graphical display to open it on. */
public final class NoDisplayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoDisplayException(Throwable cause) {
        super("Checkbench could not open its window: no graphical display was found." + System.lineSeparator()
                + "Start it from a desktop session, or use a command that needs no display (see: checkbench --help).",
                cause);
    }
}
