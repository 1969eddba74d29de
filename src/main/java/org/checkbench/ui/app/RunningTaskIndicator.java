package org.checkbench.ui.app;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.util.Duration;

import org.checkbench.ui.fx.BackgroundTask;
import org.checkbench.ui.fx.TaskExecutor;
import org.controlsfx.control.StatusBar;

/**
 * The status bar names the background work the checker is waiting for ("Import the new draft…",
 * "Find check-worthy sentences: 1,200 of 6,478 sentences") with its progress. Saves and lookups that finish within a moment are not shown, so typing does
 * not make the bar flicker.
 */
final class RunningTaskIndicator {

    static final Duration SHOW_AFTER = Duration.millis(600);

    private final TaskExecutor tasks;
    private final StatusBar statusBar;
    private final Label label = new Label();
    private final PauseTransition delay = new PauseTransition(SHOW_AFTER);
    private BackgroundTask<?> shown;

    RunningTaskIndicator(TaskExecutor tasks, StatusBar statusBar) {
        this.tasks = tasks;
        this.statusBar = statusBar;
        label.setId("runningTask");
        delay.setOnFinished(event -> show(tasks.running().isEmpty() ? null : tasks.running().get(0)));
        tasks.running().addListener((ListChangeListener<BackgroundTask<?>>) change -> {
            if (tasks.running().isEmpty()) {
                delay.stop();
                show(null);
            } else if (shown != null && !tasks.running().contains(shown)) {
                show(null); // that one is done: the next is named if it, too, takes a while
                delay.playFromStart();
            } else if (shown == null && delay.getStatus() != Animation.Status.RUNNING) {
                delay.playFromStart();
            }
        });
    }

    Label label() {
        return label;
    }

    private void show(BackgroundTask<?> task) {
        statusBar.progressProperty().unbind();
        shown = task;
        label.textProperty().unbind();
        if (shown == null) {
            label.setText("");
            statusBar.setProgress(0);
        } else {
            label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> shown.messageProperty().get().isEmpty() ? shown.title() + "…"
                            : shown.title() + ": " + shown.messageProperty().get(),
                    shown.messageProperty()));
            statusBar.progressProperty().bind(shown.progressProperty());
        }
    }
}
