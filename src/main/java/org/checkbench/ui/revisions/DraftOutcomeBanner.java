package org.checkbench.ui.revisions;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.checkbench.service.CarrySummary;

/**
 * Above the claim list after a new draft: how many claims came through unchanged, changed and
 * orphaned, with the buttons that step through the changed ones. Hidden while the article has
 * only its first revision.
 */
public final class DraftOutcomeBanner extends HBox {

    private final Label counts = new Label();

    /** @param previousChanged and {@code nextChanged}: buttons made from the window's commands */
    public DraftOutcomeBanner(Button previousChanged, Button nextChanged) {
        getStyleClass().add("draft-outcomes");
        setId("draftOutcomes");
        setAlignment(Pos.CENTER_LEFT);
        counts.setId("outcomeCounts");
        counts.getStyleClass().add("outcome-counts");
        counts.setWrapText(true);
        counts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        counts.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(counts, Priority.ALWAYS);
        previousChanged.setId("previousChangedClaim");
        nextChanged.setId("nextChangedClaim");
        getChildren().addAll(counts, previousChanged, nextChanged);
        show(CarrySummary.NONE);
    }

    public void show(CarrySummary carry) {
        boolean visible = !carry.isEmpty();
        setVisible(visible);
        setManaged(visible);
        if (visible) {
            counts.setText(describe(carry));
        }
    }

    /** "Revision 3: 40 unchanged · 5 changed · 2 orphaned (1 attached since)". */
    public static String describe(CarrySummary carry) {
        StringBuilder text = new StringBuilder("Revision ").append(carry.revision().number()).append(": ")
                .append(carry.unchanged()).append(" unchanged · ").append(carry.changed()).append(" changed · ")
                .append(carry.orphaned()).append(" orphaned");
        if (carry.attached() > 0) {
            text.append(" (").append(carry.attached()).append(" attached since)");
        }
        return text.toString();
    }
}
