package org.checkbench.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.stage.Window;

import org.checkbench.report.ReportWriteException;
import org.checkbench.service.ExportedReport;
import org.checkbench.service.ReportRequest;
import org.checkbench.service.ReportService.PreparedReport;
import org.checkbench.service.SourcePolicy;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.BackgroundTask;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * File > Export check report…: options, destination, then the PDF written in the background with
 * progress and Cancel, and an offer to open it.
 *
 * <p>Reading the report goes through the shared worker, queued behind the save of what is on
 * screen, so the PDF shows exactly what the checker sees. Rendering then runs as a task on a thread
 * of its own ({@link BackgroundTask#onOwnThread()}): it touches no database, takes seconds on long
 * articles, and must be interruptible without interrupting the worker's writes.
 */
public final class ReportExport {

    private static final String DOING = "Export the check report";
    /** ProgressBar's value for "working, amount unknown". */
    private static final double INDETERMINATE = -1;

    private final Window owner;
    private final TaskExecutor tasks;
    private final Supplier<OpenArticle> current;
    private final Consumer<String> status;
    private final Supplier<String> checkerName;
    private final Consumer<String> rememberCheckerName;
    private final Supplier<SourcePolicy> policy;
    private DialogService dialogs;
    private ReportOpener opener;
    private ReportRendering rendering = ReportRendering.standard();
    private boolean exporting;

    public ReportExport(Window owner, TaskExecutor tasks, DialogService dialogs, Supplier<OpenArticle> current,
            Consumer<String> status, Supplier<String> checkerName, Consumer<String> rememberCheckerName,
            Supplier<SourcePolicy> policy) {
        this.owner = owner;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.current = current;
        this.status = status;
        this.checkerName = checkerName;
        this.rememberCheckerName = rememberCheckerName;
        this.policy = policy;
        this.opener = pdf -> dialogs.showInformation("Check report exported", "The report is at " + pdf + ".");
    }

    /** How the finished PDF is opened: the desktop's viewer in the app, a recorder in tests. */
    public void useOpener(ReportOpener replacement) {
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
    public void start() {
        OpenArticle open = current.get();
        if (open == null || exporting) {
            return;
        }
        new ExportOptionsDialog(owner, open.article().title(), open.scale(), checkerName.get(),
                policy.get())
                .show(dialogs, options -> chooseFileAndExport(open, options));
    }

    private void chooseFileAndExport(OpenArticle open, ReportRequest options) {
        rememberCheckerName.accept(options.checkerName());
        dialogs.chooseFileToSave("Export check report", suggestedFileName(open.article().title()), "PDF documents",
                List.of("*.pdf")).map(ReportExport::withPdfExtension).ifPresent(file -> export(open, options, file));
    }

    private void export(OpenArticle open, ReportRequest options, Path file) {
        exporting = true;
        Job job = new Job(file);
        // Queued on the worker before the read below: the report includes the last keystrokes.
        open.saveNow();
        WorkspaceSession session = open.session();
        long articleId = open.article().id();
        job.window.show();
        status.accept("Exporting the check report…");
        job.follow(tasks.execute(BackgroundTask.of("Prepare the check report",
                () -> session.reports().prepare(articleId, options))
                .onSuccess(report -> job.render(report, options))
                .onFailure(failure -> job.ended(null, failure))
                .onCancelled(() -> job.ended(null, new CancellationException()))));
    }

    /** One export from the moment the destination is known until its outcome was shown. */
    private final class Job {

        private final Path file;
        private final ExportProgressWindow window;
        private BackgroundTask<?> step;
        private boolean cancelled;

        Job(Path file) {
            this.file = file;
            this.window = new ExportProgressWindow(owner, file.getFileName().toString(), this::cancel);
        }

        void follow(BackgroundTask<?> task) {
            step = task;
        }

        /** Rendering runs on a thread of its own: no database, seconds long, interruptible by Cancel. */
        void render(PreparedReport report, ReportRequest options) {
            if (cancelled) {
                ended(null, new CancellationException());
                return;
            }
            ReportRendering renderer = ReportExport.this.rendering;
            BackgroundTask<ExportedReport> rendering = BackgroundTask.withProgress(DOING,
                    progress -> renderer.render(report, options, file, progress::update))
                    .onOwnThread()
                    .onSuccess(result -> ended(result, null))
                    .onFailure(failure -> ended(null, failure))
                    .onCancelled(() -> ended(null, new CancellationException()));
            // Loading the fonts takes seconds the first time: a moving bar, not an empty one.
            window.follow(Bindings.createDoubleBinding(() -> rendering.progressProperty().get() > 0
                    ? rendering.progressProperty().get() : INDETERMINATE, rendering.progressProperty()),
                    rendering.messageProperty());
            follow(tasks.execute(rendering));
        }

        /** Before rendering, the flag stops it from starting; during it, the interrupt stops it. */
        void cancel() {
            cancelled = true;
            if (step != null) {
                step.cancel();
            }
        }

        /** Called once the work has stopped (and the renderer removed its temporary file). */
        void ended(ExportedReport result, Throwable failure) {
            window.close();
            exporting = false;
            if (failure == null) {
                succeeded(result);
            } else if (cancelled || failure instanceof CancellationException) {
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

        private void succeeded(ExportedReport result) {
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

    /** The article title as a file name every desktop accepts. */
    static String suggestedFileName(String articleTitle) {
        return ExportFileNames.suggested(articleTitle, "check report", "pdf");
    }

    static Path withPdfExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }
}
