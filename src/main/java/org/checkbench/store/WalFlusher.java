package org.checkbench.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Makes every commit durable within {@link #DELAY_MS} milliseconds (ADR 0010). With
 * {@code synchronous=NORMAL} a commit is safe from a crash of Checkbench at once, but only safe
 * from a power cut after the next checkpoint, which syncs the write-ahead log and then the
 * database. So a commit schedules a checkpoint shortly after; commits in between share it.
 *
 * <p>A checkpoint that fails in the background is never dropped: it is logged and handed to the
 * listener (the window shows it like any other problem), saying that the work is committed but not
 * yet safe from a power cut. The next commit tries again.
 */
final class WalFlusher implements AutoCloseable {

    static final long DELAY_MS = 300;

    private static final System.Logger LOG = System.getLogger(WalFlusher.class.getName());

    private final Path file;
    private final Runnable checkpoint;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile Consumer<WorkspaceException> onBackgroundFailure = failure -> { };

    WalFlusher(Path file, Runnable checkpoint) {
        this.file = file;
        this.checkpoint = checkpoint;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "checkbench-wal-flush");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Who hears about a checkpoint that failed in the background (called on the flush thread). */
    void onBackgroundFailure(Consumer<WorkspaceException> listener) {
        this.onBackgroundFailure = Objects.requireNonNull(listener);
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

    /** Syncs everything committed so far to the disk now (Ctrl+S); a failure is thrown to the caller. */
    void flushNow() {
        scheduled.set(false);
        checkpoint.run();
    }

    private void flushInBackground() {
        try {
            flushNow();
        } catch (RuntimeException e) {
            WorkspaceException reported = notSynced(e);
            LOG.log(System.Logger.Level.WARNING, reported.userMessage(), e);
            onBackgroundFailure.accept(reported);
        }
    }

    /** The failure as the user should read it: what happened, that the work is committed, what to do. */
    private WorkspaceException notSynced(RuntimeException cause) {
        WorkspaceException.Kind kind = cause instanceof WorkspaceException known ? known.kind()
                : WorkspaceException.Kind.IO_ERROR;
        String why = cause instanceof WorkspaceException known ? known.problem() : String.valueOf(cause.getMessage());
        return new WorkspaceException(kind, file,
                "Checkbench could not sync the workspace " + file.getFileName() + " to the disk: " + why,
                "Your changes are saved in the workspace, but until a sync succeeds a power cut could cost the"
                        + " latest ones. Checkbench tries again after your next change; free some disk space or check"
                        + " the drive, then press Ctrl+S.", cause);
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
