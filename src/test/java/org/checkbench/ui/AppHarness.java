package org.checkbench.ui;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import javafx.application.Application;

import org.checkbench.ui.app.CheckbenchApp;
import org.checkbench.ui.app.LaunchOptions;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real application headless with its own data folder and window settings, so a test
 * never sees another test's workspace or the user's.
 */
public final class AppHarness {

    private final String prefsNode = "checkbench-test-" + UUID.randomUUID();
    private final Path dataDir;
    private Application application;

    public AppHarness() throws Exception {
        dataDir = Files.createTempDirectory("checkbench-gui-test");
    }

    public Path dataDir() {
        return dataDir;
    }

    /** This run's settings (window layout, preferences), as the app reads them. */
    public Preferences prefs() {
        return Preferences.userRoot().node(prefsNode);
    }

    /** Answers file choosers and messages as scripted from now on (forms stay real). */
    public AppHarness withDialogs(ScriptedDialogs dialogs) {
        CheckbenchApp.useDialogs(stage -> dialogs);
        return this;
    }

    public CheckbenchApp start(LaunchOptions options) throws Exception {
        CheckbenchApp app = launch(options);
        waitUntilOnFx(() -> app.window() != null && app.window().open() != null);
        return app;
    }

    /** Starts the app and waits only for its window and the worker to settle (an open that may be refused). */
    public CheckbenchApp startWithoutArticle(LaunchOptions options) throws Exception {
        CheckbenchApp app = launch(options);
        waitUntil(() -> app.window() != null);
        waitForTasks(app);
        return app;
    }

    private CheckbenchApp launch(LaunchOptions options) throws Exception {
        System.setProperty("checkbench.prefs.node", prefsNode);
        System.setProperty("checkbench.data.dir", dataDir.toString());
        FxToolkit.registerPrimaryStage();
        CheckbenchApp.useOptions(options);
        application = FxToolkit.setupApplication(CheckbenchApp.class);
        return (CheckbenchApp) application;
    }

    public void stop() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
        CheckbenchApp.useDialogs(null);
        Preferences.userRoot().node(prefsNode).removeNode();
    }

    /**
     * Waits until the window's worker has nothing queued or running and its answers have reached the
     * FX thread: the writes the test caused are in the database, and what they show is on screen.
     * Read on the FX thread, where the list of running tasks lives.
     */
    public static void waitForTasks(CheckbenchApp app) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> app.window().tasks().running().isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until {@code condition} holds, asking it on the FX thread each time: the window's state
     * (text, selection, focus, claims on screen) belongs to that thread and is read there.
     */
    public static void waitUntilOnFx(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> Boolean.TRUE.equals(WaitForAsyncUtils.asyncFx(condition).get(15, TimeUnit.SECONDS)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs on the FX thread and waits for the result. */
    public static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(15, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    public static void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}
