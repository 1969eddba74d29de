package org.checkbench.service;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Lowers a thread's scheduling priority (Linux "nice"), for a thread whose work now only prepares for
 * later (detection after the part on screen is shown) or must not take the FX thread's core (the JIT's
 * compilers, {@link CompilerThreadPriority}). On two cores such a thread took the core the FX thread
 * needed for a keystroke for 10-40 ms at a time (ADR 0115); at a higher nice the kernel gives the FX
 * thread the core as soon as it wakes, and the lowered thread still gets every cycle nobody else wants.
 * One way only: an ordinary user cannot raise a thread's priority again, so this is for threads that
 * do nothing else afterwards. The one place that calls {@code setpriority}.
 *
 * <p>Linux with glibc only; elsewhere, or if the call fails, the thread keeps its priority.
 * {@code -Dcheckbench.priority.untouched=true} leaves every thread as it is (for comparing).
 */
public final class BackgroundPriority {

    /** Weight 110 against 1,024 for a normal thread: about a tenth of a contended core, all of an idle one. */
    public static final int NICE = 10;

    private static final int PRIO_PROCESS = 0;

    private static volatile C library;

    /** JNA comes with DJL's tokenizers (see {@link org.checkbench.detect.GlibcMalloc}). */
    private interface C extends Library {
        int gettid();

        int getpriority(int which, int who);

        int setpriority(int which, int who, int prio);
    }

    private BackgroundPriority() {
    }

    /** True when the calling thread now runs at {@link #NICE} or lower. */
    public static boolean lowerCurrentThread() {
        C c = library();
        return c != null && setNice(c, c.gettid(), NICE);
    }

    /** True when thread {@code threadId} of this process (its Linux id, as in /proc/self/task) now runs at {@code nice} or lower. */
    static boolean lowerThread(int threadId, int nice) {
        C c = library();
        return c != null && setNice(c, threadId, nice);
    }

    private static boolean setNice(C c, int threadId, int nice) {
        try {
            // With PRIO_PROCESS and a thread id, Linux reads and sets that one thread's nice value. Never
            // upwards: run as root (or with a nice limit) the call would raise a thread started lower.
            if (c.getpriority(PRIO_PROCESS, threadId) >= nice) {
                return true;
            }
            return c.setpriority(PRIO_PROCESS, threadId, nice) == 0;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return false;
        }
    }

    /** The C library, or null where threads keep their priority. */
    private static C library() {
        if (!Platform.isLinux() || Boolean.getBoolean("checkbench.priority.untouched")) {
            return null;
        }
        try {
            C c = library;
            if (c == null) {
                c = Native.load("c", C.class);
                library = c;
            }
            return c;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return null; // not glibc, or no JNA native library: the thread runs as before
        }
    }
}
