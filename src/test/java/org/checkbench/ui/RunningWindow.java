package org.checkbench.ui;

import org.checkbench.ui.app.CheckbenchApp;
import org.checkbench.ui.app.LaunchOptions;
import org.checkbench.ui.app.MainWindow;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real window, started once for a test class on the default workspace with the sample article
 * open and scripted dialogs, and stopped after the class:
 * {@code @RegisterExtension static final RunningWindow WINDOW = new RunningWindow();}.
 * Each class gets its own data folder, settings and dialogs, so nothing one class said or saved is
 * seen by the next.
 */
public final class RunningWindow implements BeforeAllCallback, AfterAllCallback {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AppHarness harness;
    private CheckbenchApp app;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        harness = new AppHarness().withDialogs(dialogs);
        app = harness.start(LaunchOptions.defaults());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        harness.stop();
    }

    public CheckbenchApp app() {
        return app;
    }

    /** The main window (read its state on the FX thread). */
    public MainWindow window() {
        return app.window();
    }

    public AppHarness harness() {
        return harness;
    }

    /** What the window asked and said, and how the next question is answered. */
    public ScriptedDialogs dialogs() {
        return dialogs;
    }
}
