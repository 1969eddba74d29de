package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;

import java.util.UUID;
import java.util.prefs.Preferences;

import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Size, position and split survive a restart; a window never comes back larger than the screen. */
class WindowStateTest {

    private final Preferences node = Preferences.userRoot().node("checkbench-test-" + UUID.randomUUID());

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void whatWasSavedIsRestoredInTheNextRun() throws Exception {
        onFx(() -> {
            Stage first = new Stage();
            SplitPane split = new SplitPane(new Pane(), new Pane());
            first.setScene(new Scene(split, 300, 200));
            first.setX(40);
            first.setY(30);
            first.setWidth(900);
            first.setHeight(600);
            split.setDividerPositions(0.55);
            new WindowState(node).save(first, split);
        });

        double[] restored = onFx(() -> {
            Stage next = new Stage();
            SplitPane split = new SplitPane(new Pane(), new Pane());
            next.setScene(new Scene(split));
            new WindowState(node).restore(next, split);
            return new double[] {next.getX(), next.getY(), next.getWidth(), next.getHeight(), split.getDividerPositions()[0]};
        });
        assertThat(restored).containsExactly(40, 30, 900, 600, 0.55);
    }

    @Test
    void aWindowSavedOnABiggerScreenIsShrunkToThisOne() throws Exception {
        node.putDouble("width", 10_000);
        node.putDouble("height", 8_000);
        double[] size = onFx(() -> {
            Stage next = new Stage();
            SplitPane split = new SplitPane(new Pane(), new Pane());
            next.setScene(new Scene(split));
            new WindowState(node).restore(next, split);
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            return new double[] {next.getWidth(), next.getHeight(), screen.getWidth(), screen.getHeight()};
        });
        assertThat(size[0]).isLessThanOrEqualTo(size[2]);
        assertThat(size[1]).isLessThanOrEqualTo(size[3]);
    }
}
