package org.checkbench.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

import org.checkbench.model.Claim;
import org.checkbench.ui.RunningAppTest;
import org.junit.jupiter.api.Test;

/**
 * When what a row shows changes but the claims do not (here a source linked: the count beside the
 * claim), the claim list's rows show it in place. {@code ListView.refresh()} emptied every row and
 * filled it again, so the next pulse made each row's CSS and layout anew: on the 1 MB article that
 * pulse was the checker's next keystroke (ADR 0180).
 */
class ClaimRowsRedrawnInPlaceTest extends RunningAppTest {

    @Test
    void aLinkedSourceShowsInTheSameRow() throws Exception {
        Claim claim = markByKeys("Gideon Rachman");
        @SuppressWarnings("unchecked")
        ListView<Claim> list = (ListView<Claim>) robot.lookup("#claimList").queryAs(ListView.class);
        waitUntilOnFx(() -> "no sources".equals(countShown(list, claim)));
        List<String> graphicsSet = new ArrayList<>();
        onFx(() -> rowOf(list, claim).graphicProperty().addListener((obs, old, now) -> graphicsSet.add(now == null ? "emptied" : "filled")));

        onFx(() -> open().evidenceCountChanged(claim.id(), 1));

        waitUntilOnFx(() -> "1 source".equals(countShown(list, claim)));
        waitForTasks();
        assertThat(onFx(() -> new ArrayList<>(graphicsSet))).as("the row was never emptied and filled again").isEmpty();
    }

    private static ListCell<?> rowOf(ListView<Claim> list, Claim claim) {
        for (Node node : list.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && cell.getItem() instanceof Claim shown && shown.id() == claim.id()) {
                return cell;
            }
        }
        return null;
    }

    /** The source count in the row that shows {@code claim}, or null when no row shows it. */
    private static String countShown(ListView<Claim> list, Claim claim) {
        ListCell<?> row = rowOf(list, claim);
        Node count = row == null ? null : row.lookup(".claim-evidence-count");
        return count instanceof Label label ? label.getText() : null;
    }
}
