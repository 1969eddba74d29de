package org.checkbench.ui.revisions;

import java.util.function.BiConsumer;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.checkbench.model.CarriedClaim;
import org.checkbench.model.CarriedClaim.Outcome;
import org.checkbench.model.CarriedClaim.Place;
import org.checkbench.model.Claim;
import org.checkbench.service.CarrySummary;
import org.checkbench.service.DraftService;
import org.checkbench.ui.article.ClaimDescriptions;

/**
 * In the claim's detail, what the latest draft did to it: its old and new wording when its words
 * changed; for an orphan, how to attach it and the places it could have gone to (a click selects
 * one in the text). Hidden for a claim the draft left unchanged.
 */
public final class OutcomeSection extends VBox {

    private final Label title = new Label();
    private final Label hint = new Label();
    private final VBox body = new VBox(4);
    private BiConsumer<Integer, Integer> showPlace = (start, end) -> { };
    private java.util.function.BiFunction<Integer, Integer, String> textAt = (start, end) -> null;

    public OutcomeSection() {
        getStyleClass().add("outcome-section");
        setId("draftOutcome");
        title.getStyleClass().add("outcome-title");
        title.setWrapText(true);
        hint.getStyleClass().add("outcome-hint");
        hint.setWrapText(true);
        // Wrapped labels in a scrolling column: as tall as their text, never cut off with "…".
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(title, body, hint);
        hide();
    }

    /**
     * @param textAt reads [start, end) of the text shown (null when out of range)
     * @param action what a click on a candidate place does: select [start, end) in the editor
     */
    public void setPlaces(java.util.function.BiFunction<Integer, Integer, String> textAt, BiConsumer<Integer, Integer> action) {
        this.textAt = textAt;
        this.showPlace = action;
    }

    public void show(Claim claim, CarrySummary carry) {
        CarriedClaim outcome = claim == null ? null : carry.of(claim.id());
        if (outcome == null || (outcome.outcome() == Outcome.UNCHANGED && !claim.orphaned())) {
            hide();
            return;
        }
        int revision = carry.revision().number();
        body.getChildren().clear();
        hint.setText("");
        if (outcome.outcome() == Outcome.CHANGED) {
            title.setText("Words changed in revision " + revision);
            body.getChildren().add(WordingView.of(DraftService.wordingDiff(outcome.oldQuote(), outcome.newQuote())));
            hint.setText(claim.changedSinceChecked() ? "It had a verdict: check it again, then set its status."
                    : "Old words struck through, new ones underlined.");
        } else if (claim.orphaned()) {
            title.setText("Not found in revision " + revision);
            hint.setText("Select its words in the text, then Attach claim here (right-click or the Claim menu).");
            int number = 1;
            for (Place place : outcome.candidates()) {
                String words = textAt.apply(place.start(), place.end());
                if (words == null) {
                    continue;
                }
                Hyperlink link = new Hyperlink("Possible place " + number++ + ": “" + ClaimDescriptions.shorten(words, 60) + "”");
                link.setOnAction(event -> showPlace.accept(place.start(), place.end()));
                body.getChildren().add(link);
            }
            if (!outcome.candidates().isEmpty()) {
                int places = outcome.candidates().size();
                title.setText("Not found in revision " + revision + ": " + (places == 2 ? "two" : String.valueOf(places))
                        + " places fit equally well");
            }
        } else {
            title.setText("Attached by hand after revision " + revision);
            hint.setText("Its words when the draft came: “" + ClaimDescriptions.shorten(outcome.oldQuote(), 120) + "”");
        }
        setVisible(true);
        setManaged(true);
    }

    private void hide() {
        setVisible(false);
        setManaged(false);
    }
}
