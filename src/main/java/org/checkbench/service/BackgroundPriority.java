package org.checkbench.service;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Lowers the calling thread's scheduling priority (Linux "nice"), for a thread whose work now only
 * prepares for later (detection after the part on screen is shown). On two cores such a thread took the
 * core the FX thread needed for a keystroke for 10-40 ms at a time (ADR 0115); at nice
 * {@link #NICE} the kernel gives the FX thread the core as soon as it wakes, and the background
 * thread still gets every cycle nobody else wants. One way only: an ordinary user cannot raise a
 * thread's priority again, so this is for threads that do nothing else afterwards.
 *
 * <p>Linux with glibc only; elsewhere, or if the call fails, the thread keeps its priority.
 */
public final class BackgroundPriority {

    /** Weight 110 against 1,024 for a normal thread: about a tenth of a contended core, all of an idle one. */
    public static final int NICE = 10;

    private static final int PRIO_PROCESS = 0;

    private static volatile C library;

    /** JNA comes with DJL's tokenizers (see {@link org.checkbench.detect.GlibcMalloc}). */
    private interface C extends Library {
        int gettid();

        int setpriority(int which, int who, int prio);
    }

    private BackgroundPriority() {
    }

    /** True when the calling thread now runs at {@link #NICE}. */
    public static boolean lowerCurrentThread() {
        if (!Platform.isLinux() || Boolean.getBoolean("checkbench.priority.untouched")) {
            return false;
        }
        try {
            C c = library;
            if (c == null) {
                c = Native.load("c", C.class);
                library = c;
            }
            // With PRIO_PROCESS and a thread id, Linux sets that one thread's nice value.
            return c.setpriority(PRIO_PROCESS, c.gettid(), NICE) == 0;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return false; // not glibc, or no JNA native library: the thread runs as before
        }
    }
}
