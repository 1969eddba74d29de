package org.checkbench.ui.revisions;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.checkbench.model.RevisionInfo;

/**
 * The article's revisions: number, date, note, who imported it, words added and removed. From
 * here a revision is compared with the one before it (or two chosen ones with each other), and an
 * old revision's text is brought back as a new revision.
 */
public final class RevisionsWindow {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Stage stage = new Stage();
    private final TableView<RevisionInfo> table = new TableView<>();
    private final Button compareWithPrevious = new Button("Compare with previous");
    private final Button compareSelected = new Button("Compare the two selected");
    private final Button restore = new Button("Restore as new revision…");
    private final Label hint = new Label();
    private final javafx.beans.value.ObservableBooleanValue textEditable;
    private final javafx.beans.value.ChangeListener<Boolean> editableChanged = (o, was, now) -> updateButtons();

    /**
     * @param compare opens the compare view for revisions (from, to)
     * @param restoreRevision brings revision n's text back as a new revision
     * @param textEditable false while another checker holds the article's text: Restore waits for them (ADR 0154)
     */
    public RevisionsWindow(Window owner, String title, BiConsumer<Integer, Integer> compare, IntConsumer restoreRevision,
            javafx.beans.value.ObservableBooleanValue textEditable) {
        this.textEditable = textEditable;
        // Weak: the editor outlives this window, which must not be kept by its listener.
        textEditable.addListener(new javafx.beans.value.WeakChangeListener<>(editableChanged));
        table.setId("revisionTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("No.", 50, r -> String.valueOf(r.number())));
        table.getColumns().add(column("Date", 140, r -> WHEN.format(r.created())));
        table.getColumns().add(column("Imported by", 100, r -> r.importedBy().isEmpty() ? "—" : r.importedBy()));
        table.getColumns().add(column("Words added", 100, r -> "+" + r.wordsAdded()));
        table.getColumns().add(column("Words removed", 110, r -> "−" + r.wordsRemoved()));
        table.getColumns().add(column("Note", 260, r -> r.note() == null ? "" : r.note()));
        table.setPlaceholder(new Label("Loading the revisions…"));
        table.setRowFactory(view -> {
            TableRow<RevisionInfo> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty() && row.getItem().number() > 1) {
                    compare.accept(row.getItem().number() - 1, row.getItem().number());
                }
            });
            return row;
        });

        compareWithPrevious.setId("compareWithPrevious");
        compareSelected.setId("compareSelected");
        restore.setId("restoreRevision");
        compareWithPrevious.setOnAction(e -> {
            RevisionInfo chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null && chosen.number() > 1) {
                compare.accept(chosen.number() - 1, chosen.number());
            }
        });
        compareSelected.setOnAction(e -> {
            List<RevisionInfo> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
            if (chosen.size() == 2) {
                int a = chosen.get(0).number();
                int b = chosen.get(1).number();
                compare.accept(Math.min(a, b), Math.max(a, b));
            }
        });
        restore.setOnAction(e -> {
            RevisionInfo chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                restoreRevision.accept(chosen.number());
            }
        });
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<RevisionInfo>) change -> updateButtons());
        hint.setWrapText(true);
        hint.getStyleClass().add("outcome-hint");

        HBox buttons = new HBox(8, compareWithPrevious, compareSelected, restore);
        buttons.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(table);
        BorderPane bottom = new BorderPane(hint);
        bottom.setTop(buttons);
        BorderPane.setMargin(hint, new Insets(6, 0, 0, 0));
        bottom.setPadding(new Insets(8, 10, 10, 10));
        root.setBottom(bottom);
        Scene scene = new Scene(root, 880, 360);
        scene.getStylesheets().add(RevisionsWindow.class.getResource("/org/checkbench/ui/checkbench.css").toExternalForm());
        scene.getStylesheets().add(RevisionStyles.STYLESHEET);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle("Revisions — " + title);
        updateButtons();
    }

    public void show(List<RevisionInfo> revisions) {
        table.getItems().setAll(revisions);
        table.setPlaceholder(new Label("No revisions."));
        if (!revisions.isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().select(revisions.size() - 1);
        }
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private void updateButtons() {
        List<RevisionInfo> chosen = table.getSelectionModel().getSelectedItems();
        RevisionInfo one = chosen.size() == 1 ? chosen.get(0) : null;
        int latest = table.getItems().isEmpty() ? 0 : table.getItems().get(table.getItems().size() - 1).number();
        compareWithPrevious.setDisable(one == null || one.number() == 1);
        compareSelected.setDisable(chosen.size() != 2);
        boolean mayChangeText = textEditable.get();
        restore.setDisable(one == null || one.number() == latest || !mayChangeText);
        hint.setText(!mayChangeText ? "Someone else is editing this article's text (see above the text): restoring a"
                + " revision waits until they stop. Comparing works."
                : one != null && one.number() == latest ? "The latest revision is the text you are checking."
                : "Double-click a revision to compare it with the one before; select two (Ctrl+click) to compare them.");
    }

    private static TableColumn<RevisionInfo, String> column(String title, double width,
            java.util.function.Function<RevisionInfo, String> value) {
        TableColumn<RevisionInfo, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
