package org.checkbench.ui.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;

/**
 * One worker thread: writes reach the database in the order the user made them, which a pool
 * would not guarantee. Detection and rendering are short enough that they may queue behind them.
 */
public final class FxBackgroundTasks implements BackgroundTasks {

    private final ExecutorService worker;

    public FxBackgroundTasks() {
        AtomicInteger count = new AtomicInteger();
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "checkbench-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (worker.isShutdown()) {
            // Quitting: nothing may be dropped, so late work (a last save) runs right here.
            try {
                onSuccess.accept(work.call());
            } catch (Exception failure) {
                onFailure.accept(failure);
            }
            return;
        }
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    onSuccess.accept(result);
                });
            } catch (Throwable failure) {
                Platform.runLater(() -> {
                    onFailure.accept(failure);
                });
            }
        });
    }

    @Override
    public void shutdown() {
        worker.shutdown();
        try {
            // Pending writes must reach the disk before the JVM exits.
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
