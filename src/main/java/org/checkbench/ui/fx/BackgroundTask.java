package org.checkbench.ui.fx;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One piece of work that must not run on the FX thread (the database, detection, rendering, the
 * desktop), described once: its title (what the user would call it: shown in the status bar while it
 * runs and in the error message if it fails), the work, and what happens with the answer. A
 * {@link TaskExecutor} runs it and calls back on the FX thread.
 *
 * <pre>{@code
 * tasks.execute(BackgroundTask.of("Load the evidence library", () -> service.list(0, 50))
 *         .onlyLatestOf(libraryRequests)      // an older answer arriving late is dropped
 *         .onSuccess(this::showPage));        // failures: the executor's error dialog, titled as above
 * }</pre>
 *
 * <p>Work that takes long and touches no database (rendering a PDF, asking the desktop to open a
 * file) runs {@link #onOwnThread() on a thread of its own}, where {@link #cancel()} interrupts it;
 * everything else queues on the one worker so writes reach the database in the user's order.
 */
public final class BackgroundTask<T> {

    /** The work, told how to report progress and whether it was cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Handed to the work: progress for the status bar or a progress window, and the cancel flag. */
    public interface Progress {
        /** @param fraction 0 to 1, or negative for "working, amount unknown" */
        void update(double fraction, String message);

        boolean isCancelled();
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private LatestOnly latest;
    private long ticket;
    private boolean ownThread;
    private boolean background;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private volatile boolean cancelled;
    /** The thread running an own-thread task's work, while it runs; guarded by this. */
    private Thread runner;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(String title, Callable<T> work) {
        return new BackgroundTask<>(title, progress -> work.call());
    }

    public static <T> BackgroundTask<T> withProgress(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    /** Runs on the FX thread with the result. */
    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs on the FX thread with what went wrong; without one, the executor shows the error, titled with {@link #title()}. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs on the FX thread once a cancelled task has stopped (instead of the failure its interrupt caused). */
    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /**
     * Only the latest answer counts: if another task of the same group is started, or the group is
     * {@link LatestOnly#outdate() outdated}, before this one's answer arrives, the answer (success or
     * failure) is dropped.
     */
    public BackgroundTask<T> onlyLatestOf(LatestOnly group) {
        this.latest = Objects.requireNonNull(group);
        return this;
    }

    /** Runs beside the worker on a thread of its own, which {@link #cancel()} interrupts. No database writes here. */
    public BackgroundTask<T> onOwnThread() {
        this.ownThread = true;
        return this;
    }

    /**
     * Runs on a fresh thread of its own, which the task may lower for good
     * ({@code service.BackgroundPriority}) once the part the checker waits for is done: work that
     * then only prepares for later must not take the core a keystroke needs (ADR 0115). Cancelled
     * like {@link #onOwnThread()}.
     */
    public BackgroundTask<T> inBackground() {
        this.ownThread = true;
        this.background = true;
        return this;
    }

    public String title() {
        return title;
    }

    /** 0 to 1, or -1 while unknown; updated on the FX thread. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the work says it is doing; updated on the FX thread. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Asks the task to stop: not started yet, it never starts; running on its own thread, it is
     * interrupted. {@link #onCancelled} runs once it has stopped, unless it had already finished
     * (then its result is real and {@link #onSuccess} gets it).
     */
    public synchronized void cancel() {
        cancelled = true;
        if (runner != null) {
            runner.interrupt();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    // --- for the executors ------------------------------------------------------------------------

    boolean runsOnOwnThread() {
        return ownThread;
    }

    boolean runsInBackground() {
        return background;
    }

    /** Called on submission, on the submitting (FX) thread. */
    void submitted() {
        if (latest != null) {
            ticket = latest.ask();
        }
    }

    /**
     * Runs the work on the calling thread; progress goes through {@code progressSink}. Only a task on
     * its own thread can be interrupted by {@link #cancel()}: the worker's writes never are.
     */
    T call(Progress progressSink) throws Exception {
        synchronized (this) {
            if (cancelled) {
                throw new CancellationException(title + " was cancelled before it started");
            }
            if (ownThread) {
                runner = Thread.currentThread();
            }
        }
        try {
            return work.run(progressSink);
        } finally {
            synchronized (this) {
                runner = null;
                if (ownThread) {
                    Thread.interrupted(); // a cancel that came as the work ended must not reach the next task
                }
            }
        }
    }

    /** Called on the FX thread with a progress report from the work. */
    void showProgress(double fraction, String what) {
        progress.set(fraction);
        if (what != null) {
            message.set(what);
        }
    }

    /** Called on the FX thread once the work has stopped: exactly one of the handlers runs, or none if outdated. */
    void deliver(T result, Throwable failure, Consumer<Throwable> defaultFailure) {
        if (latest != null && !latest.isLatest(ticket)) {
            return;
        }
        if (failure == null) {
            onSuccess.accept(result);
        } else if (cancelled || failure instanceof CancellationException || failure instanceof InterruptedException) {
            // After Cancel an interrupt may surface as any I/O error from inside the work: it is the cancel.
            onCancelled.run();
        } else {
            (onFailure != null ? onFailure : defaultFailure).accept(failure);
        }
    }
}
