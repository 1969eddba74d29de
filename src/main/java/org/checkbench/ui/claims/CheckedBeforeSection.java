package org.checkbench.ui.claims;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.checkbench.model.Claim;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.service.MatchFound;

/**
 * "Checked before?" under the selected claim: the earlier checked claims of every article and the
 * imported fact-checks most like it, each with verdict, date, source and similarity; one button
 * copies the chosen one's verdict and note, another links its evidence.
 */
public final class CheckedBeforeSection extends VBox {

    static final int SHOWN = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ListView<MatchFound> list = new ListView<>();
    private final Label state = new Label();
    private final Button copyVerdict = new Button("Copy verdict and note");
    private final Button linkEvidence = new Button("Link same evidence");
    private final MatchingWorker worker;
    private final Runnable onEvidenceLinked;
    private OpenArticle open;
    private Claim shown;

    /** @param onEvidenceLinked redraws the claim's evidence after links were added */
    public CheckedBeforeSection(MatchingWorker worker, Runnable onEvidenceLinked) {
        this.worker = worker;
        this.onEvidenceLinked = onEvidenceLinked;
        setId("checkedBefore");
        getStyleClass().add("checked-before");
        Label heading = new Label("Checked before?");
        heading.getStyleClass().add("section-heading");
        list.setId("checkedBeforeList");
        list.setPrefHeight(150);
        list.setCellFactory(view -> new MatchCell(false));
        list.setPlaceholder(state);
        state.setId("checkedBeforeState");
        state.setWrapText(true);
        copyVerdict.setId("copyEarlierVerdict");
        linkEvidence.setId("linkEarlierEvidence");
        copyVerdict.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        linkEvidence.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        copyVerdict.setOnAction(e -> take(true));
        linkEvidence.setOnAction(e -> take(false));
        setSpacing(4);
        setPadding(new Insets(6, 0, 0, 0));
        getChildren().addAll(heading, list, new HBox(6, copyVerdict, linkEvidence));
    }

    /** Looks for earlier checks of this claim (null clears the section). */
    void show(OpenArticle article, Claim claim) {
        open = article;
        Claim previous = shown;
        shown = claim;
        if (claim == null) {
            list.getItems().clear();
            return;
        }
        if (previous != null && previous.id() == claim.id() && previous.quote().equals(claim.quote())) {
            return; // same words: the matches shown still hold
        }
        list.getItems().clear();
        state.setText("Looking for earlier checks…");
        long id = claim.id();
        worker.query(() -> article.session().matching().forClaim(id, SHOWN), found -> {
            if (shown != null && shown.id() == id) {
                list.getItems().setAll(found);
                state.setText("Nothing checked before looks like this claim.");
            }
        });
    }

    private void take(boolean verdict) {
        MatchFound chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null || shown == null || open == null) {
            return;
        }
        if (verdict) {
            open.takeOver().verdictFrom(shown, chosen.key());
        } else {
            open.takeOver().evidenceFrom(shown, chosen.key(), onEvidenceLinked);
        }
    }

    /** "False · 12 Oct 2024 · PolitiFact · 83%" over the earlier claim's words. */
    public static String describe(MatchFound match) {
        return (match.verdictLabel().isBlank() ? "no rating" : match.verdictLabel()) + " · " + day(match.date()) + " · "
                + match.sourceLabel() + " · " + Math.round(100 * Math.max(0, match.similarity())) + "% alike";
    }

    /** "12 Oct 2024" for an ISO date; what was given otherwise. */
    public static String day(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return "undated";
        }
        try {
            return DAY.format(LocalDate.parse(isoDate.substring(0, Math.min(10, isoDate.length()))));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    List<MatchFound> items() {
        return list.getItems();
    }

    /** An earlier check: verdict, date, source and similarity (or address) over its words. */
    public static final class MatchCell extends ListCell<MatchFound> {

        private final boolean library;

        /** @param library the library window's form: the address instead of the similarity, whole words */
        public MatchCell(boolean library) {
            this.library = library;
        }

        @Override
        protected void updateItem(MatchFound match, boolean empty) {
            super.updateItem(match, empty);
            if (empty || match == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label what = new Label(library ? (match.verdictLabel().isBlank() ? "no rating" : match.verdictLabel()) + " · "
                    + day(match.date()) + " · " + match.sourceLabel() + (match.url() != null ? " · " + match.url() : "")
                    : describe(match));
            what.getStyleClass().add("match-verdict");
            Label words = new Label(library ? match.text() : "“" + ClaimDescriptions.shorten(match.text(), 200) + "”");
            words.setWrapText(true);
            words.setMaxWidth(library ? 700 : 340);
            setGraphic(new VBox(1, what, words));
            setText(null);
        }
    }
}
