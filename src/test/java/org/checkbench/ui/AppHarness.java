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

    public CheckbenchApp start(LaunchOptions options) throws Exception {
        System.setProperty("checkbench.prefs.node", prefsNode);
        System.setProperty("checkbench.data.dir", dataDir.toString());
        FxToolkit.registerPrimaryStage();
        CheckbenchApp.useOptions(options);
        application = FxToolkit.setupApplication(CheckbenchApp.class);
        CheckbenchApp app = (CheckbenchApp) application;
        waitUntil(() -> app.window() != null && app.window().open() != null);
        return app;
    }

    public void stop() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
        Preferences.userRoot().node(prefsNode).removeNode();
    }

    public static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
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
