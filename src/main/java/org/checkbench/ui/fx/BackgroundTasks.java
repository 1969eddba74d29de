package org.checkbench.ui.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that may touch the disk, the database or heavy analysis away from the FX thread and
 * hands the result back on it. Every such call in the UI goes through here, so the FX thread never
 * waits and every failure reaches the user the same way.
 */
public interface BackgroundTasks {

    /**
     * @param description what the user would call this work, shown in the status bar and in errors
     * @param work runs on a background thread
     * @param onSuccess runs on the FX thread with the result
     * @param onFailure runs on the FX thread with what went wrong
     */
    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Stops accepting work and lets queued work finish (bounded wait). */
    void shutdown();
}
