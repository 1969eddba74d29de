package org.checkbench.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;

import org.checkbench.service.BuildInfo;
import org.checkbench.ui.fx.DialogService;

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
        return CREDITS.formatted(BuildInfo.version(), resource("/org/checkbench/detect/CREDITS.txt") + "\n\n"
                + resource("/org/checkbench/match/CREDITS.txt"));
    }

    private static String resource(String name) {
        try (java.io.InputStream in = AboutDialog.class.getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private AboutDialog() {
    }

    static void show(DialogService dialogs) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        about.setTitle("About Checkbench");
        about.setHeaderText("Checkbench " + BuildInfo.version());
        TextArea text = new TextArea(credits());
        text.setId("aboutText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(12);
        about.getDialogPane().setContent(text);
        dialogs.showCustomDialogAndWait(about);
    }
}
