package org.checkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.checkbench.model.ArticleSummary;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A headless command on one article of an existing workspace ({@code draft}, {@code claims},
 * {@code revisions}, {@code diff}): opens it and checks the article is there. Failures are thrown
 * and reported by {@link CliErrors}, with the same messages and exit codes as {@code import} and
 * {@code report}.
 */
abstract class ArticleCommand implements Callable<Integer> {

    @Option(names = "--workspace", paramLabel = "FILE", required = true, description = "The workspace file.")
    Path workspace;

    @Option(names = "--article", paramLabel = "ID", required = true,
            description = "The article's id (import prints it; so does the window's article list).")
    long articleId;

    @Spec
    CommandSpec spec;

    /** The command's work on an open workspace whose article exists; returns the exit code. */
    abstract int run(WorkspaceSession session, PrintWriter out, PrintWriter err);

    @Override
    public final Integer call() {
        try (WorkspaceSession session = WorkspaceService.standard().openExisting(workspace)) {
            Optional<String> missing = missingArticleMessage(session, articleId);
            if (missing.isPresent()) {
                throw new CliProblem(ExitCodes.NO_SUCH_ARTICLE, missing.get());
            }
            PrintWriter out = spec.commandLine().getOut();
            int code = run(session, out, spec.commandLine().getErr());
            out.flush();
            return code;
        }
    }

    /** Empty when the workspace has the article; otherwise what to tell the user, with the ids there are. */
    static Optional<String> missingArticleMessage(WorkspaceSession session, long articleId) {
        List<ArticleSummary> articles = session.articles().list();
        if (articles.stream().anyMatch(a -> a.id() == articleId)) {
            return Optional.empty();
        }
        String available = articles.isEmpty() ? "It has no articles yet (import one with: checkbench import)."
                : "Its articles are: " + articles.stream().limit(20)
                        .map(a -> a.id() + " (" + a.title() + ")").collect(Collectors.joining(", "))
                        + (articles.size() > 20 ? ", …" : "") + ".";
        return Optional.of("There is no article with id " + articleId + " in " + session.file() + ". " + available);
    }

    /** A value for one TSV field: tabs, line breaks and backslashes escaped as \t, \n, \r and \\. */
    static String field(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
