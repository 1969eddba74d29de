package org.checkbench.ui.evidence;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceUse;
import org.checkbench.service.Citations;
import org.checkbench.service.EvidenceService;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.fx.BackgroundTask;
import org.checkbench.ui.fx.LatestOnly;
import org.checkbench.ui.fx.Problems;

/** The library's right side: the selected source, where it is used, its likely duplicates, actions. */
final class EvidenceLibraryDetail extends VBox {

    private final EvidenceLibraryWindow library;
    private final EvidenceOpener opener;
    private final Label title = new Label();
    private final Label citation = new Label();
    private final Hyperlink live = new Hyperlink("Open page");
    private final Hyperlink archived = new Hyperlink("Archived copy");
    private final ListView<EvidenceUse> uses = new ListView<>();
    private final ListView<Evidence> duplicates = new ListView<>();
    private final Button merge = new Button("Merge into this entry");
    private final VBox content;
    private final Label empty = new Label("Select a source to see where it is used.");
    private Evidence shown;
    /** The entry shown: an answer about an entry shown before arrives too late to count. */
    private final LatestOnly usage = new LatestOnly();

    /** What the library knows about one entry beyond its fields. */
    private record Usage(List<EvidenceUse> uses, List<Evidence> duplicates) {
    }

    EvidenceLibraryDetail(EvidenceLibraryWindow library, EvidenceOpener opener) {
        super(6);
        this.library = library;
        this.opener = opener;
        setPadding(new Insets(0, 0, 0, 10));
        getStyleClass().add("library-detail");
        title.getStyleClass().add("evidence-title");
        title.setWrapText(true);
        citation.setId("libraryCitation");
        citation.getStyleClass().add("evidence-citation");
        citation.setWrapText(true);
        citation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        live.setId("libraryOpenLive");
        live.setOnAction(e -> opener.openAddress(shown.url()));
        archived.setId("libraryOpenArchived");
        archived.setOnAction(e -> opener.openAddress(shown.archivedUrl()));
        Button copy = new Button("Copy citation");
        copy.setId("libraryCopyCitation");
        copy.setOnAction(e -> opener.copyCitation(shown));
        Button attachment = new Button("Open attached file…");
        attachment.setOnAction(e -> opener.openAttachment(library.service(), shown, library.stage()));
        Button edit = new Button("Edit…");
        edit.setId("editLibraryEntry");
        edit.setOnAction(e -> edit());
        Button delete = new Button("Delete…");
        delete.setId("deleteEvidence");
        delete.setOnAction(e -> delete());

        uses.setId("libraryUses");
        uses.setPrefHeight(160);
        uses.setPlaceholder(new Label("Not linked to any claim."));
        uses.setCellFactory(list -> new UseCell());
        duplicates.setId("libraryDuplicates");
        duplicates.setPrefHeight(110);
        duplicates.setPlaceholder(new Label("No other entry has this address, or this title and outlet."));
        duplicates.setCellFactory(list -> new DuplicateCell());
        merge.setId("mergeEvidence");
        merge.setDisable(true);
        duplicates.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> merge.setDisable(now == null));
        merge.setOnAction(e -> mergeSelectedDuplicate());

