package org.checkbench.ui;

import javafx.scene.input.KeyCode;

import org.checkbench.model.Claim;
import org.checkbench.ui.app.CheckbenchApp;
import org.checkbench.ui.app.LaunchOptions;
import org.checkbench.ui.article.OpenArticle;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;

/**
 * A test class that works on the real application, started headless once for the class with its
 * own data folder and settings (see {@link AppHarness}).
 */
public abstract class RunningAppTest {

    protected static AppHarness harness;
    protected static CheckbenchApp app;

    protected final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startApplication() throws Exception {
        harness = new AppHarness();
        app = harness.start(LaunchOptions.defaults());
    }

    @AfterAll
    static void stopApplication() throws Exception {
        harness.stop();
    }

    protected StyleClassedTextArea area() {
        return robot.lookup("#articleEditor").queryAs(StyleClassedTextArea.class);
    }

    protected static OpenArticle open() {
        return app.window().open();
    }

    /** Selects {@code words} in the article and presses Ctrl+M, as a checker marks a claim; returns the claim. */
    protected Claim markByKeys(String words) throws Exception {
        int start = AppHarness.onFx(() -> area().getText().indexOf(words));
        if (start < 0) {
            throw new AssertionError("the sample does not contain " + words);
        }
        AppHarness.onFx(() -> {
            app.window().stage().requestFocus();
            area().requestFocus();
            area().selectRange(start, start + words.length());
        });
        robot.push(KeyCode.CONTROL, KeyCode.M);
        AppHarness.waitUntilOnFx(() -> open().currentClaims().stream().anyMatch(c -> c.quote().equals(words)));
        return AppHarness.onFx(() -> open().currentClaims().stream().filter(c -> c.quote().equals(words)).findFirst().orElseThrow());
    }

    /** Until the worker is idle and its answers are on screen (see {@link AppHarness#waitForTasks}). */
    protected static void waitForTasks() throws Exception {
        AppHarness.waitForTasks(app);
    }
}
