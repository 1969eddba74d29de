package org.checkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.checkbench.model.Article;
import org.checkbench.service.ImportOptions;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench import --workspace FILE ARTICLE.txt [--title T] [--accept-suggestions]}: stores
 * an article, its first revision and detection's suggestions (or, for batch use, unchecked claims
 * made from them) and prints the new article's id (alone, for scripts).
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

    @Parameters(paramLabel = "ARTICLE", description = "A text file: UTF-8, UTF-16 with BOM, or Windows-1252.")
    Path article;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        WorkspaceService service = WorkspaceService.standard();
        try (WorkspaceSession session = workspace != null ? service.open(workspace) : service.openDefault()) {
            ImportOptions options = session.articles().defaultImportOptions().withAcceptSuggestions(acceptSuggestions);
            Article imported = session.articles().importFile(article, title, options);
            session.flush();
            spec.commandLine().getOut().println(imported.id());
            return ExitCodes.OK;
        }
    }
}
