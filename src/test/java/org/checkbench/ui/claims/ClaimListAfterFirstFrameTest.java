package org.checkbench.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.checkbench.model.Claim;
import org.checkbench.ui.RunningAppTest;
import org.junit.jupiter.api.Test;

/**
 * The claim list's rows come in the frame after the article's first (ADR 0175): until then the list is
 * blank, never "No claims yet" for an article that has claims, and then it holds every claim with the
 * selected one selected.
 */
class ClaimListAfterFirstFrameTest extends RunningAppTest {

    @Test
    void theRowsComeAfterTheFirstFrameWithTheSelectionAndNoFalsePlaceholder() throws Exception {
        markByKeys("Gideon Rachman");
        Claim selected = markByKeys("Pyongyang’s military");
        onFx(() -> open().selectedProperty().set(open().claim(selected.id())));
        int claims = onFx(() -> open().claims().size());

        ClaimPanel panel = onFx(() -> new ClaimPanel(claim -> { }));
        Stage stage = onFx(() -> {
            Stage second = new Stage();
            second.setScene(new Scene(panel, 320, 480));
            second.show();
            return second;
        });
        try {
            @SuppressWarnings("unchecked")
            ListView<Claim> list = onFx(() -> (ListView<Claim>) panel.lookup("#claimList"));
            Object[] asShown = onFx(() -> {
                panel.show(open());
                return new Object[] {list.getItems().size(), list.getPlaceholder()};
            });
            assertThat((int) asShown[0]).as("no rows in the frame that shows the article").isZero();
            assertThat(placeholderText((Node) asShown[1])).as("the blank list says nothing untrue").isEmpty();

            waitUntilOnFx(() -> list.getItems().size() == claims);
            assertThat(onFx(() -> list.getSelectionModel().getSelectedItem().id())).isEqualTo(selected.id());
            assertThat(placeholderText(onFx(list::getPlaceholder))).startsWith("No claims yet");
        } finally {
            onFx(stage::close);
        }
    }

    private static String placeholderText(Node placeholder) {
        return placeholder instanceof Label label ? label.getText() : "";
    }
}
