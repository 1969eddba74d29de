package org.checkbench.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The keys that set the keystroke p99 (issue 18: p99 of 400 keys is the 4th-slowest key), each split
 * into what the FX thread did and what it waited for: its own CPU, its wait for a core, collections,
 * and the rest (blocked: a lock, the disk, a safepoint); with the JIT's compile time and the other
 * Java threads' CPU meanwhile (the 8 slowest, 25 with {@code --key-detail}). Always on: before and after each key, outside
 * the timed parts, it reads the FX thread's own schedstat (one small file), the collectors' and the
 * JIT's counters and the other threads' CPU clocks, none of which allocates much, so the run it
 * describes is the run that is measured (ADR 0180).
 */
final class SlowKeys {

    private final CollectorTotals collectors = new CollectorTotals();
    private final long jvmStartNanos = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
    private final double[] startUptime;
    private final long[] waitedAtStart;
    private final long[] waited;
    private final long[] gcCount;
    private final long[] gcMillis;
    /** The FX thread's pulses between the previous key's layout and this key: work queued meanwhile. */
    private final long[] gapNanos;
    private long lastEndNanos;
    private final byte[] buffer = new byte[128];
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    /** The other Java threads alive when typing starts (the renderer, the worker, ...), read per key by id. */
    private final long[] otherIds;
    private final String[] otherNames;
    private final long[][] otherCpu;
    private final long[] jitMillis;
    private RandomAccessFile schedstat;

    SlowKeys(int keys) {
        startUptime = new double[keys];
        waitedAtStart = new long[keys];
        waited = new long[keys];
        gcCount = new long[keys];
        gcMillis = new long[keys];
        gapNanos = new long[keys];
        jitMillis = new long[keys];
        long self = Thread.currentThread().getId();
        List<Thread> others = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getId() != self).toList();
        otherIds = others.stream().mapToLong(Thread::getId).toArray();
        otherNames = others.stream().map(Thread::getName).toArray(String[]::new);
        otherCpu = new long[keys][otherIds.length];
        try {
            // Opened on the FX thread (which makes this object): /proc/thread-self is the opener's.
            schedstat = new RandomAccessFile(new java.io.File("/proc/thread-self/schedstat").getCanonicalFile(), "r");
        } catch (IOException | SecurityException e) {
            schedstat = null;
        }
    }

    /** Just before key {@code index}'s timed part (FX thread). */
    void keyStarts(int index) {
        long now = System.nanoTime();
        startUptime[index] = (now - jvmStartNanos) / 1e9;
        gapNanos[index] = lastEndNanos == 0 ? 0 : now - lastEndNanos;
        waitedAtStart[index] = waitedForCore();
        gcCount[index] = -collectors.collections();
        gcMillis[index] = -collectors.millis();
        jitMillis[index] = -jit.getTotalCompilationTime();
        for (int t = 0; t < otherIds.length; t++) {
            otherCpu[index][t] = -threads.getThreadCpuTime(otherIds[t]);
        }
    }

    /** Just after key {@code index}'s layout pulse (FX thread). */
    void keyEnded(int index) {
        waited[index] = waitedForCore() - waitedAtStart[index];
        gcCount[index] += collectors.collections();
        gcMillis[index] += collectors.millis();
        jitMillis[index] += jit.getTotalCompilationTime();
        for (int t = 0; t < otherIds.length; t++) {
            otherCpu[index][t] += threads.getThreadCpuTime(otherIds[t]);
        }
        lastEndNanos = System.nanoTime();
    }

    /** The {@code count} slowest keys by busy time, one short line each. */
    void print(int count, long[] handlerNanos, long[] layoutNanos, long[] fxCpu) {
        long[] busy = new long[handlerNanos.length];
        Integer[] order = new Integer[busy.length];
        for (int k = 0; k < busy.length; k++) {
            busy[k] = handlerNanos[k] + layoutNanos[k];
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Long.compare(busy[b], busy[a]));
        System.out.println("keystroke, slowest keys (busy = the edit's handlers + that pulse's CSS and layout;"
                + " the FX thread's CPU / its wait for a core / collections / rest, ms; then the JIT's compile time and the"
                + " other threads' CPU meanwhile; gap = since the previous key's layout):");
        for (int k = 0; k < Math.min(count, busy.length); k++) {
            int i = order[k];
            double rest = (busy[i] - fxCpu[i] - waited[i]) / 1e6 - gcMillis[i];
            System.out.printf(Locale.ROOT, "keystroke slow #%d at %.3f s: busy %.1f (handlers %.1f, layout %.1f);"
                    + " cpu %.1f, waited %.1f, gc %d (%d ms), rest %.1f; jit %d ms;%s gap %.1f%n", i, startUptime[i],
                    busy[i] / 1e6, handlerNanos[i] / 1e6, layoutNanos[i] / 1e6, fxCpu[i] / 1e6, waited[i] / 1e6,
                    gcCount[i], gcMillis[i], Math.max(0, rest), jitMillis[i], busiest(i), gapNanos[i] / 1e6);
        }
    }

    /** How many keys a collection stopped, and for how long in all: the pauses typing could have had between keys. */
    void printCollectionsInKeys() {
        long keys = Arrays.stream(gcCount).filter(count -> count > 0).count();
        System.out.printf(Locale.ROOT, "keystroke, collections inside keys: %d keys, %d ms in all%n", keys,
                Arrays.stream(gcMillis).sum());
    }

    /** The other threads that used at least 0.3 ms of CPU during key {@code index}, busiest first. */
    private String busiest(int index) {
        Integer[] order = new Integer[otherIds.length];
        for (int t = 0; t < order.length; t++) {
            order[t] = t;
        }
        Arrays.sort(order, (a, b) -> Long.compare(otherCpu[index][b], otherCpu[index][a]));
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < Math.min(3, order.length) && otherCpu[index][order[k]] >= 300_000; k++) {
            text.append(String.format(Locale.ROOT, " %s %.1f;", otherNames[order[k]], otherCpu[index][order[k]] / 1e6));
        }
        return text.toString();
    }

    /**
     * The FX thread's time waited for a core so far, ns (0 without /proc). Its CPU time is taken from the
     * thread's clock instead: schedstat's run time lags by up to a scheduler tick for a running thread.
     */
    private long waitedForCore() {
        if (schedstat == null) {
            return 0;
        }
        try {
            schedstat.seek(0);
            int length = schedstat.read(buffer);
            String[] fields = new String(buffer, 0, Math.max(0, length), StandardCharsets.US_ASCII).trim().split(" ");
            return Long.parseLong(fields[1]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
