package org.checkbench.ui.fx;

import javafx.scene.control.Label;

import org.controlsfx.control.textfield.CustomTextField;

/** Search boxes look and behave alike everywhere: a ✕ at the right clears them. */
public final class SearchFields {

    private SearchFields() {
    }

    public static void addClearButton(CustomTextField field) {
        Label clear = new Label("✕");
        clear.getStyleClass().add("clear-search");
        clear.setAccessibleText("Clear the search");
        clear.setOnMouseClicked(e -> field.clear());
        field.setRight(clear);
    }
}
