package org.checkbench.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.checkbench.io.bundle.BundleException;
import org.checkbench.model.Article;
import org.checkbench.model.text.DecodedText;
import org.checkbench.service.ArticleFileReader;
import org.checkbench.service.ArticleImportException;
import org.checkbench.service.BundleService;
import org.checkbench.service.ImportOptions;
import org.checkbench.service.ImportedFile;
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
 * {@code checkbench import --workspace FILE ARTICLE [--title T] [--accept-suggestions]}: stores
 * an article, its first revision and detection's suggestions (or, for batch use, unchecked claims
 * made from them) and prints the new article's id (alone, for scripts). The file is read before the
 * workspace is opened, so a refused file changes nothing; once the article is stored its id is
 * printed and the exit code is 0 even if flushing then fails (the message says the article is stored).
 * A colleague's {@code .checkbench-bundle} is imported whole instead.
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

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Read a text file in this encoding (e.g. windows-1251, ISO-8859-2, Shift_JIS) instead of"
                    + " detecting it; use it when a warning said the encoding was a guess.")
    String encoding;

    @Option(names = "--join-lines",
            description = "When the text is hard-wrapped (e-mail, OCR), join its lines into paragraphs.")
    boolean joinLines;

    @Option(names = "--drop-repeated-lines",
            description = "Drop page headers and footers repeated through the text (OCR).")
    boolean dropRepeatedLines;

    @Parameters(paramLabel = "FILE", description = "An article (.docx, .odt, .rtf, .html, .md or text: UTF-8, UTF-16,"
            + " or a legacy encoding, detected with a warning or given with --encoding) or a .checkbench-bundle from"
            + " a colleague.")
    Path article;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Charset> chosen = Encodings.parse(encoding, spec);
        if (BundleService.isBundle(article)) {
            return importBundle(err);
        }
        ImportedFile read;
        try {
            // The file is read before the workspace is opened: a refused file creates nothing.
            read = ArticleFileReader.read(article, chosen.orElse(null));
        } catch (ArticleImportException e) {
            err.println(e.userMessage());
            return ExitCodes.IMPORT_REFUSED;
        }
        WorkspaceSession session;
        try {
            session = open();
        } catch (WorkspaceException e) {
            err.println(e.userMessage());
            return ExitCodes.WORKSPACE_PROBLEM;
        }
        Article imported;
        try {
            ImportOptions options = session.articles().defaultImportOptions().withAcceptSuggestions(acceptSuggestions);
            TextCleanup cleanup = new TextCleanup(joinLines && read.hardWrapped(),
                    dropRepeatedLines && !read.repeatedHeaders().isEmpty());
            imported = session.articles().importDocument(read, title, options, cleanup).article();
        } catch (WorkspaceException e) {
            err.println(e.userMessage() + " The article was not imported.");
            closeAfterFailure(session, err);
            return ExitCodes.WORKSPACE_PROBLEM;
        }
        // Committed: from here on the article is in the workspace, whatever the flush says. Its id
        // goes out first, so a script never imports it twice.
        spec.commandLine().getOut().println(imported.id());
        spec.commandLine().getOut().flush();
        tellWhatToCheck(read, err);
        try {
            session.flush();
            session.close();
        } catch (WorkspaceException e) {
            err.println("Article " + imported.id() + " is stored in the workspace. " + e.userMessage());
            closeAfterFailure(session, err);
        }
        return ExitCodes.OK;
    }

    private WorkspaceSession open() {
        WorkspaceService service = WorkspaceService.standard();
        return workspace != null ? service.open(workspace) : service.openDefault();
    }

    /** The reader's notices, a guessed encoding, and a hard-wrapped text left as it was. */
    private void tellWhatToCheck(ImportedFile read, PrintWriter err) {
        for (String notice : read.notices()) {
            err.println("Note: " + notice);
        }
        DecodedText decoding = read.decoding();
        if (decoding != null && decoding.needsAttention()) {
            err.println("Warning: " + article.getFileName() + " was " + decoding.describe()
                    + ". If the text is wrong, delete the article and import the file again with --encoding NAME.");
        }
        if (read.hardWrapped() && !joinLines) {
            err.println("Note: the text looks hard-wrapped at about " + read.typicalLineWidth()
                    + " characters; --join-lines joins its lines into paragraphs.");
        }
    }

    /** A bundle: every article in it that this workspace does not hold yet; prints their new ids. */
    private int importBundle(PrintWriter err) {
        try (WorkspaceSession session = open()) {
            BundleService.Imported result = session.bundles().importBundle(article);
            session.flush();
            result.articleIds().forEach(spec.commandLine().getOut()::println);
            err.println(result.summary());
            return ExitCodes.OK;
        } catch (WorkspaceException e) {
            err.println(e.userMessage());
            return ExitCodes.WORKSPACE_PROBLEM;
        } catch (BundleException e) {
            err.println(e.getMessage());
            return ExitCodes.IMPORT_REFUSED;
        }
    }

    private static void closeAfterFailure(WorkspaceSession session, PrintWriter err) {
        try {
            session.close();
        } catch (WorkspaceException again) {
            // Already reported what matters; the log stays beside the workspace for the next open.
        }
    }
}
