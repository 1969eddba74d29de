package org.checkbench.ui.fx;

import java.util.function.BiConsumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs each task at once on the calling thread and answers before {@link #execute} returns: for
 * tests of code that uses a {@link TaskExecutor} (no waiting, no threads), never for the window.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    private BiConsumer<String, Throwable> defaultFailure = (title, failure) -> {
        throw new IllegalStateException("Could not " + title, failure);
    };

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        task.submitted();
        T result = null;
        Throwable failure = null;
        try {
            result = task.call(progressOf(task));
        } catch (Exception e) {
            failure = e;
        }
        task.deliver(result, failure, f -> defaultFailure.accept(task.title(), f));
        return task;
    }

    static BackgroundTask.Progress progressOf(BackgroundTask<?> task) {
        return new BackgroundTask.Progress() {
            @Override
            public void update(double fraction, String message) {
                task.showProgress(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
    }

    @Override
    public void reportFailure(String title, Throwable failure) {
        defaultFailure.accept(title, failure);
    }

    @Override
    public void setDefaultFailureHandler(BiConsumer<String, Throwable> handler) {
        defaultFailure = handler;
    }

    @Override
    public ObservableList<BackgroundTask<?>> running() {
        return FXCollections.emptyObservableList();
    }

    @Override
    public void shutdown() {
    }
}
