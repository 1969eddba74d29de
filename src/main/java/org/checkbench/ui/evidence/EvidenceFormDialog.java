package org.checkbench.ui.evidence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.Stance;
import org.checkbench.service.EvidenceInput;
import org.checkbench.service.PartialDates;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.fx.DialogService;

/**
 * The evidence form: every field of an entry, and for a new entry the stance and note of its link
 * to the claim. Problems show under their field as the checker types; Save stays refused until
 * there are none. The rules themselves live in {@link EvidenceInput}.
 */
final class EvidenceFormDialog {

    /** What the checker saved: the entry's fields, and (for a new entry) how it bears on the claim. */
    record Result(EvidenceInput input, Stance stance, String linkNote) {
    }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<Result> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Map<String, Label> problemLabels = new HashMap<>();
    private final TextField title = field("evidenceTitleField", "What the source is called");
    private final TextField url = field("evidenceUrlField", "https://…");
    private final TextField archivedUrl = field("evidenceArchivedUrlField", "https://web.archive.org/… or https://archive.ph/…");
    private final TextField outlet = field("evidenceOutletField", "Outlet or publisher");
    private final TextField author = field("evidenceAuthorField", "Author, speaker or interviewee");
    private final TextField published = field("evidencePublishedField", DATE_HINT);
    private final TextField accessed = field("evidenceAccessedField", DATE_HINT);
    private final ComboBox<EvidenceKind> kind = new ComboBox<>();
    private final TextArea excerpt = new TextArea();
    private final TextField locator = field("evidenceLocatorField", "Page, timestamp, paragraph");
    private final TextField reliability = field("evidenceReliabilityField", "Why this source can (or cannot quite) be trusted");
    private final ComboBox<Stance> stance = new ComboBox<>();
    private final TextField linkNote = field("evidenceLinkNoteField", "Why this source matters for this claim");
    private int row;

    /** "17/05/2024, 05/2024 or 2024" in the user's locale: a day, a month or only a year. */
    private static final String DATE_HINT = dateHint();

    private static String dateHint() {
        var dates = PartialDates.forDefaultLocale();
        return dates.formatForEntry(new org.checkbench.model.PartialDate("2024-05-17")) + ", "
                + dates.formatForEntry(new org.checkbench.model.PartialDate("2024-05")) + " or 2024";
    }

