package org.checkbench.ui.export;

import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * File > Export bundle… and File > Import bundle…: the open article with everything on it, handed
 * to a colleague as a {@code .checkbench-bundle}, and a colleague's bundle taken into this workspace.
 */
public final class BundleTransfer {

    static final List<String> BUNDLE_FILES = List.of("*.checkbench-bundle");

    private final TaskExecutor tasks;
    private final Supplier<OpenArticle> current;
    private final Supplier<WorkspaceSession> session;
    private final LongConsumer showArticle;
    private DialogService dialogs;

    public BundleTransfer(TaskExecutor tasks, DialogService dialogs, Supplier<OpenArticle> current,
            Supplier<WorkspaceSession> session, LongConsumer showArticle) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.current = current;
        this.session = session;
        this.showArticle = showArticle;
    }

    /** Tests answer the file choosers and read the messages. */
    public void useDialogs(DialogService scripted) {
        this.dialogs = scripted;
    }

    /** File > Export bundle…: the open article, with everything on it, for a colleague. */
    public void exportBundle() {
        OpenArticle open = current.get();
        if (open == null) {
            return;
        }
        open.saveNow();
        long articleId = open.article().id();
        dialogs.chooseFileToSave("Export bundle", NewsroomExport.fileNameOf(open.article().title()) + ".checkbench-bundle",
                "Checkbench bundles", BUNDLE_FILES).ifPresent(out -> tasks.run("Export the bundle", () -> {
                    open.session().bundles().export(List.of(articleId), out);
                    return out;
                }, done -> dialogs.showInformation("Bundle written", "Wrote " + done + "."),
                failure -> Problems.show(dialogs, "Export the bundle", failure)));
    }

    /** File > Import bundle…: a colleague's articles into this workspace. */
    public void importBundle() {
        WorkspaceSession into = session.get();
        if (into == null) {
            return;
        }
        dialogs.chooseFileToOpen("Import bundle", "Checkbench bundles", BUNDLE_FILES).ifPresent(file -> {
            if (current.get() != null) {
                current.get().saveNow();
            }
            tasks.run("Import the bundle", () -> into.bundles().importBundle(file), result -> {
                String summary = "Imported " + result.articleIds().size() + " article"
                        + (result.articleIds().size() == 1 ? "" : "s")
                        + (result.alreadyThere() > 0 ? "; " + result.alreadyThere() + " already in this workspace" : "")
                        + ". Sources: " + result.newEvidence() + " new, " + result.mergedEvidence()
                        + " already in the library.";
                if (!result.articleIds().isEmpty()) {
                    showArticle.accept(result.articleIds().get(0));
                }
                dialogs.showInformation("Bundle imported", summary);
            }, failure -> Problems.show(dialogs, "Import the bundle", failure));
        });
    }
}
