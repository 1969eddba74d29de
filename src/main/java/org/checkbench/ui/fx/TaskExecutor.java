package org.checkbench.ui.fx;

import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.collections.ObservableList;

/**
 * Runs {@link BackgroundTask}s away from the FX thread and hands their answers back on it. Every
 * such call in the UI goes through here, so the FX thread never waits and every failure reaches the
 * user the same way. {@link FxTaskExecutor} in the app; {@link SameThreadTaskExecutor} in tests that
 * want the answer at once.
 */
public interface TaskExecutor {

    /** Starts the task and returns it (to cancel it or follow its progress). Call on the FX thread. */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /**
     * The short form: {@code work} on the worker, {@code onSuccess} or {@code onFailure} on the FX thread.
     *
     * @param title what the user would call this work, shown in the status bar and in errors
     */
    default <T> BackgroundTask<T> run(String title, Callable<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        return execute(BackgroundTask.of(title, work).onSuccess(onSuccess).onFailure(onFailure));
    }

    /**
     * A failure that happened outside any task (a sync to the disk after a commit, on a thread of its
     * own) reaches the user the way a task's failure does, on the FX thread. Call from any thread.
     */
    void reportFailure(String title, Throwable failure);

    /** What happens to a failure whose task named no handler: the app shows it titled with the task's title. */
    void setDefaultFailureHandler(BiConsumer<String, Throwable> handler);

    /** The tasks started and not yet answered, oldest first; changes on the FX thread (the status bar shows them). */
    ObservableList<BackgroundTask<?>> running();

    /** Stops accepting work and lets queued work finish (bounded wait). */
    void shutdown();
}
