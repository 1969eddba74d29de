package org.checkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javafx.scene.input.Clipboard;

import org.checkbench.io.claimreview.ClaimReviewExport;
import org.checkbench.io.text.TextCleanup;
import org.checkbench.service.ArticleFileReader;
import org.checkbench.service.ExportService;
import org.checkbench.service.ImportedFile;
import org.checkbench.service.WorkspaceSession;

/**
 * The newsroom formats from the window: open a draft in any format (asking first about hard-wrapped
 * text), paste one as a new article, export the open article in each format (ClaimReview says which
 * claims lack which fields), and hand bundles to and from a colleague. All file work runs on the
 * worker; the window only asks and shows.
 */
final class NewsroomFiles {

    static final List<String> DRAFT_FILES = List.of("*.docx", "*.doc", "*.odt", "*.rtf", "*.html", "*.htm", "*.md",
            "*.markdown", "*.txt", "*.text");
    static final List<String> BUNDLE_FILES = List.of("*.checkbench-bundle");

    private final MainWindow window;
    private DialogService dialogs;

    NewsroomFiles(MainWindow window) {
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
        WorkspaceSession session = window.workspace().session();
        Clipboard clipboard = Clipboard.getSystemClipboard();
        paste(clipboard.hasHtml() ? clipboard.getHtml() : null, clipboard.hasString() ? clipboard.getString() : null);
    }

