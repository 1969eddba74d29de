package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;

import org.checkbench.ui.RunningAppTest;
import org.junit.jupiter.api.Test;

/**
 * The find bar and the draft outcome banner are hidden at launch and are not in the window until they
 * are first shown, so the first frame neither styles nor skins them (ADR 0186). Opened, the find bar
 * works as before: its field has the focus; closed, it stays in the window, hidden.
 */
class HiddenPartsJoinWhenShownTest extends RunningAppTest {

    @Test
    void theFindBarAndTheBannerJoinTheWindowOnlyWhenFirstShown() throws Exception {
        assertThat(onFx(() -> inWindow("#findBar"))).as("find bar at launch").isFalse();
        assertThat(onFx(() -> inWindow("#findField"))).as("its field at launch").isFalse();
        assertThat(onFx(() -> inWindow("#draftOutcomes"))).as("banner with one revision").isFalse();
        assertThat(onFx(() -> inWindow("#articleEditor"))).as("the article is there").isTrue();

        onFx(() -> {
            app.window().stage().requestFocus();
            area().requestFocus();
        });
        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntilOnFx(() -> inWindow("#findField") && robot.lookup("#findField").query().isFocused());
        assertThat(onFx(() -> robot.lookup("#findBar").query().isVisible())).isTrue();
        // Above the article, as it always was.
        assertThat(onFx(() -> robot.lookup("#articleColumn").queryParent().getChildrenUnmodifiable().get(0).getId()))
                .isEqualTo("findBar");

        robot.push(KeyCode.ESCAPE);
        waitUntilOnFx(() -> !app.window().findBar().isOpen() && area().isFocused());
        assertThat(onFx(() -> inWindow("#findBar"))).as("closed, it stays in the window, hidden").isTrue();
    }

    private boolean inWindow(String id) {
        Node node = app.window().stage().getScene().lookup(id);
        return node != null;
    }
}
