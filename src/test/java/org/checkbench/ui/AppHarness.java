package org.checkbench.ui;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

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
        waitUntilOnFx(() -> app.window().tasks().running().isEmpty());
    }

    /**
     * How long a test waits for a condition before it fails. Generous on purpose: a condition that
     * holds ends the wait at once, and on a 2-core machine shared by many builds (load 25-35) the
     * first PDF export or model load alone has taken over 15 s. A wait that runs out says what the
     * app was doing ({@link #snapshot}), so a real hang is told apart from slowness.
     */
    static final int WAIT_SECONDS = 60;

    public static void waitUntil(BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + WAIT_SECONDS + " s in vain. What the app was doing then:\n" + snapshot(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until {@code condition} holds, asking it on the FX thread each time: the window's state
     * (text, selection, focus, claims on screen) belongs to that thread and is read there.
     */
    public static void waitUntilOnFx(Callable<Boolean> condition) throws Exception {
        waitUntil(() -> onFxTrue(condition));
    }

    /**
     * The windows showing and every thread's stack: a wait that times out on a busy machine says
     * whether something blocked (a dialog, a lock, a queue) or merely ran slowly.
     */
    static String snapshot() {
        StringBuilder out = new StringBuilder("Windows showing:");
        try {
            List<String> windows = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                    .map(w -> w.getClass().getSimpleName() + (w instanceof Stage stage ? " \"" + stage.getTitle() + "\""
                            + (stage.getModality() == Modality.NONE ? "" : " modal") : "")
                            + (w.isFocused() ? " focused" : ""))
                    .toList()).get(5, TimeUnit.SECONDS);
            windows.forEach(w -> out.append("\n  ").append(w));
        } catch (Exception e) {
            out.append(" (the FX thread did not answer within 5 s: ").append(e).append(')');
        }
        out.append("\nThreads:");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            out.append("\n\"").append(thread.getName()).append("\" ").append(thread.getState());
            for (StackTraceElement frame : stack) {
                out.append("\n    at ").append(frame);
            }
        });
        return out.toString();
    }

    /** Runs on the FX thread and waits for the result. */
    public static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(WAIT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    /** A condition read on the FX thread, for {@link #waitUntil} (state the FX thread changes is read there). */
    public static boolean onFxTrue(Callable<Boolean> condition) {
        try {
            return onFx(condition);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}
