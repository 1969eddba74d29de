package org.checkbench.service;

import java.lang.management.ManagementFactory;

import org.checkbench.detect.GlibcMalloc;

/**
 * What the window gives back to the system when it has memory to spare (ADR 0146): the free pages
 * inside glibc's malloc heaps, often, and the Java heap's free part when the window goes idle.
 */
final class IdleMemory {

    /** The shipped sizing (jvm-options.txt): after a full collection the heap keeps 50-60 % free. */
    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";
    /** While idle: the old generation shrinks to 1.25 times what is live, at most. */
    private static final int IDLE_MAX_FREE = 20;
    private static final int IDLE_MIN_FREE = 10;

    private IdleMemory() {
    }

    /**
     * Hands freed malloc memory back ({@code malloc_trim}): native libraries (ONNX Runtime's arena
     * emptied after each scoring call, SQLite, the JDK's own buffers, Prism) free blocks in the
     * middle of glibc's heaps, whose pages otherwise stay resident. A few milliseconds of a
     * background thread.
     */
    static void trimMalloc() {
        GlibcMalloc.trim();
    }

    /**
     * Until the returned action runs, a full collection keeps the heap at 1.1-1.25 times what is
     * live (never below {@code -Xms}) instead of twice it: for a burst of background work whose
     * garbage would otherwise fill a heap grown to twice its live data, every page of it touched
     * (the report warm-up, ADR 0148). The action puts the ratios back as they were. The ratios are
     * manageable flags; where they cannot be set, nothing changes and the action does nothing.
     */
    static Runnable capHeap() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean vm =
                    ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            String min = vm.getVMOption(MIN_FREE).getValue();
            String max = vm.getVMOption(MAX_FREE).getValue();
            Runnable restore = () -> {
                try {
                    vm.setVMOption(MAX_FREE, max);
                    vm.setVMOption(MIN_FREE, min);
                } catch (RuntimeException e) {
                    // Nothing for the user to do; the heap stays near its live data until the next give-back.
                }
            };
            try {
                // Min first: the JVM refuses a maximum below the minimum.
                vm.setVMOption(MIN_FREE, String.valueOf(Math.min(IDLE_MIN_FREE, Integer.parseInt(min))));
                vm.setVMOption(MAX_FREE, String.valueOf(Math.min(IDLE_MAX_FREE, Integer.parseInt(max))));
            } catch (RuntimeException e) {
                restore.run();
                return NOT_CAPPED;
            }
            return restore;
        } catch (RuntimeException | LinkageError e) {
            return NOT_CAPPED;
        }
    }

    /** What {@link #capHeap} returns where the ratios cannot be set: nothing to undo. */
    private static final Runnable NOT_CAPPED = () -> { };

    /**
     * Returns the Java heap's garbage-touched pages to the system, for a window nobody is using.
     * A full collection keeps 1-1.5 times the live data free (the shipped ratios, which keep
     * typing's full collections rare), and the pages of that free part stay resident: they held
     * the garbage of the last burst of work. So: one collection with the free part capped at a
     * fifth, which uncommits those pages, then one with the shipped ratios, which commits the same
     * room again untouched, so the next typing finds it without a full collection, and it costs no
     * resident memory until it is used. Two pauses of ~0.1-0.2 s, when nobody has typed for 30 s.
     * Where the ratios cannot be set (another JVM), one plain collection, as before.
     */
    static void giveBackHeap() {
        Runnable uncap = capHeap();
        System.gc();
        if (uncap != NOT_CAPPED) {
            uncap.run();
            System.gc();
        }
    }
}