    /** What Paste as new article does with the clipboard's HTML and plain text. */
    void paste(String html, String text) {
        WorkspaceSession session = window.workspace().session();
        if (session == null) {
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
                        session.articles().defaultImportOptions(), cleanup).id(),
                articleId -> window.workspace().openArticle(articleId, bundle -> {
                    window.showArticle(bundle);
                    if (!read.document().notices().isEmpty()) {
                        dialogs.showInformation("Imported " + read.fileName(),
                                String.join("\n", read.document().notices()));
                    }
                }), failure -> Problems.show(dialogs, "Import the article", failure));
    }

    private TextCleanup askCleanup(ImportedFile read) {
        boolean join = false;
        boolean drop = false;
        if (read.wrap().hardWrapped()) {
            join = dialogs.confirm("Join wrapped lines?", "The lines of " + read.fileName() + " end"
                    + " mid-sentence at about " + read.wrap().typicalWidth() + " characters, as in an e-mail or a"
                    + " scan. Join them into paragraphs? (Checkbench remembers the answer for this article's next"
                    + " drafts.)");
        }
        if (!read.repeatedLines().isEmpty()) {
            String lines = read.repeatedLines().stream().limit(5)
                    .map(r -> "“" + r.example() + "” (" + r.count() + " times)").collect(Collectors.joining("\n"));
            drop = dialogs.confirm("Drop repeated headers and footers?", "These lines come back on every"
                    + " page:\n" + lines + "\nDrop them from the article?");
        }
        return new TextCleanup(join, drop);
    }

    /** File > Export as …: the open article in one of the newsroom formats. */
    void export(ExportService.Format format) {
        if (window.open() == null) {
            return;
        }
        var current = window.open();
        current.saveNow();
        long articleId = current.article().id();
        String name = fileNameOf(current.article().title()) + (format == ExportService.Format.LINKS_CSV ? "-links" : "")
                + "." + format.extension();
        dialogs.chooseFileToSave("Export as " + format.label(), name, format.label(),
                List.of("*." + format.extension())).ifPresent(out -> window.tasks().run("Export " + format.label(),
                () -> current.session().exports().export(articleId, format, out),
                result -> reportExport(format, result),
                failure -> Problems.show(dialogs, "Export " + format.label(), failure)));
    }

    private void reportExport(ExportService.Format format, ExportService.Exported result) {
        ClaimReviewExport.Result review = result.claimReview();
        if (review != null && !review.wroteAnything()) {
            dialogs.showError("ClaimReview not written", "No claim has every field ClaimReview requires,"
                    + " so nothing was written.", missingList(review));
            return;
        }
        String message = "Wrote " + result.file() + " (" + result.claims() + " claim" + (result.claims() == 1 ? "" : "s")
                + ").";
        if (review != null && (!review.leftOut().isEmpty() || !review.incomplete().isEmpty())) {
            message += "\n\n" + missingList(review);
        }
        dialogs.showInformation(format.label(), message);
    }

    /** File > Check ClaimReview fields…: what each claim still lacks, without writing anything. */
    void checkClaimReview() {
        if (window.open() == null) {
            return;
        }
        var current = window.open();
        current.saveNow();
        long articleId = current.article().id();
        window.tasks().run("Check ClaimReview fields", () -> current.session().exports().checkClaimReview(articleId),
                review -> dialogs.showInformation("ClaimReview fields",
                        review.leftOut().isEmpty() && review.incomplete().isEmpty()
                                ? "Every claim has the fields ClaimReview requires and recommends."
                                : missingList(review)),
                failure -> Problems.show(dialogs, "Check ClaimReview fields", failure));
    }

    /** The "missing fields" list, one claim a line. */
    static String missingList(ClaimReviewExport.Result review) {
        StringBuilder text = new StringBuilder();
        if (!review.leftOut().isEmpty()) {
            text.append("Left out (a required field is missing):\n");
            review.leftOut().forEach(g -> text.append(line(g)));
        }
        if (!review.incomplete().isEmpty()) {
            text.append(text.length() > 0 ? "\n" : "").append("Written without recommended fields:\n");
            review.incomplete().forEach(g -> text.append(line(g)));
        }
        return text.toString().strip();
    }

    private static String line(ClaimReviewExport.Gap gap) {
        return "• Claim " + gap.claimNumber() + " “" + ClaimDescriptions.shorten(gap.quote(), 50) + "”: "
                + String.join("; ", gap.missing()) + "\n";
    }

    /** File > Export bundle…: the open article, with everything on it, for a colleague. */
    void exportBundle() {
        if (window.open() == null) {
            return;
        }
        var current = window.open();
        current.saveNow();
        long articleId = current.article().id();
        dialogs.chooseFileToSave("Export bundle", fileNameOf(current.article().title()) + ".checkbench-bundle",
                "Checkbench bundles", BUNDLE_FILES).ifPresent(out -> window.tasks().run("Export the bundle", () -> {
                    current.session().bundles().export(List.of(articleId), out);
                    return out;
                }, done -> dialogs.showInformation("Bundle written", "Wrote " + done + "."),
                failure -> Problems.show(dialogs, "Export the bundle", failure)));
    }

    /** File > Import bundle…: a colleague's articles into this workspace. */
    void importBundle() {
        WorkspaceSession session = window.workspace().session();
        if (session == null) {
            return;
        }
        dialogs.chooseFileToOpen("Import bundle", "Checkbench bundles", BUNDLE_FILES).ifPresent(file -> {
            if (window.open() != null) {
                window.open().saveNow();
            }
            window.tasks().run("Import the bundle", () -> session.bundles().importBundle(file), result -> {
                String summary = "Imported " + result.articleIds().size() + " article"
                        + (result.articleIds().size() == 1 ? "" : "s")
                        + (result.alreadyThere() > 0 ? "; " + result.alreadyThere() + " already in this workspace" : "")
                        + ". Sources: " + result.newEvidence() + " new, " + result.mergedEvidence()
                        + " already in the library.";
                if (!result.articleIds().isEmpty()) {
                    window.workspace().openArticle(result.articleIds().get(0), window::showArticle);
                }
                dialogs.showInformation("Bundle imported", summary);
            }, failure -> Problems.show(dialogs, "Import the bundle", failure));
        });
    }

    private static String fileNameOf(String title) {
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip().replaceAll("\\s+", "-");
        if (cleaned.length() > 60) {
            cleaned = cleaned.substring(0, 60);
        }
        return cleaned.isEmpty() ? "article" : cleaned.toLowerCase(Locale.ROOT);
    }
}
