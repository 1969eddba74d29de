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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

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
        claimant.setPromptText("who said it");
        kind.setId("claimantKindChoice");
        kind.getItems().setAll(ClaimAttribution.ClaimantKind.values());
        kind.setValue(ClaimAttribution.ClaimantKind.PERSON);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClaimAttribution.ClaimantKind value) {
                return value == null ? "" : value == ClaimAttribution.ClaimantKind.PERSON ? "Person" : "Organisation";
            }

            @Override
            public ClaimAttribution.ClaimantKind fromString(String text) {
                return null;
            }
        });
        kind.setMinWidth(Region.USE_PREF_SIZE);
        date.setId("claimDateField");
        date.setPromptText("yyyy-mm-dd");
        appearance.setId("appearanceField");
        appearance.setPromptText("https://…");
        save.setId("saveAttribution");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        // The panel is narrow: each label above its field, as in the rest of the claim's detail.
        HBox claimantRow = new HBox(6, claimant, kind);
        HBox.setHgrow(claimant, Priority.ALWAYS);
        Label defaults = new Label("Left empty, they are the article's author, date and address.");
        defaults.getStyleClass().add("field-hint");
        defaults.setWrapText(true);
        defaults.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(6, ClaimDetailPane.labelled("Claimant", claimantRow),
                ClaimDetailPane.labelled("Date the claim was made", date),
                ClaimDetailPane.labelled("Where it appeared", appearance), defaults, save, problem);
        content.setPadding(new Insets(4));
        setContent(content);
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
            article.records().loadAttribution(asked, loaded -> {
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
        open.records().saveAttribution(new ClaimAttribution(claimId, claimant.getText(), kind.getValue(), when,
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
