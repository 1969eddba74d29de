package org.checkbench.ui.export;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Shows how far an export (the check report, a newsroom format, a bundle) or a bundle import has
 * got, with a Cancel button. Modal to the main window: while the file is written or read, nothing
 * else may start another one or close the workspace under it.
 */
final class ExportProgressWindow {

    private final Stage stage = new Stage();
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Label stageLabel;
    private final Button cancel = new Button("Cancel");

    ExportProgressWindow(Window owner, String fileName, Runnable onCancel) {
        this(owner, "Exporting the check report", "Writing " + fileName, "Preparing the report", onCancel);
    }

    /**
     * @param title the window's title ("Importing a bundle")
     * @param headline what is done to which file ("Writing troops.docx")
     * @param firstStage shown until the work reports its own stage
     */
    ExportProgressWindow(Window owner, String title, String headline, String firstStage, Runnable onCancel) {
        stageLabel = new Label(firstStage);
        stage.initOwner(owner);
        // Modal in effect, not natively: a native modal un-maximises the main window under openbox (ADR 0103).
        org.checkbench.ui.fx.OwnedWindows.blockOwnerWhileShowing(stage, owner);
        stage.setTitle(title);
        stage.setResizable(false);

        Label heading = new Label(headline);
        heading.setWrapText(true);
        heading.getStyleClass().add("section-heading");
        bar.setId("exportProgressBar");
        bar.setMaxWidth(Double.MAX_VALUE);
        stageLabel.setId("exportStage");
        cancel.setId("cancelExportButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> {
            cancel.setDisable(true);
            stageLabel.textProperty().unbind();
            stageLabel.setText("Cancelling…");
            onCancel.run();
        });
        // Closing the window is a cancel too; the window closes itself once the work has stopped.
        stage.setOnCloseRequest(event -> {
            event.consume();
            cancel.fire();
        });

        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, heading, bar, stageLabel, buttons);
        root.setId("exportProgress");
        root.setPadding(new Insets(16));
        root.setPrefWidth(420);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ExportProgressWindow.class.getResource("/org/checkbench/ui/checkbench.css").toExternalForm());
        stage.setScene(scene);
    }

    /** Follows the render task's progress and stage from here on. */
    void follow(ObservableDoubleValue progress, ReadOnlyStringProperty message) {
        bar.progressProperty().bind(progress);
        if (!cancel.isDisabled()) {
            stageLabel.textProperty().bind(Bindings.when(message.isEmpty())
                    .then(stageLabel.getText()).otherwise(message));
        }
    }

    void show() {
        stage.show();
    }

    void close() {
        stage.hide();
    }
}
