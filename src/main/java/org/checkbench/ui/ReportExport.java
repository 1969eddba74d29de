package org.checkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;

import org.checkbench.report.CheckReport;
import org.checkbench.report.RenderedReport;
import org.checkbench.report.ReportOptions;
import org.checkbench.report.ReportWriteException;
import org.checkbench.service.WorkspaceSession;

/**
 * File > Export check report…: options, destination, then the PDF written in the background with
 * progress and Cancel, and an offer to open it.
 *
 * <p>Reading the report goes through the shared worker, queued behind the save of what is on
 * screen, so the PDF shows exactly what the checker sees. Rendering then runs on a thread of its
 * own: it touches no database, takes seconds on long articles, and must be interruptible without
 * interrupting the worker's writes.
 */
final class ReportExport {

    private static final String DOING = "Export the check report";
    /** ProgressBar's value for "working, amount unknown". */
    private static final double INDETERMINATE = -1;

    private final Window owner;
    private final BackgroundTasks tasks;
    private final Supplier<OpenArticle> current;
    private final Consumer<String> status;
    private final AppPreferences preferences;
    private DialogService dialogs;
    private ReportOpener opener;
    private ReportRendering rendering = ReportRendering.standard();
    private ExecutorService renderThread;
    private boolean exporting;

    ReportExport(Window owner, BackgroundTasks tasks, DialogService dialogs, Supplier<OpenArticle> current,
            Consumer<String> status, AppPreferences preferences) {
        this.owner = owner;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.current = current;
        this.status = status;
        this.preferences = preferences;
        this.opener = pdf -> dialogs.showInformation("Check report exported", "The report is at " + pdf + ".");
    }

    /** How the finished PDF is opened: the desktop's viewer in the app, a recorder in tests. */
    void useOpener(ReportOpener replacement) {
        opener = replacement;
    }

    /** For tests: answers the file chooser and records messages instead of showing OS dialogs. */
    void useDialogs(DialogService replacement) {
        dialogs = replacement;
    }

    /** For tests: wraps or replaces the render step. */
    void useRendering(ReportRendering replacement) {
        rendering = replacement;
    }

    /** The menu command. Does nothing without an article or while an export is still running. */
    void start() {
        OpenArticle open = current.get();
        if (open == null || exporting) {
            return;
        }
        new ExportOptionsDialog(owner, open.article().title(), open.scale(), preferences.checkerName())
                .show(options -> chooseFileAndExport(open, options));
    }

    private void chooseFileAndExport(OpenArticle open, ReportOptions options) {
        preferences.setCheckerName(options.checkerName());
        dialogs.chooseFileToSave("Export check report", suggestedFileName(open.article().title()), "PDF documents",
                List.of("*.pdf")).map(ReportExport::withPdfExtension).ifPresent(file -> export(open, options, file));
    }

    private void export(OpenArticle open, ReportOptions options, Path file) {
        exporting = true;
        Job job = new Job(file);
        // Queued on the worker before the read below: the report includes the last keystrokes.
        open.saveNow();
        WorkspaceSession session = open.session();
        long articleId = open.article().id();
        job.window.show();
        status.accept("Exporting the check report…");
        var policy = preferences.sourcePolicy();
        tasks.run("Prepare the check report", () -> session.reports().buildReport(articleId, options.checkerName(),
                        policy, options.embedAttachments()),
                report -> job.render(report, options),
                failure -> job.ended(null, failure));
    }

    /** One export from the moment the destination is known until its outcome was shown. */
    private final class Job {

        private final Path file;
        private final ExportProgressWindow window;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(INDETERMINATE);
        private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper("");
        private Future<?> rendering;
        private boolean cancelled;

        Job(Path file) {
            this.file = file;
            this.window = new ExportProgressWindow(owner, file.getFileName().toString(), this::cancel);
            window.follow(progress.getReadOnlyProperty(), stage.getReadOnlyProperty());
        }

        void render(CheckReport report, ReportOptions options) {
            if (cancelled) {
                ended(null, new CancellationException());
                return;
            }
            ReportRendering renderer = ReportExport.this.rendering;
            rendering = renderThread().submit(() -> {
                RenderedReport result = null;
                Throwable failure = null;
                try {
                    result = renderer.render(report, options, file, (fraction, what) -> Platform.runLater(() -> {
                        // Loading the fonts takes seconds the first time: a moving bar, not an empty one.
                        progress.set(fraction > 0 ? fraction : INDETERMINATE);
                        stage.set(what);
                    }));
                } catch (Throwable t) {
                    failure = t;
                }
                // Reported only once the renderer has stopped and removed its temporary file, so
                // "cancelled" really means nothing is left on the disk.
                RenderedReport rendered = result;
                Throwable problem = failure;
                Platform.runLater(() -> ended(rendered, problem));
            });
        }

        /** Before rendering, the flag stops it from starting; during it, the interrupt stops it. */
        void cancel() {
            cancelled = true;
            if (rendering != null) {
                rendering.cancel(true);
            }
        }

        void ended(RenderedReport result, Throwable failure) {
            window.close();
            exporting = false;
            if (failure == null) {
                succeeded(result);
            } else if (cancelled || failure instanceof CancellationException) {
                // An interrupt can also surface as an I/O error (a closed channel) from inside the
                // PDF writer; after Cancel that is the cancel, not a problem to report.
                status.accept("Export cancelled; no report was written.");
            } else if (failure instanceof ReportWriteException cannotWrite) {
                status.accept("The check report could not be written.");
                dialogs.showError("Could not export the check report", cannotWrite.getMessage(),
                        "No report file was written. Your check is safe in the workspace; export again to"
                                + " another place.");
            } else {
                status.accept("The check report could not be exported.");
                Problems.show(dialogs, DOING, failure);
            }
        }

        private void succeeded(RenderedReport result) {
            status.accept("Exported the check report to " + result.file());
            StringBuilder message = new StringBuilder("The check report was saved as ").append(result.file())
                    .append(" (").append(result.pageCount()).append(result.pageCount() == 1 ? " page)." : " pages).");
            if (result.hasMissingGlyphs()) {
                message.append("\n\n").append(result.missingGlyphsMessage());
            }
            message.append("\n\nOpen the report now?");
            if (dialogs.confirm("Check report exported", message.toString())) {
                opener.open(result.file());
            }
        }
    }

    private ExecutorService renderThread() {
        if (renderThread == null) {
            renderThread = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "checkbench-report");
                // A render left running must not keep the app alive after its window closed.
                thread.setDaemon(true);
                return thread;
            });
        }
        return renderThread;
    }

    /** The article title as a file name every desktop accepts. */
    static String suggestedFileName(String articleTitle) {
        String cleaned = articleTitle == null ? "" : articleTitle
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (cleaned.codePointCount(0, cleaned.length()) > 80) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, 80)).strip();
        }
        // A leading dot would hide the file on Linux and macOS.
        cleaned = cleaned.replaceFirst("^\\.+", "").strip();
        return (cleaned.isEmpty() ? "Check report" : cleaned + " - check report") + ".pdf";
    }

    static Path withPdfExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }
}
