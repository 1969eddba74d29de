package org.checkbench.ui.evidence;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.Evidence;
import org.checkbench.model.text.BidiControls;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Stance;
import org.checkbench.ui.article.ClaimDescriptions;

/**
 * One source under the claim: stance badge (a menu to change it), title, outlet and date, the
 * excerpt, where in the source, the link's own note, and its addresses. Rows are dragged to
 * reorder them; the context menu has every action for keyboard and mouse alike.
 */
final class EvidenceCell extends ListCell<LinkedEvidence> {

    private final EvidencePanel panel;
    private final MenuButton stance = new MenuButton();
    private final Label title = new Label();
    private final Label source = new Label();
    private final Label excerpt = new Label();
    private final Label locator = new Label();
    private final Label note = new Label();
    private final Hyperlink live = new Hyperlink("Open page");
    private final Hyperlink archived = new Hyperlink("Archived copy");
    private final Button unlink = new Button("✕");
    private final Label handle = new Label("⠿");
    private final VBox box;

    EvidenceCell(EvidencePanel panel) {
        this.panel = panel;
        getStyleClass().add("evidence-cell");
        stance.getStyleClass().add("stance-badge");
        for (Stance value : Stance.values()) {
            MenuItem choice = new MenuItem(EvidenceStyles.stanceText(value));
            choice.setOnAction(e -> panel.setStance(getItem(), value));
            stance.getItems().add(choice);
        }
        title.getStyleClass().add("evidence-title");
        source.getStyleClass().add("evidence-source");
        excerpt.getStyleClass().add("evidence-excerpt");
        locator.getStyleClass().add("evidence-locator");
        note.getStyleClass().add("evidence-note");
        for (Label label : List.of(title, source, excerpt, locator, note)) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        live.getStyleClass().add("evidence-open-live");
        live.setOnAction(e -> panel.opener().openAddress(getItem().evidence().url()));
        archived.getStyleClass().add("evidence-open-archived");
        archived.setOnAction(e -> panel.opener().openAddress(getItem().evidence().archivedUrl()));
        unlink.getStyleClass().add("unlink-evidence");
        unlink.setAccessibleText("Unlink this source");
        handle.setAccessibleText("Drag to reorder");
        unlink.setTooltip(new Tooltip("Unlink from this claim (Ctrl+Z brings it back)"));
        unlink.setOnAction(e -> panel.unlink(getItem()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        handle.getStyleClass().add("drag-handle");
        handle.setTooltip(new Tooltip("Drag to reorder (or Move up / Move down in the context menu)"));
        // Pressing the handle must not select the row: selection expands it and would move the drop targets.
        handle.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.event.Event::consume);
        HBox top = new HBox(6, handle, stance, spacer, unlink);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox links = new HBox(8, live, archived);
        box = new VBox(2, top, title, source, excerpt, locator, note, links);
        box.getStyleClass().add("evidence-entry");
        // Wrap text to the list's width instead of widening the row (and the panel) to the longest title.
        box.prefWidthProperty().bind(widthProperty().subtract(24));
        box.setMaxWidth(Region.USE_PREF_SIZE);

        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && getItem() != null) {
                panel.editLink(getItem());
            }
        });
        installDrag();
    }

    @Override
    protected void updateItem(LinkedEvidence item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setContextMenu(null);
            return;
        }
        fill(item, isSelected());
        setGraphic(box);
        setContextMenu(menu(item));
    }

    @Override
    public void updateSelected(boolean selected) {
        super.updateSelected(selected);
        if (!isEmpty() && getItem() != null) {
            fill(getItem(), selected);
        }
    }

    /**
     * Unselected rows are compact (stance, title, outlet and date, the note's start) so a claim with
     * many sources stays readable in a narrow panel; the selected row shows everything.
     */
    private void fill(LinkedEvidence item, boolean full) {
        Evidence evidence = item.evidence();
        ClaimEvidence link = item.link();
        stance.setText(EvidenceStyles.stanceText(link.stance()));
        stance.getStyleClass().setAll("menu-button", "stance-badge", EvidenceStyles.styleClass(link.stance()));
        title.setText(full ? BidiControls.visible(evidence.title()) : ClaimDescriptions.shorten(evidence.title(), 100));
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, evidence.outlet());
        addIfPresent(parts, evidence.author());
        addIfPresent(parts, EvidenceStyles.date(evidence.published()));
        parts.add(evidence.kind().label());
        source.setText(String.join(" · ", parts));
        show(excerpt, !full || blank(evidence.excerpt()) ? ""
                : "“" + ClaimDescriptions.shorten(evidence.excerpt().strip(), 300) + "”");
        String where = !link.locator().isBlank() ? link.locator() : evidence.locator();
        show(locator, !full || blank(where) ? "" : "Where: " + where.strip());
        show(note, link.note().isBlank() ? "" : "Note: " + (full ? link.note().strip() : ClaimDescriptions.shorten(link.note().strip(), 90)));
        boolean hasLive = full && !blank(evidence.url());
        boolean hasArchive = full && !blank(evidence.archivedUrl());
        live.setVisible(hasLive);
        live.setManaged(hasLive);
        LinkWarnings.mark(live, "Open page", hasLive ? evidence.url() : null);
        archived.setVisible(hasArchive);
        archived.setManaged(hasArchive);
        LinkWarnings.mark(archived, "Archived copy", hasArchive ? evidence.archivedUrl() : null);
    }

    private ContextMenu menu(LinkedEvidence item) {
        Evidence evidence = item.evidence();
        List<MenuItem> items = new ArrayList<>();
        items.add(action("Edit stance, note and place…", () -> panel.editLink(item)));
        items.add(action("Edit the entry…", () -> panel.editEntry(item)));
        items.add(new SeparatorMenuItem());
        MenuItem openLive = action("Open page in browser", () -> panel.opener().openAddress(evidence.url()));
        openLive.setDisable(blank(evidence.url()));
        MenuItem openArchive = action("Open archived copy", () -> panel.opener().openAddress(evidence.archivedUrl()));
        openArchive.setDisable(blank(evidence.archivedUrl()));
        items.add(openLive);
        items.add(openArchive);
        items.add(action("Open attached file…", () -> panel.openAttachment(item)));
        items.add(action("Attach a file…", () -> panel.chooseFileToAttach(item)));
        items.add(action("Copy citation", () -> panel.opener().copyCitation(evidence)));
        items.add(new SeparatorMenuItem());
        items.add(action("Move up", () -> panel.move(item, getIndex() - 1)));
        items.add(action("Move down", () -> panel.move(item, getIndex() + 1)));
        items.add(action("Unlink from this claim", () -> panel.unlink(item)));
        return new ContextMenu(items.toArray(MenuItem[]::new));
    }

    private void installDrag() {
        handle.setOnDragDetected(event -> {
            if (getItem() == null) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(EvidencePanel.DRAGGED_ENTRY, getItem().evidence().id());
            board.setContent(content);
            board.setDragView(snapshot(null, null));
            event.consume();
        });
        setOnDragOver(event -> {
            if (event.getDragboard().hasContent(EvidencePanel.DRAGGED_ENTRY)) {
                event.acceptTransferModes(TransferMode.MOVE);
                getStyleClass().remove("drop-target");
                getStyleClass().add("drop-target");
                event.consume();
            }
        });
        setOnDragExited(event -> getStyleClass().remove("drop-target"));
        setOnDragDropped(event -> {
            Object dragged = event.getDragboard().getContent(EvidencePanel.DRAGGED_ENTRY);
            if (dragged instanceof Long evidenceId) {
                int target = isEmpty() ? getListView().getItems().size() - 1 : getIndex();
                panel.moveEntry(evidenceId, target);
                event.setDropCompleted(true);
                event.consume();
            }
        });
    }

    private static MenuItem action(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }

    private static void addIfPresent(List<String> parts, String text) {
        if (!blank(text)) {
            parts.add(text.strip());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
