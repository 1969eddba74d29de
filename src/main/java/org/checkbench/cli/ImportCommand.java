package org.checkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.checkbench.io.bundle.BundleException;
import org.checkbench.model.Article;
import org.checkbench.service.ArticleImportException;
import org.checkbench.service.BundleService;
import org.checkbench.service.ImportedFile;
import org.checkbench.service.ImportOptions;
import org.checkbench.service.TextCleanup;
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
 * made from them) and prints the new article's id (alone, for scripts).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an article (Word, OpenDocument, RTF, web page, Markdown or text) with its first revision"
                + " and detection's suggestions and print its id; or import a colleague's bundle.")
public final class ImportCommand implements Callable<Integer> {

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "The workspace file; created if missing (default: the one in your data folder).")
    Path workspace;

    @Option(names = "--title", paramLabel = "TITLE", description = "The article's title (default: its first line).")
    String title;

    @Option(names = "--accept-suggestions",
            description = "Store detection's suggestions as unchecked claims instead of as suggestions (batch use).")
    boolean acceptSuggestions;

    @Option(names = "--join-lines",
            description = "When the text is hard-wrapped (e-mail, OCR), join its lines into paragraphs.")
    boolean joinLines;

    @Option(names = "--drop-repeated-lines",
            description = "Drop page headers and footers repeated through the text (OCR).")
    boolean dropRepeatedLines;

    @Parameters(paramLabel = "FILE", description = "An article (.docx, .odt, .rtf, .html, .md or text: UTF-8, UTF-16"
            + " with BOM, Windows-1252) or a .checkbench-bundle from a colleague.")
    Path article;

    @Spec
    CommandSpec spec;

    /** A bundle: every article in it that this workspace does not hold yet; prints their new ids. */
    private int importBundle(WorkspaceSession session) {
        BundleService.Imported result = session.bundles().importBundle(article);
        session.flush();
        result.articleIds().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getErr().println(result.summary());
        return ExitCodes.OK;
    }

    @Override
    public Integer call() {
        WorkspaceService service = WorkspaceService.standard();
        try (WorkspaceSession session = workspace != null ? service.open(workspace) : service.openDefault()) {
            if (BundleService.isBundle(article)) {
                return importBundle(session);
            }
            ImportOptions options = session.articles().defaultImportOptions().withAcceptSuggestions(acceptSuggestions);
            ImportedFile read = session.articles().readFile(article);
            TextCleanup cleanup = new TextCleanup(joinLines && read.hardWrapped(),
                    dropRepeatedLines && !read.repeatedHeaders().isEmpty());
            Article imported = session.articles().importDocument(read, title, options, cleanup);
            session.flush();
            for (String notice : read.notices()) {
                spec.commandLine().getErr().println("Note: " + notice);
            }
            if (read.hardWrapped() && !joinLines) {
                spec.commandLine().getErr().println("Note: the text looks hard-wrapped at about "
                        + read.typicalLineWidth() + " characters; --join-lines joins its lines into paragraphs.");
            }
            spec.commandLine().getOut().println(imported.id());
            return ExitCodes.OK;
        } catch (WorkspaceException e) {
            spec.commandLine().getErr().println(e.userMessage());
            return ExitCodes.WORKSPACE_PROBLEM;
        } catch (BundleException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.IMPORT_REFUSED;
        } catch (ArticleImportException e) {
            spec.commandLine().getErr().println(e.userMessage());
            return ExitCodes.IMPORT_REFUSED;
        }
    }
}
