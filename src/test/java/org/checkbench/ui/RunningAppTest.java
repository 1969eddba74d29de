package org.checkbench.ui;

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
}
