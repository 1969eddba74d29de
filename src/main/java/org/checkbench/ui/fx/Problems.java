package org.checkbench.ui.fx;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.checkbench.service.ArticleImportException;
import org.checkbench.store.WorkspaceException;

/**
 * Turns whatever went wrong into what the user reads: what happened, and what to do. The core's
 * own exceptions already carry both; anything else gets a message that says the work is safe.
 */
public final class Problems {

    private Problems() {
    }

    private static final System.Logger LOG = System.getLogger(Problems.class.getName());

    public static void show(DialogService dialogs, String doing, Throwable failure) {
        Throwable cause = unwrap(failure);
        LOG.log(System.Logger.Level.WARNING, "Could not " + lowerFirst(doing), cause);
        if (cause instanceof WorkspaceException workspace) {
            dialogs.showError("Workspace problem", workspace.problem(), workspace.advice());
        } else if (cause instanceof org.checkbench.store.TextHeldElsewhere held) {
            dialogs.showError("Could not " + lowerFirst(doing), held.getMessage(),
                    "Try again once they have stopped: the text is free a minute after their last change, and the"
                            + " notice above the editor says when.");
        } else if (cause instanceof ArticleImportException article) {
            dialogs.showError("Could not open the article", article.userMessage(),
                    "Checkbench opens Word (.docx), OpenDocument (.odt), RTF, web pages, Markdown and plain text."
                            + " The workspace is unchanged.");
        } else {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            dialogs.showError("Could not " + lowerFirst(doing), message,
                    "Everything saved before this is safe. Try again; if it keeps happening, back up the"
                            + " workspace (File > Back up workspace…) and restart Checkbench.");
        }
    }

    /** What happened, in the words the error message uses (for a state the window shows afterwards). */
    public static String whatHappened(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof WorkspaceException workspace) {
            return workspace.problem();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /**
     * A team workspace's server did not answer. A read that fails so is not worth a dialog: the
     * status bar says the workspace is offline, and what was shown stays shown.
     */
    public static boolean isServerUnreachable(Throwable failure) {
        return unwrap(failure) instanceof WorkspaceException workspace && workspace.isServerUnreachable();
    }

    /** {@link #show}, except for a read a team workspace's server did not answer (the status bar says offline). */
    public static void showUnlessOffline(DialogService dialogs, String doing, Throwable failure) {
        if (!isServerUnreachable(failure)) {
            show(dialogs, doing, failure);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
