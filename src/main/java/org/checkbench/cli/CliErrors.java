package org.checkbench.cli;

import java.io.PrintWriter;
import java.util.NoSuchElementException;

import org.checkbench.report.ReportWriteException;
import org.checkbench.service.ArticleImportException;
import org.checkbench.store.WorkspaceException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Every failure of every command ends here: the user reads what happened and what to do on stderr,
 * and the script gets the code of {@link ExitCodes} that says which kind of problem it was.
 * Commands throw; they do not print errors or pick codes themselves.
 */
public final class CliErrors implements IExecutionExceptionHandler {

    /** Installs this handler on a command tree (the app's and the benchmark jar's). */
    public static CommandLine installOn(CommandLine commandLine) {
        return commandLine.setExecutionExceptionHandler(new CliErrors());
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int code = exitCodeOf(failure);
        err.println(messageOf(failure));
        if (code == ExitCodes.UNEXPECTED) {
            failure.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The row of the exit-code table for this failure. */
    public static int exitCodeOf(Throwable failure) {
        if (failure instanceof CliProblem problem) {
            return problem.exitCode();
        } else if (failure instanceof WorkspaceException) {
            return ExitCodes.WORKSPACE_PROBLEM;
        } else if (failure instanceof ArticleImportException) {
            return ExitCodes.IMPORT_REFUSED;
        } else if (failure instanceof NoSuchElementException) {
            // An article deleted between the check and the export: another Checkbench cannot hold the
            // workspace's lock, so this is only a safety net.
            return ExitCodes.NO_SUCH_ARTICLE;
        } else if (failure instanceof ReportWriteException) {
            return ExitCodes.REPORT_NOT_WRITTEN;
        } else if (failure instanceof NoDisplayException) {
            return ExitCodes.NO_DISPLAY;
        }
        return ExitCodes.UNEXPECTED;
    }

    /** What the user reads: the message meant for them, or for a bug, what broke and that the work is safe. */
    static String messageOf(Throwable failure) {
        if (failure instanceof WorkspaceException workspace) {
            return workspace.userMessage();
        } else if (failure instanceof ArticleImportException article) {
            return article.userMessage();
        } else if (exitCodeOf(failure) != ExitCodes.UNEXPECTED) {
            return failure.getMessage();
        }
        return "Checkbench failed unexpectedly: " + failure
                + System.lineSeparator() + "Nothing saved before was lost. Please report this, with the lines below.";
    }
}