        content = new VBox(6, title, new HBox(8, live, archived), citation, new HBox(6, copy, attachment),
                heading("Used by"), uses, heading("Possible duplicates"), duplicates, merge, new HBox(6, edit, delete));
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        getChildren().setAll(empty);
    }

    void show(Evidence evidence) {
        shown = evidence;
        usage.outdate();
        if (evidence == null) {
            getChildren().setAll(empty);
            return;
        }
        title.setText(org.checkbench.model.text.BidiControls.visible(evidence.title()));
        citation.setText(org.checkbench.model.text.BidiControls.visible(Citations.format(evidence)));
        live.setVisible(evidence.url() != null && !evidence.url().isBlank());
        archived.setVisible(evidence.archivedUrl() != null && !evidence.archivedUrl().isBlank());
        LinkWarnings.mark(live, "Open page", evidence.url());
        LinkWarnings.mark(archived, "Archived copy", evidence.archivedUrl());
        getChildren().setAll(content);
        EvidenceService service = library.service();
        long id = evidence.id();
        library.tasks().execute(BackgroundTask.of("Find where the source is used",
                () -> new Usage(service.usesDescribed(id), service.duplicatesOf(id)))
                .onlyLatestOf(usage)
                .onSuccess(found -> {
                    uses.getItems().setAll(found.uses());
                    duplicates.getItems().setAll(found.duplicates());
                })
                .onFailure(failure -> Problems.show(library.dialogs(), "Find where the source is used", failure)));
    }

    private void edit() {
        Evidence entry = shown;
        EvidenceFormDialog.askEdit(library.dialogs(), library.stage(), entry).ifPresent(input -> library.tasks().run("Save the source",
                () -> library.service().update(input.applyTo(entry)), saved -> library.changed(),
                failure -> Problems.show(library.dialogs(), "Save the source", failure)));
    }

    /**
     * Asks first while the entry still backs a claim; a delete can be undone from this window. The
     * uses are read afresh: the list on screen may not have arrived yet, or be out of date.
     */
    private void delete() {
        Evidence entry = shown;
        if (entry == null) {
            return;
        }
        library.tasks().run("Find where the source is used", () -> library.service().usesDescribed(entry.id()), linked -> {
            if (!linked.isEmpty()) {
                long articles = linked.stream().mapToLong(EvidenceUse::articleId).distinct().count();
                boolean sure = library.dialogs().confirm("Delete source", "“" + ClaimDescriptions.shorten(entry.title(), 80)
                        + "” backs " + linked.size() + (linked.size() == 1 ? " claim" : " claims") + " in " + articles
                        + (articles == 1 ? " article" : " articles") + ". Delete it and unlink it everywhere?"
                        + " (Undo delete in this window brings it back.)");
                if (!sure) {
                    return;
                }
            }
            library.tasks().run("Delete the source", () -> library.service().remove(entry.id()), library::deleted,
                    failure -> Problems.show(library.dialogs(), "Delete the source", failure));
        }, failure -> Problems.show(library.dialogs(), "Delete the source", failure));
    }

    private void mergeSelectedDuplicate() {
        Evidence keep = shown;
        Evidence duplicate = duplicates.getSelectionModel().getSelectedItem();
        if (keep == null || duplicate == null) {
            return;
        }
        boolean sure = library.dialogs().confirm("Merge duplicates", "Merge “"
                + ClaimDescriptions.shorten(duplicate.title(), 60) + "” into “" + ClaimDescriptions.shorten(keep.title(), 60)
                + "”? Its claims and files move to the entry kept, empty fields are filled from it, and then it is"
                + " deleted. This cannot be undone.");
        if (!sure) {
            return;
        }
        library.tasks().run("Merge duplicates", () -> library.service().merge(keep.id(), duplicate.id()),
                merged -> library.changed(), failure -> Problems.show(library.dialogs(), "Merge duplicates", failure));
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    private static final class UseCell extends ListCell<EvidenceUse> {
        @Override
        protected void updateItem(EvidenceUse use, boolean empty) {
            super.updateItem(use, empty);
            setText(empty || use == null ? null : use.articleTitle() + " — “" + ClaimDescriptions.shorten(use.claimQuote(), 70)
                    + "” (" + EvidenceStyles.stanceText(use.stance()) + ")");
        }
    }

    private static final class DuplicateCell extends ListCell<Evidence> {
        @Override
        protected void updateItem(Evidence evidence, boolean empty) {
            super.updateItem(evidence, empty);
            setText(empty || evidence == null ? null : evidence.title()
                    + (evidence.outlet() == null ? "" : " — " + evidence.outlet())
                    + (evidence.url() == null ? "" : "\n" + evidence.url()));
        }
    }
}
