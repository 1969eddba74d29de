package org.checkbench.detect;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Keeps the process from ending while ONNX Runtime is inside a call. Scoring runs on daemon
 * threads; when the window quits during a detection the JVM used to exit under them, ONNX
 * Runtime's native globals were torn down while a batch still used them, and the process died
 * with SIGSEGV (exit 134) instead of closing. A shutdown hook now waits, a few seconds at most,
 * for the calls in flight; calls that would start after it are held until the process is gone.
 */
final class OnnxExitGuard {

    /** Longer than any one batch takes on a busy machine; quitting never hangs longer than this. */
    private static final long WAIT_SECONDS = 5;

    private static final ReentrantReadWriteLock CALLS = new ReentrantReadWriteLock();

    static {
        Thread hook = new Thread(OnnxExitGuard::waitForCallsInFlight, "checkbench-onnx-exit");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private OnnxExitGuard() {
    }

    /** Held for the length of one native call; the hook waits for every holder to let go. */
    static Lock call() {
        Lock lock = CALLS.readLock();
        lock.lock();
        return lock;
    }

    private static void waitForCallsInFlight() {
        try {
            // Never released: the process is ending, and a call begun now would meet the same teardown.
            CALLS.writeLock().tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
