package org.checkbench.ui.app;

import org.checkbench.ui.AppHarness;
import org.checkbench.ui.RunningAppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;

import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

import org.checkbench.model.text.DisplayText;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: an article the editor cannot lay out is refused with a message before loading, and the
 * workspace stays usable: the checker is offered the other articles.
 */
class UnshowableArticleTest extends RunningAppTest {

    @Test
    void anArticleThatCannotBeLaidOutIsRefusedAndTheArticleListIsOffered() throws Exception {
        long sampleId = open().article().id();
        String blob = "Attachment: " + "QUJD".repeat(DisplayText.MAX_UNBROKEN / 4 + 10) + "\n";
        long blobId = open().session().articles().importText("Encoded attachment", blob, "test").id();

        onFx(() -> app.window().workspace().openArticle(blobId, app.window()::showArticle));
        DialogPane refused = dialogWithHeader(robot, "cannot be shown in the window");
        assertThat(refused.getHeaderText()).contains("Encoded attachment", "without a space");
        press(refused, ButtonType.OK);

        DialogPane choose = dialogWithHeader(robot, "Articles in this workspace");
        press(choose, ButtonType.OK); // the most recent first: the blob itself, refused again...
        DialogPane again = dialogWithHeader(robot, "cannot be shown in the window");
        press(again, ButtonType.OK);
        DialogPane chooseAgain = dialogWithHeader(robot, "Articles in this workspace");
        onFx(() -> {
            @SuppressWarnings("unchecked")
            var box = (javafx.scene.control.ComboBox<org.checkbench.model.ArticleSummary>) chooseAgain.lookup(".combo-box");
            box.getSelectionModel().select(box.getItems().stream().filter(a -> a.id() == sampleId).findFirst().orElseThrow());
        });
        press(chooseAgain, ButtonType.OK);
        waitUntil(() -> open().article().id() == sampleId);
        assertThat(open().session().articles().load(blobId).article().currentText()).isEqualTo(blob);
    }

    private DialogPane dialogWithHeader(org.testfx.api.FxRobot robot, String header) throws Exception {
        waitUntil(() -> find(header) != null);
        return find(header);
    }

    private DialogPane find(String header) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getScene() != null && p.getScene().getWindow() != null && p.getScene().getWindow().isShowing())
                .filter(p -> p.getHeaderText() != null && p.getHeaderText().contains(header)).findFirst().orElse(null);
    }

    private static void press(DialogPane pane, ButtonType type) throws Exception {
        javafx.stage.Window window = pane.getScene().getWindow();
        javafx.application.Platform.runLater(() -> ((javafx.scene.control.Button) pane.lookupButton(type)).fire());
        waitUntil(() -> !window.isShowing());
    }
}
