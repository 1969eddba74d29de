package org.checkbench.ui.article;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The one thread that scores sentences. Detection with the trained encoder takes seconds on a
 * long article; on the shared worker it would hold up saves, so it runs here and hands its
 * database writes back to the worker. One thread: a newer detection waits for the older one, which
 * stops at its next batch once it sees it is outdated.
 */
final class DetectionThread {

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "checkbench-detection");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });

    private DetectionThread() {
    }

    /** Runs {@code work} on the detection thread; a failure other than being outdated goes to {@code onFailure}. */
    static void submit(Runnable work, Consumer<Throwable> onFailure) {
        THREAD.execute(() -> {
            try {
                work.run();
            } catch (CancellationException outdated) {
                // A newer detection replaces this one.
            } catch (RuntimeException | Error failure) {
                onFailure.accept(failure);
            }
        });
    }
}