    private EvidenceFormDialog(Window owner, String heading, Evidence start, boolean forNewLink) {
        dialog.initOwner(owner);
        dialog.setTitle(start.id() == 0 ? "Add evidence" : "Edit evidence");
        dialog.setHeaderText(heading);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("evidenceForm");
        dialog.getDialogPane().getStyleClass().add("checkbench-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);

        kind.setId("evidenceKindChoice");
        kind.getItems().setAll(EvidenceKind.values());
        kind.setConverter(labels(EvidenceKind::label));
        excerpt.setId("evidenceExcerptField");
        excerpt.setPromptText("The passage that matters, quoted exactly");
        excerpt.setWrapText(true);
        excerpt.setPrefRowCount(3);
        stance.setId("evidenceStanceChoice");
        stance.getItems().setAll(Stance.values());
        stance.setConverter(labels(s -> EvidenceStyles.stanceText(s)));
        stance.setValue(Stance.SUPPORTS);

        grid.setHgap(8);
        grid.setVgap(2);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(380, 460, Double.MAX_VALUE));
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        add("Title", title, EvidenceInput.TITLE);
        add("Web address", url, EvidenceInput.URL);
        add("Archived copy", archivedUrl, EvidenceInput.ARCHIVED_URL);
        add("Outlet", outlet, null);
        add("Author", author, null);
        add("Published", published, EvidenceInput.PUBLISHED_DATE);
        add("Accessed", accessed, EvidenceInput.ACCESSED_DATE);
        add("Kind", kind, null);
        add("Excerpt", excerpt, null);
        add("Where in it", locator, null);
        add("Reliability", reliability, null);
        if (forNewLink) {
            add("For this claim it", stance, null);
            add("Note on the link", linkNote, null);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        dialog.getDialogPane().setContent(scroll);

        // Dates as the user types them in their locale (a day, a month or a year); stored as ISO.
        fill(EvidenceInput.of(start, PartialDates.forDefaultLocale()));
        for (TextInputControl input : new TextInputControl[] {title, url, archivedUrl, published, accessed}) {
            input.textProperty().addListener((obs, old, now) -> showProblems(false));
        }
        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        save.setId("saveEvidence");
        save.addEventFilter(ActionEvent.ACTION, event -> {
            if (showProblems(true)) {
                event.consume(); // keep the form open until every problem is fixed
            }
        });
        dialog.setResultConverter(button -> button == SAVE
                ? new Result(input(), forNewLink ? stance.getValue() : null, forNewLink ? linkNote.getText() : null)
                : null);
        dialog.setOnShown(e -> (start.url() != null && start.title().equals(start.url()) ? title : firstEmpty()).requestFocus());
    }

    /** A new entry for a claim; the accessed date starts as today. */
    static Optional<Result> askNew(DialogService dialogs, Window owner, String claimQuote, LocalDate today) {
        Evidence start = Evidence.draft("", EvidenceKind.WEB_PAGE, java.time.Instant.EPOCH).withAccessedDate(today);
        return dialogs.showCustomDialogAndWait(new EvidenceFormDialog(owner,
                "Evidence for “" + ClaimDescriptions.shorten(claimQuote, 80) + "”", start, true).dialog);
    }

    /** Edits an existing entry; its links stay as they are. */
    static Optional<EvidenceInput> askEdit(DialogService dialogs, Window owner, Evidence entry) {
        return dialogs.showCustomDialogAndWait(new EvidenceFormDialog(owner, "Changes apply wherever this source is used.",
                entry, false).dialog).map(Result::input);
    }

    private EvidenceInput input() {
        return new EvidenceInput(title.getText(), url.getText(), archivedUrl.getText(), outlet.getText(), author.getText(),
                published.getText(), accessed.getText(), kind.getValue(), excerpt.getText(), locator.getText(),
                reliability.getText());
    }

    private void fill(EvidenceInput input) {
        title.setText(orEmpty(input.title()));
        url.setText(orEmpty(input.url()));
        archivedUrl.setText(orEmpty(input.archivedUrl()));
        outlet.setText(orEmpty(input.outlet()));
        author.setText(orEmpty(input.author()));
        published.setText(orEmpty(input.publishedDate()));
        accessed.setText(orEmpty(input.accessedDate()));
        kind.setValue(input.kind());
        excerpt.setText(orEmpty(input.excerpt()));
        locator.setText(orEmpty(input.locator()));
        reliability.setText(orEmpty(input.reliabilityNote()));
    }

    /**
     * Shows each field's problem under it. While typing, an empty title is not yet a problem
     * (the checker may be about to paste an address); on Save everything counts.
     *
     * @return true when something must be fixed first
     */
    private boolean showProblems(boolean saving) {
        Map<String, String> problems = input().problems();
        problemLabels.forEach((field, label) -> {
            String problem = problems.get(field);
            boolean show = problem != null && (saving || !field.equals(EvidenceInput.TITLE));
            label.setText(show ? problem : "");
            label.setVisible(show);
            label.setManaged(show);
        });
        return !problems.isEmpty();
    }

    private void add(String labelText, Node input, String problemKey) {
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        label.setLabelFor(input);
        GridPane.setFillWidth(input, true);
        if (input instanceof javafx.scene.control.Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        Node cell = input;
        if (problemKey != null) {
            Label problem = new Label();
            problem.setId(input.getId() + "Problem");
            problem.getStyleClass().add("field-problem");
            problem.setWrapText(true);
            problem.setVisible(false);
            problem.setManaged(false);
            problemLabels.put(problemKey, problem);
            cell = new VBox(2, input, problem);
        }
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
        row++;
    }

    private Node firstEmpty() {
        return url.getText().isBlank() ? url : title;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static <T> StringConverter<T> labels(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
