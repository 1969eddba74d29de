package org.checkbench.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window from the options the command line parsed. */
public final class CheckbenchApp extends Application {

    private static volatile LaunchOptions pendingOptions = LaunchOptions.defaults();

    /** Starts JavaFX and blocks until the last window closes. */
    public static void launch(LaunchOptions options) {
        pendingOptions = options;
        Application.launch(CheckbenchApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Checkbench");
        stage.show();
    }
}
