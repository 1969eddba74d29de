package org.checkbench.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.checkbench.io.bundle.BundleException;
import org.checkbench.service.BundleService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.BackgroundTask;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * File > Export bundle… and File > Import bundle…: the open article with everything on it, handed
 * to a colleague as a {@code .checkbench-bundle}, and a colleague's bundle taken into this workspace.
 * Both show progress and can be cancelled ({@link FileJob}): exporting reads on the worker and writes
 * on a thread of its own; importing reads and checks the file on a thread of its own and stores it on
 * the worker in one transaction, which a cancel rolls back.
 */
public final class BundleTransfer {

    static final List<String> BUNDLE_FILES = List.of("*.checkbench-bundle");

    private final Window owner;
    private final TaskExecutor tasks;
    private final Supplier<OpenArticle> current;
    private final Supplier<WorkspaceSession> session;
    private final LongConsumer showArticle;
    private final Consumer<String> status;
    private DialogService dialogs;
    private FileJob job;

    /**
     * @param showArticle opens an imported article in the window
     * @param status the status bar's text
     */
    public BundleTransfer(Window owner, TaskExecutor tasks, DialogService dialogs, Supplier<OpenArticle> current,
            Supplier<WorkspaceSession> session, LongConsumer showArticle, Consumer<String> status) {
        this.owner = owner;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.current = current;
        this.session = session;
        this.showArticle = showArticle;
        this.status = status;
    }

    /** Tests answer the file choosers and read the messages. */
    public void useDialogs(DialogService scripted) {
        this.dialogs = scripted;
    }

    private boolean busy() {
        return job != null && job.running();
    }

    /** File > Export bundle…: the open article, with everything on it, for a colleague. */
    public void exportBundle() {
        OpenArticle open = current.get();
        if (open == null || busy()) {
            return;
        }
        dialogs.chooseFileToSave("Export bundle", ExportFileNames.suggested(open.article().title(), "", "checkbench-bundle"),
                "Checkbench bundles", BUNDLE_FILES).ifPresent(out -> export(open, out));
    }

    private void export(OpenArticle open, Path out) {
        // Queued on the worker before the read: the bundle includes the last keystrokes.
        open.saveNow();
        long articleId = open.article().id();
        FileJob export = new FileJob(owner, tasks, "Exporting a bundle", "Writing " + out.getFileName(),
                "Collecting the article", failure -> {
                    status.accept("The bundle could not be written.");
                    Problems.show(dialogs, "Export the bundle", failure);
                }, () -> status.accept("Bundle export cancelled; no file was written."));
        job = export;
        export.step(BackgroundTask.withProgress("Collect the bundle",
                progress -> open.session().bundles().prepare(List.of(articleId), FileJob.reporting(progress))),
                prepared -> export.step(BackgroundTask.withProgress("Write the bundle", progress -> {
                    BundleService.write(prepared, out, FileJob.reporting(progress));
                    return out;
                }).onOwnThread(), written -> {
                    export.done();
                    status.accept("Bundle written to " + written);
                    dialogs.showInformation("Bundle written", "Wrote " + written + ".");
                }));
    }

    /** File > Import bundle…: a colleague's articles into this workspace. */
    public void importBundle() {
        WorkspaceSession into = session.get();
        if (into == null || busy()) {
            return;
        }
        dialogs.chooseFileToOpen("Import bundle", "Checkbench bundles", BUNDLE_FILES)
                .ifPresent(file -> importInto(into, file));
    }

    private void importInto(WorkspaceSession into, Path file) {
        if (current.get() != null) {
            current.get().saveNow();
        }
        FileJob importing = new FileJob(owner, tasks, "Importing a bundle", "Importing " + file.getFileName(),
                "Reading and checking the bundle", this::importFailed,
                () -> status.accept("Bundle import cancelled; nothing was imported."));
        job = importing;
        importing.step(BackgroundTask.withProgress("Read the bundle",
                progress -> BundleService.check(file, FileJob.reporting(progress))).onOwnThread(),
                checked -> importing.step(BackgroundTask.withProgress("Import the bundle",
                        progress -> into.bundles().importBundle(checked, FileJob.reporting(progress))), result -> {
                            importing.done();
                            imported(result);
                        }));
    }

    private void imported(BundleService.Imported result) {
        String summary = result.summary();
        status.accept(summary);
        if (!result.articleIds().isEmpty()) {
            showArticle.accept(result.articleIds().get(0));
        }
        dialogs.showInformation("Bundle imported", summary);
    }

    private void importFailed(Throwable failure) {
        status.accept("The bundle was not imported.");
        if (failure instanceof BundleException refused) {
            // Damaged, not a bundle, or from a newer Checkbench: trying again will not help.
            dialogs.showError("Could not import the bundle", refused.getMessage(), "Nothing was imported; this"
                    + " workspace is unchanged. Ask your colleague to export the bundle again, and update Checkbench"
                    + " if the bundle comes from a newer version.");
        } else {
            Problems.show(dialogs, "Import the bundle", failure);
        }
    }
}
