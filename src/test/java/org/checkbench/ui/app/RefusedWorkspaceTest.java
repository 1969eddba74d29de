package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.prefs.Preferences;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.AppHarness;
import org.checkbench.ui.ScriptedDialogs;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;

/**
 * Issue 14: after "workspace is locked" the window showed an empty editor that took typing and said
 * "Saved", and quitting overwrote the saved window layout. Now it takes no work it would not keep.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RefusedWorkspaceTest {

    private static final ScriptedDialogs DIALOGS = new ScriptedDialogs();
    private static AppHarness harness;
    private static CheckbenchApp app;
    private static WorkspaceSession holder;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startOnAWorkspaceAnotherWindowHasOpen() throws Exception {
        harness = new AppHarness().withDialogs(DIALOGS);
        Path file = harness.dataDir().resolve("shared.checkbench");
        // Another Checkbench (here: this test) has the workspace open, so it is locked.
        holder = new WorkspaceService(new AppDirectories(Files.createTempDirectory("other-window")), Clock.systemUTC(), "other")
                .open(file);
        Preferences window = harness.prefs().node("window");
        window.putDouble("width", 1000);
        window.putDouble("height", 700);
        window.putDouble("x", 30);
        window.putDouble("y", 40);
        window.putDouble("divider", 0.6);
        window.flush();
        app = harness.startWithoutArticle(new LaunchOptions(file, null, false));
    }

    @AfterAll
    static void stop() throws Exception {
        holder.close();
        harness.stop();
    }

    private StyleClassedTextArea area() {
        return robot.lookup("#articleEditor").queryAs(StyleClassedTextArea.class);
    }

    @Test
    @Order(1)
    void theEditorSaysWhyAndTakesNoTypingAndNothingClaimsToBeSaved() throws Exception {
        waitUntilOnFx(() -> !DIALOGS.errors.isEmpty());
        assertThat(DIALOGS.errors.get(0)).contains("Workspace problem").containsIgnoringCase("open in another");
        assertThat(onFx(() -> app.window().open())).isNull();
        assertThat(onFx(() -> area().isEditable() || !area().isDisabled())).as("the editor takes no typing").isFalse();
        Label why = robot.lookup("#editorUnavailable").queryAs(Label.class);
        assertThat(onFx(why::isVisible)).isTrue();
        assertThat(onFx(why::getText)).startsWith("No workspace is open").contains("File > Open workspace");

        onFx(() -> area().requestFocus());
        robot.write("typed for nothing");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertThat(onFx(() -> area().getText())).isEmpty();
        assertThat(onFx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText()))
                .isEqualTo("No workspace open").doesNotContain("Saved");
        assertThat(onFx(() -> app.window().actions().get("save").disabledProperty().get())).isTrue();
        assertThat(onFx(() -> app.window().actions().get("openArticle").disabledProperty().get())).isTrue();
        assertThat(onFx(() -> app.window().actions().get("nextClaim").disabledProperty().get())).isTrue();
        assertThat(onFx(() -> app.window().actions().get("openWorkspace").disabledProperty().get())).isFalse();
    }

    @Test
    @Order(2)
    void closingTheWindowLeavesTheSavedLayoutAlone() throws Exception {
        onFx(() -> {
            app.window().stage().setWidth(760);
            app.window().stage().setHeight(500);
            app.window().stage().setX(300);
        });
        onFx(() -> app.window().quit());
        waitUntilOnFx(() -> !app.window().stage().isShowing());
        Preferences window = harness.prefs().node("window");
        window.sync();
        assertThat(window.getDouble("width", 0)).isEqualTo(1000);
        assertThat(window.getDouble("height", 0)).isEqualTo(700);
        assertThat(window.getDouble("x", 0)).isEqualTo(30);
    }
}
