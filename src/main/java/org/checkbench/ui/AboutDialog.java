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

            Built with OpenJFX 21, RichTextFX, ControlsFX, SQLite (xerial sqlite-jdbc), openhtmltopdf
            with Apache PDFBox and ICU4J, and picocli.

            Report fonts: DejaVu Sans (DejaVu fonts licence), Nanum Gothic and Nanum Gothic Bold and
            Noto Emoji (SIL Open Font License 1.1), shipped with their licences.

            Sample article: "North Korean troops in Russia", shipped for demonstration.

            %s""";

    /** The dataset credit ships beside the weights it is about; one text, shown here and in the README. */
    static String credits() {
        String detection;
        try (java.io.InputStream in = AboutDialog.class.getResourceAsStream("/org/checkbench/detect/CREDITS.txt")) {
            detection = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            detection = "";
        }
        return CREDITS.formatted(AppVersion.current(), detection);
    }

    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        about.initOwner(owner);
        about.setTitle("About Checkbench");
        about.setHeaderText("Checkbench " + AppVersion.current());
        TextArea text = new TextArea(credits());
        text.setId("aboutText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(12);
        about.getDialogPane().setContent(text);
        about.showAndWait();
    }
}
