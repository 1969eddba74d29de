package org.checkbench.ui;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window from the options the command line parsed. */
public final class CheckbenchApp extends Application {

    static final String SAMPLE_RESOURCE = "/org/checkbench/samples/north-korean-troops-in-russia.txt";
    static final String SAMPLE_TITLE = "North Korean troops in Russia";

    private static volatile LaunchOptions pendingOptions = LaunchOptions.defaults();

    private FxBackgroundTasks tasks;
    private MainWindow window;

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
        DialogService dialogs = new FxDialogService(stage);
        window = new MainWindow(stage, tasks, dialogs, new WindowState(WindowState.defaultNode()));
        window.show();
        window.showStatus("Opening the article…");
        tasks.run("Open the sample article", CheckbenchApp::readSample, text -> {
            window.showArticle(SAMPLE_TITLE, text);
            if (options.startupBenchmark()) {
                reportStartupAndQuit();
            }
        }, failure -> dialogs.showError("Could not open the article",
                failure.getMessage(), "Check the file and try again."));
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
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

    static String readSample() throws IOException {
        try (InputStream in = CheckbenchApp.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IOException("The bundled sample article is missing from this build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
