package org.checkbench.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javafx.scene.input.Clipboard;

import org.checkbench.service.ArticleFileReader;
import org.checkbench.service.ImportedFile;
import org.checkbench.service.TextCleanup;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.Problems;

/**
 * Drafts into the workspace from the window: File > Open article… in any format the readers know,
 * and Edit > Paste as new article. The file is read on the worker; the window asks here about
 * hard-wrapped text and repeated page headers, then the article is stored on the worker and shown
 * with what the reader noticed.
 */
final class DraftImport {

    static final List<String> DRAFT_FILES = List.of("*.docx", "*.doc", "*.odt", "*.rtf", "*.html", "*.htm", "*.md",
            "*.markdown", "*.txt", "*.text");

    private final MainWindow window;
    private DialogService dialogs;

    DraftImport(MainWindow window) {
        this.window = window;
        this.dialogs = window.dialogs();
    }

    /** Tests answer the questions and choose the files. */
    void useDialogs(DialogService scripted) {
        this.dialogs = scripted;
    }

    /** File > Open article…: read on the worker, ask about wrapped lines here, store on the worker. */
    void openDraft() {
        dialogs.chooseFileToOpen("Open an article", "Drafts (Word, OpenDocument, RTF, web page, Markdown,"
                + " text)", DRAFT_FILES).ifPresent(this::importFile);
    }

    void importFile(Path file) {
        WorkspaceSession session = window.workspace().session();
        if (session == null) {
            return;
        }
        window.tasks().run("Read the article", () -> session.articles().readFile(file), this::store,
                failure -> Problems.show(dialogs, "Open the article", failure));
    }

    /** Edit > Paste as new article: rich text (HTML) on the clipboard becomes plain paragraphs. */
    void pasteAsNewArticle() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        paste(clipboard.hasHtml() ? clipboard.getHtml() : null, clipboard.hasString() ? clipboard.getString() : null);
    }

    /** What Paste as new article does with the clipboard's HTML and plain text. */
    void paste(String html, String text) {
        if (window.workspace().session() == null) {
            return;
        }
        if ((html == null || html.isBlank()) && (text == null || text.isBlank())) {
            dialogs.showInformation("Paste as new article", "The clipboard holds no text. Copy the"
                    + " article's text (from an e-mail, a web page or a document) and try again.");
            return;
        }
        window.tasks().run("Read the pasted text", () -> ArticleFileReader.readPasted(html, text), this::store,
                failure -> Problems.show(dialogs, "Paste as new article", failure));
    }

    /** Asks about hard-wrapped text and repeated headers, then stores the article and shows it. */
    private void store(ImportedFile read) {
        TextCleanup cleanup = askCleanup(read);
        WorkspaceSession session = window.workspace().session();
        if (window.open() != null) {
            window.open().saveNow();
        }
        window.tasks().run("Import the article", () -> session.articles().importDocument(read, null,
                        session.articles().defaultImportOptions(), cleanup).article().id(),
                articleId -> window.workspace().openArticle(articleId, bundle -> {
                    // A text file whose encoding was a guess gets the bar that offers another one.
                    window.showArticle(read.decoding() == null ? bundle
                            : bundle.withImported(new WorkspaceActions.ImportedFile(read.file(), read.decoding())));
                    if (!read.notices().isEmpty()) {
                        dialogs.showInformation("Imported " + read.fileName(), String.join("\n", read.notices()));
                    }
                }), failure -> Problems.show(dialogs, "Import the article", failure));
    }

    private TextCleanup askCleanup(ImportedFile read) {
        boolean join = false;
        boolean drop = false;
        if (read.hardWrapped()) {
            join = dialogs.choose("Join wrapped lines?", "The lines of " + read.fileName() + " end"
                    + " mid-sentence at about " + read.typicalLineWidth() + " characters, as in an e-mail or a"
                    + " scan. Join them into paragraphs? (Checkbench remembers the answer for this article's next"
                    + " drafts.)", "Join into paragraphs", "Keep the lines");
        }
        if (!read.repeatedHeaders().isEmpty()) {
            String lines = read.repeatedHeaders().stream().limit(5)
                    .map(r -> "“" + r.example() + "” (" + r.count() + " times)").collect(Collectors.joining("\n"));
            drop = dialogs.choose("Drop repeated headers and footers?", "These lines come back on every"
                    + " page:\n" + lines + "\nDrop them from the article?", "Drop them", "Keep them");
        }
        return new TextCleanup(join, drop);
    }
}
