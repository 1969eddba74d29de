package org.checkbench.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The right-hand panel: the article's claims, and below them the selected claim's detail. */
public final class ClaimPanel extends VBox {

    private final ListView<String> claimList = new ListView<>();

    public ClaimPanel() {
        getStyleClass().add("claim-panel");
        Label heading = new Label("Claims");
        heading.getStyleClass().add("panel-heading");
        claimList.setId("claimList");
        Label empty = new Label("No claims yet.\nSelect a sentence and press Ctrl+M to mark it.");
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        claimList.setPlaceholder(empty);
        VBox.setVgrow(claimList, Priority.ALWAYS);
        getChildren().addAll(heading, claimList);
    }
}
