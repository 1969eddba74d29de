package org.checkbench.ui.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A quiet bar above the article for what the checker should know about how it was read or shown
 * (a guessed encoding, a long paragraph shown in lines, hidden reordering characters), with room
 * for a choice, and a button to close it. Hidden when there is nothing to say.
 */
final class NoticeBar extends HBox {

    private final Label message = new Label();
    private final Button close = new Button("✕");

    NoticeBar() {
        setId("noticeBar");
        getStyleClass().add("notice-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(4, 8, 4, 8));
        message.setWrapText(true);
        message.setMinWidth(120);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.setId("noticeMessage");
        close.setAccessibleText("Close the notice");
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        close.getStyleClass().add("notice-close");
        close.setOnAction(event -> hide());
        hide();
    }

    /** Shows {@code text} with {@code controls} after it; null or blank text hides the bar. */
    void show(String text, Node... controls) {
        if (text == null || text.isBlank()) {
            hide();
            return;
        }
        message.setText(text);
        getChildren().setAll(message);
        for (Node control : controls) {
            // The message wraps; the choices keep their size, however narrow the window.
            if (control instanceof javafx.scene.layout.Region region) {
                region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            getChildren().add(control);
        }
        getChildren().add(close);
        setVisible(true);
        setManaged(true);
    }

    void hide() {
        setVisible(false);
        setManaged(false);
        getChildren().clear();
    }

    String text() {
        return isVisible() ? message.getText() : null;
    }
}
