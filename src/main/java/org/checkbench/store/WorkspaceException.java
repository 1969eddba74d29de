package org.checkbench.store;

import java.nio.file.Path;
import java.util.Objects;

import org.checkbench.io.IoErrors;

/**
 * Every problem with a workspace file that a person has to act on. The window and the CLI show the
 * same text: {@link #problem()} says what happened, {@link #advice()} what to do about it.
 */
public final class WorkspaceException extends RuntimeException {

    /** What went wrong; the UI may choose an icon or offer "Open another workspace" by kind. */
    public enum Kind {
        /** No file at the path, and the caller did not ask to create one. */
        NOT_FOUND,
        /** The path exists but is already taken (creating a new workspace). */
        ALREADY_EXISTS,
        /** Not an SQLite database at all: a text file, a picture, a document. */
        NOT_A_DATABASE,
        /** A valid SQLite database written by some other program, or an empty one. */
        NOT_A_WORKSPACE,
        /** A Checkbench workspace from a newer Checkbench. */
        NEWER_VERSION,
        /** An SQLite database whose content is damaged. */
        CORRUPT,
        /** The file or its folder cannot be written. */
        READ_ONLY,
        /** Another running Checkbench has the workspace open. */
        LOCKED,
        /** The disk is full. */
        DISK_FULL,
        /** Any other input/output failure. */
        IO_ERROR,
        /** A team workspace's server cannot be reached, or the connection to it dropped. */
        SERVER_UNREACHABLE,
        /** The server refused the user name and password, or the user's role may not do this. */
        NOT_ALLOWED,
        /** The server's TLS certificate does not prove it is the server asked for. */
        BAD_CERTIFICATE
    }

    private final Kind kind;
    private final Path file;
    private final String problem;
    private final String advice;

    public WorkspaceException(Kind kind, Path file, String problem, String advice, Throwable cause) {
        super(problem + " " + advice, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.file = file;
        this.problem = problem;
        this.advice = advice;
    }

    public Kind kind() {
        return kind;
    }

    /** The workspace file concerned, may be null for problems not tied to one file. */
    public Path file() {
        return file;
    }

    /** A team workspace's server did not answer: the work may wait in the journal (ADR 0125). */
    public boolean isServerUnreachable() {
        return kind == Kind.SERVER_UNREACHABLE;
    }

    /** What happened, in words a checker understands. */
    public String problem() {
        return problem;
    }

    /** What to do about it. */
    public String advice() {
        return advice;
    }

    /** Problem and advice together, as dialogs and the CLI print them. */
    public String userMessage() {
        return getMessage();
    }

    static WorkspaceException notFound(Path file) {
        return new WorkspaceException(Kind.NOT_FOUND, file,
                "There is no workspace at " + file + ".",
                "Check the path, or create a new workspace (File > New workspace).", null);
    }

    static WorkspaceException alreadyExists(Path file) {
        return new WorkspaceException(Kind.ALREADY_EXISTS, file,
                "A file already exists at " + file + ".",
                "Choose another name for the new workspace, or open the existing one. The file was not changed.", null);
    }

    static WorkspaceException notADatabase(Path file) {
        return new WorkspaceException(Kind.NOT_A_DATABASE, file,
                file + " is not a Checkbench workspace: it is not a database file at all (perhaps a document or a picture).",
                "Choose your workspace file (it ends in .checkbench). The file was not changed.", null);
    }

    static WorkspaceException notAWorkspace(Path file) {
        return new WorkspaceException(Kind.NOT_A_WORKSPACE, file,
                file + " is a database made by another program, not a Checkbench workspace.",
                "Choose your workspace file (it ends in .checkbench). The file was not changed.", null);
    }

    static WorkspaceException emptyFile(Path file) {
        return new WorkspaceException(Kind.NOT_A_WORKSPACE, file,
                file + " is empty: it holds no Checkbench workspace.",
                "If it should hold your work, it was not copied or saved completely: open the original or a backup"
                        + " copy. To start a new workspace under this name, use File > New workspace (or delete the"
                        + " empty file first). The file was not changed.", null);
    }

    static WorkspaceException newerVersion(Path file, int found, int supported) {
        return new WorkspaceException(Kind.NEWER_VERSION, file,
                file + " was saved by a newer version of Checkbench (workspace format " + found
                        + "; this version understands up to format " + supported + ").",
                "Update Checkbench to open it. The file was not changed.", null);
    }

    static WorkspaceException corrupt(Path file, String detail, Throwable cause) {
        return new WorkspaceException(Kind.CORRUPT, file,
                file + " is damaged and cannot be opened safely (" + detail + ").",
                "Open a backup copy instead: File > Back up workspace makes them, and upgrades leave a copy named"
                        + " *.before-v<N>-<time>.bak beside the workspace. The damaged file was not changed.", cause);
    }

    static WorkspaceException readOnly(Path file, String what) {
        return new WorkspaceException(Kind.READ_ONLY, file,
                what + " is read-only, so Checkbench could not save your work in " + file + ".",
                "Make the file and its folder writable, or copy the workspace to a folder you can write to and open the copy."
                        + " The file was not changed.", null);
    }

    static WorkspaceException locked(Path file) {
        return new WorkspaceException(Kind.LOCKED, file,
                file + " is already open in another running Checkbench.",
                "Switch to that window, or close it and try again. Two programs writing one workspace could lose work."
                        + " The file was not changed.", null);
    }

    static WorkspaceException diskFull(Path file, Phase phase, Throwable cause) {
        return new WorkspaceException(Kind.DISK_FULL, file, "The disk holding " + file + " is full; " + stateAfter(phase),
                IoErrors.DISK_FULL_ADVICE, cause);
    }

    static WorkspaceException ioError(Path file, String detail, Throwable cause) {
        return ioError(file, Phase.OPEN, detail, cause);
    }

    static WorkspaceException ioError(Path file, Phase phase, String detail, Throwable cause) {
        return new WorkspaceException(Kind.IO_ERROR, file,
                "Checkbench could not read or write " + file + " (" + detail + "); " + stateAfter(phase),
                "Check that the disk or drive is available and try again.", cause);
    }

    static WorkspaceException serverUnreachable(Path journal, String location, String detail, String stateAfter,
            Throwable cause) {
        return new WorkspaceException(Kind.SERVER_UNREACHABLE, journal,
                "The team workspace " + location + " cannot be reached (" + detail + "); " + stateAfter,
                "Check the network or ask whoever runs the server; Checkbench keeps trying.", cause);
    }

    static WorkspaceException notAllowed(Path journal, String problem, String advice, Throwable cause) {
        return new WorkspaceException(Kind.NOT_ALLOWED, journal, problem, advice, cause);
    }

    static WorkspaceException badCertificate(Path journal, String problem, String advice, Throwable cause) {
        return new WorkspaceException(Kind.BAD_CERTIFICATE, journal, problem, advice, cause);
    }

    /** What became of the data, in the words each phase of work makes true. */
    private static String stateAfter(Phase phase) {
        return switch (phase) {
            case OPEN -> "it was not opened and nothing in it was changed.";
            case READ -> "nothing in it was changed.";
            case BACKUP -> "the backup was not made; the workspace itself was not changed.";
            case WRITE -> "the last change was not saved (the workspace holds everything before it).";
            case FLUSH -> "everything done so far is saved in the workspace, but Checkbench could not finish"
                    + " writing it into the main file; it will when there is room. Keep the file ending in -wal"
                    + " beside the workspace.";
        };
    }
}
