package org.checkbench.ui.revisions;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.stage.Window;

import org.checkbench.model.Claim;
import org.checkbench.model.RevisionInfo;
import org.checkbench.service.CarrySummary;
import org.checkbench.service.DraftImport;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.editor.ClaimEditorController;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * The window's revision commands: import a new draft, restore an old revision, attach an orphan
 * to the selected words, and the revision list and compare windows. The work runs on the worker;
 * afterwards the article is shown again with what became of its claims.
 */
public final class RevisionActions {

    /** What the commands need from the main window. */
    public interface Host {
        Window owner();

        OpenArticle open();

        /** Loads the article again and shows it; then runs {@code afterShown} on the FX thread. */
        void reopen(long articleId, Runnable afterShown);

        void status(String text);

        ClaimEditorController claimsInEditor();

        /** Whether this window may change the article's text now (false while another checker holds it, ADR 0150). */
        javafx.beans.value.ObservableBooleanValue textEditable();
    }

    private final Host host;
    private final TaskExecutor tasks;
    private DialogService dialogs;
    private final javafx.scene.control.Label outcome = new javafx.scene.control.Label();
    private RevisionsWindow revisionsWindow;
    private CompareWindow compareWindow;

    public RevisionActions(Host host, TaskExecutor tasks, DialogService dialogs) {
        this.host = host;
        this.tasks = tasks;
        this.dialogs = dialogs;
        outcome.setId("draftStatus");
        // The counts read whole: the message line beside them (shared news of every task) gives way first.
        outcome.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        outcome.setVisible(false);
        outcome.setManaged(false);
    }

    /**
     * For the status bar: what the latest draft did to the claims, there for as long as the article
     * is open (the status bar's message line is shared with every other task's news).
     */
    public javafx.scene.control.Label outcomeLabel() {
        return outcome;
    }

    /** The article or its claims changed: the status bar's outcome follows. */
    public void showOutcome(OpenArticle open) {
        CarrySummary carry = open == null ? CarrySummary.NONE : open.carry();
        outcome.setVisible(!carry.isEmpty());
        outcome.setManaged(!carry.isEmpty());
        if (!carry.isEmpty()) {
            outcome.setText(DraftOutcomeBanner.describe(carry) + " ·");
        }
    }

    /**
     * File > Import new draft…: the draft becomes a new revision and the current text; every claim
     * is carried into it, and the claim panel and status bar say how they came through.
     */
    public void importDraft(Path file) {
        OpenArticle current = host.open();
        current.saveNow();
        long articleId = current.article().id();
        WorkspaceSession session = current.session();
        tasks.run("Import the new draft", () -> session.drafts().importDraft(articleId, file, null),
                draft -> afterNewRevision(articleId, draft, "New draft imported as revision "),
                failure -> Problems.show(dialogs, "Import the new draft", failure));
    }

    /** Brings revision {@code number}'s text back as a new revision, after asking. */
    public void restore(int number) {
        OpenArticle current = host.open();
        if (current == null || !dialogs.confirm("Restore revision " + number,
                "Make revision " + number + "'s text the current text, as a new revision? Every revision stays,"
                        + " and the claims are carried into it as for a new draft.")) {
            return;
        }
        current.saveNow();
        long articleId = current.article().id();
        WorkspaceSession session = current.session();
        tasks.run("Restore the revision", () -> session.drafts().restore(articleId, number),
                draft -> afterNewRevision(articleId, draft, "Revision " + number + " restored as revision "),
                failure -> Problems.show(dialogs, "Restore the revision", failure));
    }

    private void afterNewRevision(long articleId, DraftImport draft, String what) {
        host.reopen(articleId, () -> {
            CarrySummary carry = host.open().carry();
            host.status(what + draft.revision().number() + (carry.isEmpty() ? "." : ": " + counts(carry)
                    + (carry.changed() > 0 ? ". Ctrl+F8 steps through the changed claims." : ".")));
            if (revisionsWindow != null && revisionsWindow.stage().isShowing()) {
                showRevisions();
            }
        });
    }

    static String counts(CarrySummary carry) {
        return carry.unchanged() + " unchanged, " + carry.changed() + " changed, " + carry.orphaned() + " orphaned";
    }

    /** Claim > Attach claim here: the selected (orphaned) claim goes to the selected words. */
    public void attachSelected() {
        OpenArticle open = host.open();
        Claim claim = open == null || open.selectedProperty().get() == null ? null
                : open.claim(open.selectedProperty().get().id());
        if (claim == null) {
            return;
        }
        host.claimsInEditor().attachSelectionTo(claim,
                () -> host.status("Claim " + open.numberOf(open.claim(claim.id())) + " attached to the selected words."));
    }

    /** File > Revisions…: the list, filled on the worker. */
    public void showRevisions() {
        OpenArticle open = host.open();
        if (open == null) {
            return;
        }
        withRevisions(open, revisions -> {
            if (revisionsWindow == null || !revisionsWindow.stage().isShowing()) {
                revisionsWindow = new RevisionsWindow(host.owner(), open.article().title(),
                        (from, to) -> compare(from, to), this::restore, host.textEditable());
            }
            revisionsWindow.show(revisions);
        });
    }

    /** File > Compare revisions…: the latest revision with the one before (or the only one with itself). */
    public void compareLatest() {
        OpenArticle open = host.open();
        if (open == null) {
            return;
        }
        withRevisions(open, revisions -> {
            int latest = revisions.get(revisions.size() - 1).number();
            openCompare(open, revisions, Math.max(1, latest - 1), latest);
        });
    }

    /** The compare view for two revisions of the open article. */
    public void compare(int from, int to) {
        OpenArticle open = host.open();
        if (open != null) {
            withRevisions(open, revisions -> openCompare(open, revisions, from, to));
        }
    }

    private void openCompare(OpenArticle open, List<RevisionInfo> revisions, int from, int to) {
        if (compareWindow == null || !compareWindow.stage().isShowing()) {
            compareWindow = new CompareWindow(host.owner(), open.session(), open.article().id(), open.article().title(),
                    tasks, dialogs);
        }
        compareWindow.show(revisions, from, to);
    }

    /** Tests answer the confirmation with a scripted checker. */
    void useDialogs(DialogService replacement) {
        this.dialogs = replacement;
    }

    /** The revision list last opened, for tests; null before. */
    RevisionsWindow revisionsWindow() {
        return revisionsWindow;
    }

    /** The compare window last opened, for tests and the benchmark; null before. */
    public CompareWindow compareWindow() {
        return compareWindow;
    }

    private void withRevisions(OpenArticle open, Consumer<List<RevisionInfo>> then) {
        open.saveNow();
        long articleId = open.article().id();
        WorkspaceSession session = open.session();
        tasks.run("List the revisions", () -> session.drafts().revisions(articleId), then,
                failure -> Problems.show(dialogs, "List the revisions", failure));
    }
}
