package org.checkbench.store;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes every commit durable within {@link #DELAY_MS} milliseconds (ADR 0010). With
 * {@code synchronous=NORMAL} a commit is safe from a crash of Checkbench at once, but only safe
 * from a power cut after the next checkpoint, which syncs the write-ahead log and then the
 * database. So a commit schedules a checkpoint shortly after; commits in between share it.
 */
final class WalFlusher implements AutoCloseable {

    static final long DELAY_MS = 300;

    private final Database db;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    WalFlusher(Database db) {
        this.db = db;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "checkbench-wal-flush");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Called after each commit: a checkpoint will follow within {@link #DELAY_MS}. */
    void requestFlush() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.schedule(this::flushInBackground, DELAY_MS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                // The workspace is closing; closing its connection checkpoints everything.
            }
        }
    }

    /** Syncs everything committed so far to the disk now (Ctrl+S). */
    void flushNow() {
        scheduled.set(false);
        db.checkpoint();
    }

    private void flushInBackground() {
        try {
            flushNow();
        } catch (RuntimeException e) {
            // The data is committed and safe from a crash; a failing disk shows on the next write.
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
