package org.checkbench.service;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lowers the JIT's compiler threads below the FX thread (ADR 0181). On two cores the C1 and C2
 * compilers, busy for seconds after the window opens and again when typing starts, held both cores
 * while a keystroke's FX thread waited 3-13 ms for one. HotSpot's own {@code -XX:CompilerThreadPriority}
 * acts only with {@code -XX:ThreadPriorityPolicy=1}, which prints a warning at every start for an
 * ordinary user and, run as root, raises other JVM threads above normal; so the threads are found by
 * name in {@code /proc/self/task} and lowered through {@link BackgroundPriority}.
 *
 * <p>Compiler threads the JVM adds later ({@code UseDynamicNumberOfCompilerThreads}, on machines with
 * more cores) are started by a compiler thread and inherit its nice value.
 */
public final class CompilerThreadPriority {

    /**
     * Weight 335 against 1,024: the JIT still gets a third of a contended core, so the typing path
     * gets compiled on a busy machine, and all of an idle one.
     */
    public static final int NICE = 5;

    /** HotSpot's compiler threads are "C1 CompilerThread0", "C2 CompilerThread0", ...; comm keeps 15 characters. */
    private static final String COMPILER_THREAD = "CompilerThre";

    private CompilerThreadPriority() {
    }

    /** Lowers them on a daemon thread of its own, so loading JNA stays off the caller's path (the launch). */
    public static void lowerInBackground() {
        Thread thread = new Thread(() -> lowerCompilerThreads(NICE), "checkbench-jit-priority");
        thread.setDaemon(true);
        thread.start();
    }

    /** Lowers every compiler thread of this process to {@code nice}; how many were lowered (0 off Linux). */
    static int lowerCompilerThreads(int nice) {
        int lowered = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                if (isCompilerThread(task) && BackgroundPriority.lowerThread(Integer.parseInt(task.getFileName().toString()), nice)) {
                    lowered++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc (not Linux): the compilers keep their priority
        }
        return lowered;
    }

    private static boolean isCompilerThread(Path task) {
        try {
            return Files.readString(task.resolve("comm")).contains(COMPILER_THREAD);
        } catch (IOException e) {
            return false; // the thread ended meanwhile
        }
    }
}
