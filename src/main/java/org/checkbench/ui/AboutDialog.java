package org.checkbench.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import org.checkbench.cli.AppVersion;

/** Help > About: the version, the libraries Checkbench stands on, and credits for shipped data. */
final class AboutDialog {

    static final String CREDITS = """
            Checkbench %s — a workbench for fact-checkers.

            Built with OpenJFX 21, RichTextFX, ControlsFX, SQLite (xerial sqlite-jdbc) and picocli.

            Sample article: "North Korean troops in Russia", shipped for demonstration.
            """;

    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        about.initOwner(owner);
        about.setTitle("About Checkbench");
        about.setHeaderText("Checkbench " + AppVersion.current());
        TextArea text = new TextArea(CREDITS.formatted(AppVersion.current()));
        text.setId("aboutText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(12);
        about.getDialogPane().setContent(text);
        about.showAndWait();
    }
}
