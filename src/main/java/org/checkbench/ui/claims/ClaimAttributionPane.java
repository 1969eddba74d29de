package org.checkbench.ui.claims;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import org.checkbench.model.ClaimAttribution;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.service.WebAddress;

/**
 * Who made the selected claim, when, and where it appeared: ClaimReview's claim author, date and
 * appearance. Collapsed by default (pre-publication checkers rarely need it); empty fields fall back
 * to the article's author, date and address in the export.
 */
final class ClaimAttributionPane extends TitledPane {

    private final TextField claimant = new TextField();
    private final ComboBox<ClaimAttribution.ClaimantKind> kind = new ComboBox<>();
    private final TextField date = new TextField();
    private final TextField appearance = new TextField();
    private final Label problem = new Label();
    private final Button save = new Button("Save");
    private OpenArticle open;
    private long claimId;

    ClaimAttributionPane() {
        setText("Who made the claim (ClaimReview)");
        setId("claimAttribution");
        setExpanded(false);
        claimant.setId("claimantField");
        claimant.setPromptText("default: the article's author");
        kind.setId("claimantKindChoice");
        kind.getItems().setAll(ClaimAttribution.ClaimantKind.values());
        kind.setValue(ClaimAttribution.ClaimantKind.PERSON);
        date.setId("claimDateField");
        date.setPromptText("yyyy-mm-dd; default: the article's date");
        appearance.setId("appearanceField");
        appearance.setPromptText("https://… where it was said; default: the article's address");
        save.setId("saveAttribution");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.setPadding(new Insets(4));
        grid.addRow(0, new Label("Claimant"), claimant, kind);
        grid.addRow(1, new Label("Date"), date);
        grid.addRow(2, new Label("Appeared at"), appearance);
        grid.add(save, 1, 3);
        grid.add(problem, 1, 4, 2, 1);
        GridPane.setHgrow(claimant, Priority.ALWAYS);
        GridPane.setColumnSpan(date, 2);
        GridPane.setColumnSpan(appearance, 2);
        setContent(grid);
        save.setOnAction(e -> save());
        appearance.setOnAction(e -> save());
    }

    /** Shows the claim's attribution (loaded on the worker); null clears the fields. */
    void show(OpenArticle article, Long claim) {
        this.open = article;
        claimId = claim == null ? 0 : claim;
        fill(ClaimAttribution.none(claimId));
        problem.setText("");
        if (claim != null) {
            long asked = claim;
            article.loadAttribution(asked, loaded -> {
                if (claimId == asked) {
                    fill(loaded);
                }
            });
        }
    }

    private void fill(ClaimAttribution a) {
        claimant.setText(a.claimant() == null ? "" : a.claimant());
        kind.setValue(a.claimantKind());
        date.setText(a.claimDate() == null ? "" : a.claimDate().toString());
        appearance.setText(a.appearanceUrl() == null ? "" : a.appearanceUrl());
    }

    private void save() {
        if (open == null || claimId == 0) {
            return;
        }
        Optional<String> wrong = problemWith(date.getText(), appearance.getText());
        problem.setText(wrong.orElse(""));
        if (wrong.isPresent()) {
            return;
        }
        LocalDate when = date.getText().isBlank() ? null : LocalDate.parse(date.getText().strip());
        open.saveAttribution(new ClaimAttribution(claimId, claimant.getText(), kind.getValue(), when,
                appearance.getText()), () -> problem.setText("Saved."));
    }

    static Optional<String> problemWith(String date, String address) {
        if (date != null && !date.isBlank()) {
            try {
                LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                return Optional.of("Write the date as year-month-day, e.g. 2024-11-05.");
            }
        }
        if (address != null && !address.isBlank()) {
            return WebAddress.problemWith(address.strip());
        }
        return Optional.empty();
    }
}
