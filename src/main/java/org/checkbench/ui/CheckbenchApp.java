package org.checkbench.ui;

import java.lang.management.ManagementFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.time.Clock;

import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceService;

/** The JavaFX application: builds the main window from the options the command line parsed. */
public final class CheckbenchApp extends Application {

    private static volatile LaunchOptions pendingOptions = LaunchOptions.defaults();

    private FxBackgroundTasks tasks;
    private MainWindow window;
    private QuietAfterCloseDialogs dialogs;

    /** Starts JavaFX and blocks until the last window closes. */
    public static void launch(LaunchOptions options) {
        pendingOptions = options;
        Application.launch(CheckbenchApp.class);
    }

    /** Lets a test start the app in-process with its own options. */
    static void useOptions(LaunchOptions options) {
        pendingOptions = options;
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = pendingOptions;
        tasks = new FxBackgroundTasks();
        dialogs = new QuietAfterCloseDialogs(new FxDialogService(stage));
        AppPreferences preferences = AppPreferences.standard();
        // History rows and reports name the checker as set in the preferences (default: the OS user).
        WorkspaceService service = WorkspaceService.withCheckerFrom(AppDirectories.forCurrentUser(),
                Clock.systemUTC(), preferences::checkerName);
        window = new MainWindow(stage, service, tasks, dialogs, new WindowState(WindowState.defaultNode()), preferences);
        window.setDesktopActions(new FxDesktopActions(getHostServices()));
        window.reportExport().useOpener(ReportOpener.using(getHostServices()));
        window.show();
        if (options.editorBenchmark()) {
            tasks.run("Prepare the benchmark workspace", EditorBenchmark::prepareWorkspace, file -> {
                long openedAt = System.nanoTime();
                window.start(new LaunchOptions(file, null, false, false), () -> EditorBenchmark.measure(window, openedAt));
            }, failure -> {
                failure.printStackTrace();
                Platform.exit();
            });
            return;
        }
        window.start(options, options.startupBenchmark() ? this::reportStartupAndQuit : () -> { });
    }

    @Override
    public void stop() {
        if (dialogs != null) {
            dialogs.close();
        }
        if (window != null) {
            window.shutdown();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }

    MainWindow window() {
        return window;
    }

    /** Runs after the next pulse, so the figure includes laying out and drawing the text once. */
    private void reportStartupAndQuit() {
        Platform.runLater(() -> {
            long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("startup: article shown " + sinceLaunch + " ms after JVM start");
            window.stage().close();
            Platform.exit();
        });
    }
}
