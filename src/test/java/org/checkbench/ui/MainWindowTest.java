package org.checkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application, headless, exactly as the launcher does. */
class MainWindowTest {

    private static final String PREFS_NODE = "checkbench-test-" + UUID.randomUUID();

    private static javafx.application.Application application;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startApplication() throws Exception {
        System.setProperty("checkbench.prefs.node", PREFS_NODE);
        FxToolkit.registerPrimaryStage();
        CheckbenchApp.useOptions(LaunchOptions.defaults());
        application = FxToolkit.setupApplication(CheckbenchApp.class);
    }

    @AfterAll
    static void stopApplication() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
        Preferences.userRoot().node(PREFS_NODE).removeNode();
    }

    @Test
    void showsTheSampleArticleInTheEditorAndItsTitleInTheWindowTitle() throws Exception {
        StyleClassedTextArea editor = robot.lookup("#articleEditor").queryAs(StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !editor.getText().isEmpty());

        String sample = CheckbenchApp.readSample();
        assertThat(editor.getText()).isEqualTo(sample);
        assertThat(editor.getText()).contains("Roskomnadzor");
        Stage stage = (Stage) editor.getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("North Korean troops in Russia — Checkbench");
    }

    @Test
    void hasTheMainPartsAUserExpects() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#menuBar").tryQuery()).isPresent();
        assertThat(robot.lookup("#claimList").tryQuery()).isPresent();
        StatusBar status = robot.lookup("#statusBar").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Opened"));
        assertThat(status.getText()).isEqualTo("Opened “North Korean troops in Russia”");
        SplitPane split = robot.lookup("#mainSplit").queryAs(SplitPane.class);
        assertThat(split.getItems()).hasSize(2);
    }
}
