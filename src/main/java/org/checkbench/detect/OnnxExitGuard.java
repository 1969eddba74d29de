package org.checkbench.detect;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Keeps the process from ending while ONNX Runtime is inside a call (loading a model, a batch,
 * closing a session). Scoring and loading run on daemon threads; when the window quit during a
 * detection, or right after its first screen while the encoder loaded, the JVM exited under them
 * and the process died with SIGSEGV (exit 134) instead of closing.
 *
 * <p>{@link #closeForExit()} waits, a few seconds at most, for the calls in flight and holds back
 * any that would start after it; the program calls it before it ends the process. It must come
 * before the JVM's shutdown hooks: ONNX Runtime registers a hook of its own that releases its
 * environment, and hooks run side by side, so a hook of ours can only narrow the window, not close
 * it. Ours stays for ends that do not pass through the program (a signal).
 */
public final class OnnxExitGuard {

    /** Longer than any one batch takes on a busy machine; quitting never hangs longer than this. */
    private static final long WAIT_SECONDS = 5;

    private static final ReentrantReadWriteLock CALLS = new ReentrantReadWriteLock();

    static {
        Thread hook = new Thread(OnnxExitGuard::closeForExit, "checkbench-onnx-exit");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private OnnxExitGuard() {
    }

    /** Held for the length of one native call; the hook waits for every holder to let go. */
    public static Lock call() {
        Lock lock = CALLS.readLock();
        lock.lock();
        return lock;
    }

    /**
     * Waits for the native calls in flight ({@value #WAIT_SECONDS} s at most) and keeps new ones
     * from starting: the process is about to end. Calling it again does nothing more.
     */
    public static void closeForExit() {
        if (CALLS.isWriteLockedByCurrentThread()) {
            return;
        }
        try {
            // Never released: the process is ending, and a call begun now would meet the same teardown.
            CALLS.writeLock().tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
