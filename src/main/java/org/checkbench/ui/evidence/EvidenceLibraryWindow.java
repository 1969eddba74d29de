package org.checkbench.ui.evidence;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceHit;
import org.checkbench.service.EvidenceService;
import org.checkbench.service.RemovedEvidence;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.fx.BackgroundTask;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.LatestOnly;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * View > Evidence library: every source in the workspace, a page at a time (the table only draws
 * the rows on screen, and only pages the checker asks for are read), with search, where each is
 * used, editing, merging duplicates and deleting with undo.
 */
final class EvidenceLibraryWindow {

    static final int PAGE = 200;
    private static EvidenceLibraryWindow current;

    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable onChanged;
    private final Stage stage = new Stage();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final TableView<Evidence> table = new TableView<>();
    private final Button more = new Button("Show more");
    private final Button undoDelete = new Button("Undo delete");
    private final EvidenceLibraryDetail detail;
    private final PauseTransition pause = new PauseTransition(EvidenceSearchBox.PAUSE);
    private final Deque<RemovedEvidence> deleted = new ArrayDeque<>();
    /** Pages asked for: typing in the search makes earlier answers out of date. */
    private final LatestOnly pages = new LatestOnly();
    private int shown = PAGE;

    private EvidenceLibraryWindow(Window owner, WorkspaceSession session, TaskExecutor tasks, DialogService dialogs,
            EvidenceOpener opener, Runnable onChanged) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.onChanged = onChanged;
        this.detail = new EvidenceLibraryDetail(this, opener);

        search.setId("librarySearch");
        search.setPromptText("Search every source: title, outlet, excerpt, address");
        HBox.setHgrow(search, Priority.ALWAYS);
        count.setId("libraryCount");
        HBox top = new HBox(8, search, count);
        top.setAlignment(Pos.CENTER_LEFT);

        table.setId("libraryTable");
        table.getColumns().add(column("Title", 320, Evidence::title));
        table.getColumns().add(column("Outlet", 150, Evidence::outlet));
        table.getColumns().add(column("Kind", 100, e -> e.kind().label()));
        table.getColumns().add(column("Published", 100, e -> EvidenceStyles.date(e.published())));
        table.getColumns().add(column("Address", 260, Evidence::url));
        table.setPlaceholder(new Label("The library is empty. Sources added to claims appear here."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> detail.show(now));

        more.setId("loadMoreEvidence");
        more.setOnAction(e -> {
            shown += PAGE;
            reload();
        });
        undoDelete.setId("undoDeleteEvidence");
        undoDelete.setDisable(true);
        undoDelete.setOnAction(e -> undoDelete());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, more, spacer, undoDelete);
        bottom.setAlignment(Pos.CENTER_LEFT);

        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.62);
        BorderPane root = new BorderPane(split, top, null, bottom, null);
        root.setId("evidenceLibrary");
        root.setPadding(new Insets(10));
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));

        Scene scene = new Scene(root, 1100, 640);
        scene.getStylesheets().add(EvidenceLibraryWindow.class.getResource("/org/checkbench/ui/checkbench.css").toExternalForm());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Z"), this::undoDelete);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), search::requestFocus);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+W"), stage::close);
        stage.initOwner(owner);
        stage.setTitle("Evidence library");
        stage.setScene(scene);
        org.checkbench.ui.fx.OwnedWindows.closeOnEscape(stage);
        org.checkbench.ui.fx.OwnedWindows.fitOnceShown(stage, root);

        pause.setOnFinished(e -> {
            shown = PAGE;
            reload();
        });
        search.textProperty().addListener((obs, old, now) -> {
            pages.outdate();
            pause.playFromStart();
        });
    }

    /** Shows the library of this workspace (one window; asking again brings it to the front). */
    static void show(Window owner, WorkspaceSession session, TaskExecutor tasks, DialogService dialogs,
            EvidenceOpener opener, Runnable onChanged) {
        if (current != null && current.stage.isShowing()) {
            if (current.session == session) {
                current.stage.toFront();
                return;
            }
            current.stage.close();
        }
        current = new EvidenceLibraryWindow(owner, session, tasks, dialogs, opener, onChanged);
        current.stage.show();
        current.reload();
    }

    /** The library window of {@code session}, if open, reads its page again. */
    static void reloadIfShowing(WorkspaceSession session) {
        if (current != null && current.session == session && current.stage.isShowing()) {
            current.reload();
        }
    }

    /** Another workspace is open now: a library window of the old one would write to a closed file. */
    static void closeUnlessFor(WorkspaceSession session) {
        if (current != null && current.session != session) {
            current.stage.close();
            current = null;
        }
    }

    EvidenceService service() {
        return session.evidence();
    }

    TaskExecutor tasks() {
        return tasks;
    }

    DialogService dialogs() {
        return dialogs;
    }

    Stage stage() {
        return stage;
    }

    /** Reads the shown page again, keeping the selected entry selected if it is still there. */
    void reload() {
        String query = search.getText() == null ? "" : search.getText().strip();
        int limit = shown;
        EvidenceService service = service();
        tasks.execute(BackgroundTask.of("Load the evidence library", () -> query.isEmpty()
                ? new Page(service.list(0, limit), service.count())
                : new Page(service.search(query, limit).stream().map(EvidenceHit::evidence).toList(), service.countMatches(query)))
                .onlyLatestOf(pages)
                .onSuccess(page -> showPage(page, query))
                .onFailure(failure -> Problems.show(dialogs, "Load the evidence library", failure)));
    }

    private record Page(List<Evidence> entries, long total) {
    }

    private void showPage(Page page, String query) {
        Evidence selected = table.getSelectionModel().getSelectedItem();
        table.getItems().setAll(page.entries());
        count.setText(page.entries().size() < page.total()
                ? page.entries().size() + " of " + page.total() + (query.isEmpty() ? " sources" : " matches")
                : page.total() + (query.isEmpty() ? (page.total() == 1 ? " source" : " sources")
                        : (page.total() == 1 ? " match" : " matches")));
        more.setVisible(page.entries().size() < page.total());
        if (selected != null) {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id() == selected.id()) {
                    table.getSelectionModel().select(i);
                    detail.show(table.getItems().get(i));
                    return;
                }
            }
        }
        detail.show(table.getSelectionModel().getSelectedItem());
    }

    /** Something in the library changed: this window and the claim panel read it again. */
    void changed() {
        reload();
        onChanged.run();
    }

    void deleted(RemovedEvidence removed) {
        deleted.push(removed);
        undoDelete.setDisable(false);
        undoDelete.setText("Undo delete of “" + ClaimDescriptions.shorten(removed.evidence().title(), 30) + "”");
        changed();
    }

    private void undoDelete() {
        RemovedEvidence removed = deleted.poll();
        if (removed == null) {
            return;
        }
        undoDelete.setDisable(deleted.isEmpty());
        undoDelete.setText(deleted.isEmpty() ? "Undo delete"
                : "Undo delete of “" + ClaimDescriptions.shorten(deleted.peek().evidence().title(), 30) + "”");
        tasks.run("Restore the source", () -> service().restore(removed), restored -> changed(),
                failure -> Problems.show(dialogs, "Restore the source", failure));
    }

    private static TableColumn<Evidence, String> column(String title, double width,
            java.util.function.Function<Evidence, String> value) {
        TableColumn<Evidence, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        // Sorting would order only the rows read so far, which looks like the whole library but is not.
        column.setSortable(false);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(
                value.apply(cell.getValue()) == null ? "" : value.apply(cell.getValue())));
        return column;
    }
}
