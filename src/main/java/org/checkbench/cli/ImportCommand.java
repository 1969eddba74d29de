package org.checkbench.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.checkbench.model.text.DecodedText;
import org.checkbench.model.Article;
import org.checkbench.service.ArticleImportException;
import org.checkbench.service.ArticleTextReader;
import org.checkbench.service.ImportOptions;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.store.WorkspaceException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench import --workspace FILE ARTICLE.txt [--title T] [--accept-suggestions]}: stores
 * an article, its first revision and detection's suggestions (or, for batch use, unchecked claims
 * made from them) and prints the new article's id (alone, for scripts). The file is read before the
 * workspace is opened, so a refused file changes nothing; once the article is stored its id is
 * printed and the exit code is 0 even if flushing then fails (the message says the article is stored).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a text file as an article (with its first revision and detection's suggestions)"
                + " and print the article's id.")
public final class ImportCommand implements Callable<Integer> {

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "The workspace file; created if missing (default: the one in your data folder).")
    Path workspace;

    @Option(names = "--title", paramLabel = "TITLE", description = "The article's title (default: its first line).")
    String title;

    @Option(names = "--accept-suggestions",
            description = "Store detection's suggestions as unchecked claims instead of as suggestions (batch use).")
    boolean acceptSuggestions;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Read the file in this encoding (e.g. windows-1251, ISO-8859-2, Shift_JIS) instead of"
                    + " detecting it; use it when a warning said the encoding was a guess.")
    String encoding;

    @Parameters(paramLabel = "ARTICLE", description = "A text file: UTF-8, UTF-16, or a legacy encoding (detected,"
            + " with a warning, or given with --encoding).")
    Path article;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Charset> chosen = Encodings.parse(encoding, spec);
        DecodedText text;
        try {
            // The file is read before the workspace is opened: a refused file creates nothing.
            text = ArticleTextReader.readArticle(article, chosen.orElse(null));
        } catch (ArticleImportException e) {
            err.println(e.userMessage());
            return ExitCodes.IMPORT_REFUSED;
        }
        WorkspaceService service = WorkspaceService.standard();
        WorkspaceSession session;
        try {
            session = workspace != null ? service.open(workspace) : service.openDefault();
        } catch (WorkspaceException e) {
            err.println(e.userMessage());
            return ExitCodes.WORKSPACE_PROBLEM;
        }
        Article imported;
        try {
            ImportOptions options = session.articles().defaultImportOptions().withAcceptSuggestions(acceptSuggestions);
            imported = session.articles().importDecoded(article, text, title, options).article();
        } catch (WorkspaceException e) {
            err.println(e.userMessage() + " The article was not imported.");
            closeAfterFailure(session, err);
            return ExitCodes.WORKSPACE_PROBLEM;
        }
        // Committed: from here on the article is in the workspace, whatever the flush says. Its id
        // goes out first, so a script never imports it twice.
        spec.commandLine().getOut().println(imported.id());
        spec.commandLine().getOut().flush();
        if (text.needsAttention()) {
            err.println("Warning: " + article.getFileName() + " was " + text.describe()
                    + ". If the text is wrong, delete the article and import the file again with --encoding NAME.");
        }
        try {
            session.flush();
            session.close();
        } catch (WorkspaceException e) {
            err.println("Article " + imported.id() + " is stored in the workspace. " + e.userMessage());
            closeAfterFailure(session, err);
        }
        return ExitCodes.OK;
    }

    private static void closeAfterFailure(WorkspaceSession session, PrintWriter err) {
        try {
            session.close();
        } catch (WorkspaceException again) {
            // Already reported what matters; the log stays beside the workspace for the next open.
        }
    }
}
