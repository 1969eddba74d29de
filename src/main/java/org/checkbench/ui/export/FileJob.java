package org.checkbench.ui.export;

import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.stage.Window;
import javafx.util.Duration;

import org.checkbench.service.JobProgress;
import org.checkbench.ui.fx.BackgroundTask;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * Long file work (a newsroom export, a bundle written or imported) as steps, each a
 * {@link BackgroundTask}, followed by one progress window with Cancel. The window appears only when
 * the work outlasts a moment, so a CSV written in 50 ms does not flash a window. Cancel stops the
 * step that runs (a step on its own thread is interrupted; a step on the worker stops at its next
 * checkpoint and its transaction rolls back) and keeps the next step from starting.
 */
final class FileJob {

    /** Work that ends sooner than this shows no window. */
    static final Duration SHOW_AFTER = Duration.millis(400);
    /** ProgressBar's value for "working, amount unknown". */
    private static final double INDETERMINATE = -1;

    private final TaskExecutor tasks;
    private final ExportProgressWindow window;
    private final PauseTransition delay = new PauseTransition(SHOW_AFTER);
    private final Consumer<Throwable> onFailure;
    private final Runnable onCancelled;
    private BackgroundTask<?> step;
    private boolean cancelled;
    private boolean running = true;

    /**
     * Starts the job's window (shown after {@link #SHOW_AFTER}); begin the work with {@link #step}.
     *
     * @param onFailure called on the FX thread when a step failed (the window is gone)
     * @param onCancelled called on the FX thread once a cancelled job has stopped
     */
    FileJob(Window owner, TaskExecutor tasks, String title, String headline, String firstStage,
            Consumer<Throwable> onFailure, Runnable onCancelled) {
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.onCancelled = onCancelled;
        this.window = new ExportProgressWindow(owner, title, headline, firstStage, this::cancel);
        delay.setOnFinished(event -> {
            if (running) {
                window.show();
            }
        });
        delay.play();
    }

    /** The service's view of a step's progress and cancel flag. */
    static JobProgress reporting(BackgroundTask.Progress progress) {
        return new JobProgress() {
            @Override
            public void update(double fraction, String stage) {
                progress.update(fraction, stage);
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        };
    }

    boolean running() {
        return running;
    }

    /**
     * Runs the next step; {@code then} gets its answer on the FX thread and either starts the step
     * after it or calls {@link #done}. After a Cancel the step does not start.
     */
    <T> void step(BackgroundTask<T> task, Consumer<T> then) {
        if (cancelled) {
            end();
            onCancelled.run();
            return;
        }
        task.onSuccess(then).onFailure(failure -> {
            end();
            onFailure.accept(failure);
        }).onCancelled(() -> {
            end();
            onCancelled.run();
        });
        window.follow(Bindings.createDoubleBinding(() -> task.progressProperty().get() > 0
                ? task.progressProperty().get() : INDETERMINATE, task.progressProperty()), task.messageProperty());
        step = task;
        tasks.execute(task);
    }

    /** The last step succeeded: the window goes (before any message about the result). */
    void done() {
        end();
    }

    private void cancel() {
        cancelled = true;
        if (step != null) {
            step.cancel();
        }
    }

    private void end() {
        running = false;
        delay.stop();
        window.close();
    }
}
