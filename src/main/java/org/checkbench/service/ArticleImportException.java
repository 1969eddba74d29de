package org.checkbench.service;

import java.nio.file.Path;

/**
 * A file that cannot become an article, with a message saying why and what to do. Shown the same
 * way by the window and the CLI, like {@link org.checkbench.store.WorkspaceException}.
 */
public final class ArticleImportException extends RuntimeException {

    public enum Reason { NOT_FOUND, UNREADABLE, EMPTY, TOO_LARGE, BINARY }

    private final Reason reason;
    private final Path file;

    ArticleImportException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    public String userMessage() {
        return getMessage();
    }
}
