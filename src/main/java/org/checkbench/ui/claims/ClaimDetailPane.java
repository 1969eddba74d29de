package org.checkbench.ui.claims;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.checkbench.model.Claim;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.Verdict;
import org.checkbench.service.SourcePolicy;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.article.ClaimStyles;
import org.checkbench.ui.article.OpenArticle;

/** The selected claim: its words, status, note, suggested correction and history. */
public final class ClaimDetailPane extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final Label quote = new Label();
    private final org.checkbench.ui.revisions.OutcomeSection outcome = new org.checkbench.ui.revisions.OutcomeSection();
    private final ComboBox<Verdict> status = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final TextField correction = new TextField();
    /** Placeholders until the window hands over the buttons made from its commands. */
    private Button apply = new Button();
    private Button remove = new Button();
    private final HBox correctionRow;
    private final ListView<HistoryEntry> history = new ListView<>();
    private final Label empty = new Label("Select a claim to see its detail.");
    /** "Checked by Olena, 2 Dec 14:05": who set the verdict and when, from the claim's history. */
    private final Label checkedBy = new Label();
    /** Source flags under the newsroom's policy (Preferences), as the report prints them. */
    private final VBox flags = new VBox(2);
    private Supplier<SourcePolicy> policy = () -> SourcePolicy.DEFAULT;
    private final ClaimAttributionPane attribution = new ClaimAttributionPane();
    private final VBox content;
    // The claim's fields and its evidence are taller than the panel on most screens: they scroll together.
    private final javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane();
    private OpenArticle open;
    private Claim shown;
    private boolean filling;
    // What the fields held when filled: only the checker's own changes are saved, never stale text.
    private String filledNote = "";
    private String filledCorrection = "";

    ClaimDetailPane() {
        getStyleClass().add("claim-detail");
        setId("claimDetail");
        quote.getStyleClass().add("claim-quote");
        quote.setWrapText(true);
        // Wrap to the panel's width instead of cutting the claim off with an ellipsis.
        quote.setMinHeight(Region.USE_PREF_SIZE);
        quote.setMaxWidth(Double.MAX_VALUE);
        status.setId("statusChoice");
        status.setMaxWidth(Double.MAX_VALUE);
        status.setCellFactory(list -> new VerdictCell());
        status.setButtonCell(new VerdictCell());
        note.setId("noteField");
        note.setPromptText("Note: what you checked, with whom, what is still open");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        correction.setId("correctionField");
        correction.setPromptText("Suggested correction (the corrected wording)");
        history.setId("historyList");
        history.setPrefHeight(110);
        history.setPlaceholder(new Label("No changes yet."));
        history.setCellFactory(list -> new HistoryCell());
        empty.getStyleClass().add("placeholder");
        checkedBy.setId("checkedByLabel");
        checkedBy.getStyleClass().add("checked-by");
        checkedBy.setWrapText(true);
        checkedBy.setMinHeight(Region.USE_PREF_SIZE); // wraps instead of ending in "…"
        flags.setId("claimFlags");
        flags.getStyleClass().add("claim-flags");

        correctionRow = new HBox(6, correction, apply);
        HBox.setHgrow(correction, Priority.ALWAYS);
        Label historyHeading = new Label("History");
        historyHeading.getStyleClass().add("section-heading");
        content = new VBox(6, quote, outcome, labelled("Status", status), checkedBy, flags, labelled("Note", note),
                labelled("Suggested correction", correctionRow), attribution, remove, historyHeading, history);
        content.setPadding(new Insets(4, 0, 0, 0));
        scroller.setContent(content);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("claim-detail-scroller");
        VBox.setVgrow(scroller, Priority.ALWAYS);
        getChildren().setAll(empty);

        status.valueProperty().addListener((obs, old, now) -> {
            if (!filling && shown != null && now != null && !now.id().equals(shown.status())) {
                open.setStatus(shown, now.id());
            }
        });
        note.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                saveNote();
            }
        });
        correction.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                saveCorrection();
            }
        });
        correction.setOnAction(e -> saveCorrection());
    }

    /**
     * The buttons for Apply to draft and Remove claim, made from the window's commands (their
     * enabled state and keys come from there).
     */
    public void useActionButtons(Button applyButton, Button removeButton) {
        applyButton.setId("applyCorrection");
        removeButton.setId("removeClaim");
        correctionRow.getChildren().set(correctionRow.getChildren().indexOf(apply), applyButton);
        content.getChildren().set(content.getChildren().indexOf(remove), removeButton);
        apply = applyButton;
        remove = removeButton;
    }

    /**
     * Apply to draft: the correction as typed in the field (saved first) replaces the claim's words.
     * The field's words are handed over, not read back from the store, where they may not be yet.
     */
    public void applyShownCorrection() {
        saveCorrection();
        if (shown != null && open != null) {
            open.placement().applyCorrection(current(), correction.getText().strip());
        }
    }

    /** Where the focus goes when F6 reaches the detail: the status of the claim shown, if one is. */
    public java.util.Optional<javafx.scene.Node> firstField() {
        return shown == null ? java.util.Optional.empty() : java.util.Optional.of(status);
    }

    /** The suggested correction as shown (typed or stored): Apply to draft is possible only with one. */
    public String shownCorrection() {
        return shown == null ? "" : correction.getText();
    }

    /** Called as the checker types in the correction field (the Apply button follows it). */
    public void onCorrectionTyped(Runnable listener) {
        correction.textProperty().addListener((obs, old, now) -> listener.run());
    }

    /** The draft outcome's candidate places: how to read one, and what a click on one does. */
    public void setOutcomePlaces(java.util.function.BiFunction<Integer, Integer, String> textAt,
            java.util.function.BiConsumer<Integer, Integer> showPlace) {
        outcome.setPlaces(textAt, showPlace);
    }

    private CheckedBeforeSection checkedBefore;

    CheckedBeforeSection checkedBefore() {
        return checkedBefore;
    }

    /** Puts "Checked before?" under the claim's evidence. */
    public void setCheckedBeforeSection(CheckedBeforeSection section) {
        checkedBefore = section;
        content.getChildren().add(content.getChildren().indexOf(history) - 1, section);
    }

    /** Puts the claim's evidence (the evidence panel) under the claim's fields; it follows the selection itself. */
    public void setEvidencePanel(javafx.scene.Node evidence) {
        content.getChildren().add(content.getChildren().indexOf(remove) + 1, evidence);
        VBox.setVgrow(evidence, Priority.ALWAYS);
    }

    /** The article's scale changed (Article details): the status list offers the new one's values. */
    void scaleChanged() {
        filling = true;
        try {
            status.getItems().setAll(open.scale().values());
        } finally {
            filling = false;
        }
        show(shown == null ? null : open.claim(shown.id()));
    }

    void setOpen(OpenArticle open) {
        if (this.open != null) {
            saveEdits(); // into the article they were typed for, before it is replaced
        }
        this.open = open;
        status.getItems().setAll(open.scale().values());
        show(null);
    }

    /** Shows a claim, or the empty hint for null. Unsaved note text is saved first. */
    void show(Claim claim) {
        if (shown != null && (claim == null || claim.id() != shown.id())) {
            saveNote();
            saveCorrection();
        }
        boolean sameClaim = shown != null && claim != null && shown.id() == claim.id();
        shown = claim;
        if (checkedBefore != null) {
            checkedBefore.show(open, claim);
        }
        if (claim == null) {
            getChildren().setAll(empty);
            return;
        }
        if (!sameClaim) {
            attribution.show(open, claim.id());
        }
        filling = true;
        try {
            // Isolated (FSI … PDI), so an Arabic or Hebrew quote keeps its quotation marks outside it.
            quote.setText("“\u2068" + ClaimDescriptions.shorten(claim.quote(), 400) + "\u2069”"
                    + (claim.orphaned() ? "\nOrphaned: this text is no longer in the draft." : "")
                    + (claim.changedSinceChecked() ? "\nChanged since it was checked." : ""));
            outcome.show(claim, open.carry());
            status.setValue(open.verdictOf(claim));
            if (!note.isFocused() || note.getText().equals(filledNote)) {
                note.setText(claim.note());
                filledNote = claim.note();
            }
            if (!correction.isFocused() || correction.getText().equals(filledCorrection)) {
                correction.setText(claim.correction());
                filledCorrection = claim.correction();
            }
        } finally {
            filling = false;
        }
        getChildren().setAll(scroller);
        long id = claim.id();
        open.records().loadHistory(id, entries -> {
            if (shown != null && shown.id() == id) {
                history.getItems().setAll(entries);
                checkedBy.setText(CheckedByText.of(shown, open.verdictOf(shown), entries));
            }
        });
        open.records().loadFlags(id, policy.get(), found -> {
            if (shown != null && shown.id() == id) {
                flags.getChildren().setAll(found.stream().map(flag -> {
                    Label line = new Label("\u26A0 " + flag.message());
                    line.setWrapText(true);
                    line.setMinHeight(Region.USE_PREF_SIZE);
                    line.getStyleClass().add("claim-flag");
                    return line;
                }).toList());
            }
        });
    }

    /** Where the source policy for the flags comes from (the preferences). */
    public void usePolicy(Supplier<SourcePolicy> source) {
        this.policy = source;
    }

    /**
     * Saves what the checker typed in the note and correction fields, if anything changed. Called
     * when the field loses focus, another claim or article is shown, and before the window closes;
     * not on every pause, which would fill the claim's history with half-written notes.
     */
    public void saveEdits() {
        saveNote();
        saveCorrection();
    }

    private void saveNote() {
        if (shown != null && open != null && !note.getText().equals(filledNote)) {
            filledNote = note.getText();
            open.setNote(current(), note.getText());
        }
    }

    private void saveCorrection() {
        if (shown != null && open != null && !correction.getText().equals(filledCorrection)) {
            filledCorrection = correction.getText();
            open.setCorrection(current(), correction.getText());
        }
    }

    private Claim current() {
        Claim latest = open.claim(shown.id());
        return latest == null ? shown : latest;
    }

    /** A field with its name above it, the way the claim's detail shows every field. */
    static VBox labelled(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        return new VBox(2, label, field);
    }

    /** Shows a verdict with its colour swatch. */
    private static final class VerdictCell extends ListCell<Verdict> {
        @Override
        protected void updateItem(Verdict verdict, boolean empty) {
            super.updateItem(verdict, empty);
            if (empty || verdict == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label swatch = new Label();
            swatch.getStyleClass().setAll("legend-swatch", ClaimStyles.statusClass(verdict.id()));
            swatch.setMinSize(12, 12);
            swatch.setMaxSize(12, 12);
            setGraphic(swatch);
            setText(verdict.label());
        }
    }

    private final class HistoryCell extends ListCell<HistoryEntry> {
        @Override
        protected void updateItem(HistoryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                return;
            }
            setText(WHEN.format(entry.when()) + " · " + entry.who() + ": " + describe(entry));
            setWrapText(true);
        }

        private String describe(HistoryEntry entry) {
            return switch (entry.field()) {
                case HistoryEntry.FIELD_STATUS -> "status " + label(entry.oldValue()) + " → " + label(entry.newValue());
                case HistoryEntry.FIELD_NOTE -> "note changed";
                case HistoryEntry.FIELD_CORRECTION -> "suggested correction “" + ClaimDescriptions.shorten(entry.newValue(), 60) + "”";
                case HistoryEntry.FIELD_TAKEN_FROM -> entry.newValue();
                case HistoryEntry.FIELD_TEXT -> "applied correction: “" + ClaimDescriptions.shorten(entry.oldValue(), 40)
                        + "” → “" + ClaimDescriptions.shorten(entry.newValue(), 40) + "”";
                case HistoryEntry.FIELD_REVISION -> entry.newValue() == null ? "not found in a new revision (orphaned)"
                        : entry.oldValue() == null || entry.oldValue().equals(entry.newValue()) ? "found again in a new revision"
                        : "new revision changed its words: “" + ClaimDescriptions.shorten(entry.oldValue(), 40) + "” → “"
                                + ClaimDescriptions.shorten(entry.newValue(), 40) + "”";
                case HistoryEntry.FIELD_ATTACHED -> "attached to “" + ClaimDescriptions.shorten(entry.newValue(), 50) + "”";
                default -> entry.field() + " " + (entry.newValue() == null ? "" : entry.newValue());
            };
        }

        private String label(String verdictId) {
            if (verdictId == null || open == null) {
                return "—";
            }
            return open.scale().find(verdictId).map(Verdict::label).orElse(verdictId);
        }
    }
}
