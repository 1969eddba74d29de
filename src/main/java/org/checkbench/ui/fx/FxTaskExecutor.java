package org.checkbench.ui.fx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One worker thread: writes reach the database in the order the user made them, which a pool
 * would not guarantee. Detection is short enough to queue behind them. Tasks that asked for a thread
 * of their own (rendering, the desktop) run on a small pool beside it, where cancel interrupts them
 * without interrupting the worker's writes.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final System.Logger LOG = System.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemonThreads("checkbench-worker-"));
    private final ExecutorService ownThreads = Executors.newCachedThreadPool(daemonThreads("checkbench-task-"));
    /**
     * Background work: a fresh thread for each task (none kept for reuse), so a task may lower its
     * thread's priority for good once what the checker waits for is done (ADR 0115) without the
     * next task inheriting it.
     */
    private final ExecutorService backgroundThreads = new java.util.concurrent.ThreadPoolExecutor(0, Integer.MAX_VALUE,
            0, TimeUnit.SECONDS, new java.util.concurrent.SynchronousQueue<>(), daemonThreads("checkbench-background-"));
    private final ObservableList<BackgroundTask<?>> running = FXCollections.observableArrayList();
    // One wrapper, kept: a wrapper listens to the list weakly, so a fresh one per call could be collected.
    private final ObservableList<BackgroundTask<?>> runningView = FXCollections.unmodifiableObservableList(running);
    private volatile BiConsumer<String, Throwable> defaultFailure = (title, failure) ->
            LOG.log(System.Logger.Level.WARNING, "Could not: " + title, failure);

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        task.submitted();
        if (worker.isShutdown()) {
            // Quitting: nothing may be dropped, so late work (a last save) runs right here.
            runNow(task);
            return task;
        }
        if (Platform.isFxApplicationThread()) {
            running.add(task);
        } else {
            Platform.runLater(() -> running.add(task)); // still before the removal, which is queued later
        }
        ExecutorService lane = task.runsInBackground() ? backgroundThreads : task.runsOnOwnThread() ? ownThreads : worker;
        lane.execute(() -> runAndDeliver(task));
        return task;
    }

    private <T> void runAndDeliver(BackgroundTask<T> task) {
        T result = null;
        Throwable failure = null;
        if (org.checkbench.service.OpeningTimeline.on()) { // no string made per task when it is off
            org.checkbench.service.OpeningTimeline.step("task starts: " + task.title());
        }
        try {
            result = task.call(new BackgroundTask.Progress() {
                @Override
                public void update(double fraction, String message) {
                    Platform.runLater(() -> task.showProgress(fraction, message));
                }

                @Override
                public boolean isCancelled() {
                    return task.isCancelled();
                }
            });
        } catch (Throwable t) {
            failure = t;
        }
        // Delivered only once the work has stopped, so "cancelled" means it really stopped.
        T answer = result;
        Throwable problem = failure;
        Platform.runLater(() -> {
            if (org.checkbench.service.OpeningTimeline.on()) {
                org.checkbench.service.OpeningTimeline.step("answer shown: " + task.title());
            }
            running.remove(task);
            task.deliver(answer, problem, f -> defaultFailure.accept(task.title(), f));
        });
    }

    private <T> void runNow(BackgroundTask<T> task) {
        T result = null;
        Throwable failure = null;
        try {
            result = task.call(SameThreadTaskExecutor.progressOf(task));
        } catch (Exception e) {
            failure = e;
        }
        task.deliver(result, failure, f -> defaultFailure.accept(task.title(), f));
    }

    @Override
    public void reportFailure(String title, Throwable failure) {
        Platform.runLater(() -> defaultFailure.accept(title, failure));
    }

    @Override
    public void setDefaultFailureHandler(BiConsumer<String, Throwable> handler) {
        defaultFailure = handler;
    }

    @Override
    public ObservableList<BackgroundTask<?>> running() {
        return runningView;
    }

    @Override
    public void shutdown() {
        worker.shutdown();
        // A render or a file viewer left running must not hold up quitting.
        ownThreads.shutdownNow();
        backgroundThreads.shutdownNow();
        try {
            // Pending writes must reach the disk before the JVM exits.
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
