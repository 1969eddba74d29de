package org.checkbench.ui.app;

import org.checkbench.ui.AppHarness;
import org.checkbench.ui.RunningAppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.waitUntil;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;

import org.junit.jupiter.api.Test;

/** Issue 17: the "damaged workspace" message fits a small screen, its details tucked away, OK in reach. */
class DamagedWorkspaceDialogTest extends RunningAppTest {

    @Test
    void aLongDamageReportWrapsAndPutsItsDetailsUnderShowDetails() throws Exception {
        String path = "/home/olena/Documents/fact-checking/2026/ukraine-energy-infrastructure-investigation/"
                + "drafts-from-the-desk/workspace-copy-from-the-laptop.checkbench";
        String detail = "integrity check: *** in database main *** Tree 20 page 20 cell 2: invalid page number"
                + " 218103808 Tree 20 page 21 cell 0: 2nd reference to page 33 Page 34 is never used";
        String problem = path + " is damaged and cannot be opened safely (" + detail + ").";
        String advice = "Open a backup copy instead: File > Back up workspace makes them, and upgrades leave a copy"
                + " named *.before-v<N>-<time>.bak beside the workspace. The damaged file was not changed.";
        Platform.runLater(() -> app.window().dialogs().showError("Workspace problem", problem, advice));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);

        assertThat(dialog.getScene().getWindow().getWidth()).isLessThanOrEqualTo(900);
        Node ok = dialog.lookupButton(javafx.scene.control.ButtonType.OK);
        Bounds okOnScreen = ok.localToScreen(ok.getBoundsInLocal());
        assertThat(okOnScreen.getMaxX()).isLessThanOrEqualTo(dialog.getScene().getWindow().getX()
                + dialog.getScene().getWindow().getWidth());
        assertThat(dialog.getExpandableContent()).isNotNull();
        assertThat(((javafx.scene.control.TextArea) dialog.getExpandableContent()).getText()).contains("Tree 20 page 20");
        assertThat(dialog.getHeaderText()).contains("is damaged");
        robot.clickOn(ok);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }
}
