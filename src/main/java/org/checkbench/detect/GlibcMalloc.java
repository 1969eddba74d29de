package org.checkbench.detect;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Tells glibc's malloc to hand large blocks back to the system, before ONNX Runtime allocates its
 * weights and tensor arena. By default glibc raises its mmap threshold to the size of any large
 * block freed (up to 32 MB): after ONNX Runtime frees the parsed model, every later block under
 * that size lands in the allocating thread's malloc heap, where freed memory stays resident; in the
 * window that kept over 100 MB for the scoring and loading threads (ADR 0112). A fixed threshold
 * of 1 MB (which also turns the adjustment off) and at most two malloc heaps per process keep it
 * down. The same as the environment variables {@code MALLOC_MMAP_THRESHOLD_=1048576
 * MALLOC_TRIM_THRESHOLD_=1048576 MALLOC_ARENA_MAX=2}, which the launcher cannot set for itself.
 *
 * <p>Linux with glibc only; elsewhere, or if the call fails, nothing changes (memory is then
 * what it was before, nothing else).
 */
public final class GlibcMalloc {

    private static final int M_TRIM_THRESHOLD = -1;
    private static final int M_MMAP_THRESHOLD = -3;
    private static final int M_ARENA_MAX = -8;
    private static final int ONE_MB = 1 << 20;

    private static volatile boolean tuned;
    private static volatile C library;

    /** JNA comes with DJL's tokenizers, which the encoder needs anyway. */
    private interface C extends Library {
        int mallopt(int parameter, int value);

        int malloc_trim(long pad);
    }

    private GlibcMalloc() {
    }

    /**
     * Once per process; true when glibc accepted all three settings. The window calls it as it
     * starts (ADR 0147), so the cap on malloc heaps holds for every thread, not only those started
     * after the encoder loads.
     */
    public static synchronized boolean returnLargeBlocksToTheSystem() {
        if (tuned) {
            return true;
        }
        if (!Platform.isLinux() || Boolean.getBoolean("checkbench.malloc.untouched")) {
            return false;
        }
        try {
            C c = Native.load("c", C.class);
            library = c;
            tuned = c.mallopt(M_MMAP_THRESHOLD, ONE_MB) == 1 & c.mallopt(M_TRIM_THRESHOLD, ONE_MB) == 1
                    & c.mallopt(M_ARENA_MAX, 2) == 1;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            // Not glibc (musl has no mallopt) or no JNA native library: memory as before.
        }
        return tuned;
    }

    /**
     * Hands the free memory inside glibc's heaps back to the system ({@code malloc_trim(0)}): the
     * pages of freed blocks in the middle of a heap stay resident until then (ADR 0147). A few
     * milliseconds; true when glibc released something. Nothing happens where the settings were
     * not taken (other systems, {@code checkbench.malloc.untouched}).
     */
    public static boolean trim() {
        C c = library;
        if (c == null || !tuned) {
            return false;
        }
        long start = System.nanoTime();
        try {
            return c.malloc_trim(0) == 1;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return false;
        } finally {
            long took = System.nanoTime() - start;
            synchronized (GlibcMalloc.class) {
                trims++;
                trimNanos += took;
                longestTrimNanos = Math.max(longestTrimNanos, took);
            }
        }
    }

    private static long trims;
    private static long trimNanos;
    private static long longestTrimNanos;

    /** How many trims ran, their total and longest time in nanoseconds (the editor benchmark prints them). */
    public static synchronized long[] trimCosts() {
        return new long[] {trims, trimNanos, longestTrimNanos};
    }
}
