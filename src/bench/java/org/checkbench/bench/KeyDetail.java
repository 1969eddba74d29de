package org.checkbench.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each keystroke of the editor benchmark waited on, for {@code editor --key-detail} (issue 18):
 * per key, the collections that ran while the FX thread was busy with it, the CPU the other threads
 * of the process took meanwhile, and which threads those were. Snapshots are taken just before a key's
 * timed part starts and just after its layout pulse ends, so they add nothing to the busy time the
 * benchmark reports; they do add work between keys, so it is off by default.
 */
final class KeyDetail {

    private final CollectorTotals collectors = new CollectorTotals();
    private final long jvmStartNanos = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
    private final double[] startUptime;
    private final long[] gcCount;
    private final long[] gcMillis;
    private final long[] othersCpu;
    private final long[] fxWaited;
    private final List<Map<String, long[]>> threadCpuAtStart = new ArrayList<>();
    private final List<String> busiestOthers = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    /** The FX thread's task id (it creates this object). */
    private final String fxTask;
    private long gcCountAtStart;
    private long gcMillisAtStart;

    KeyDetail(int keys) {
        startUptime = new double[keys];
        gcCount = new long[keys];
        gcMillis = new long[keys];
        othersCpu = new long[keys];
        fxWaited = new long[keys];
        String task;
        try {
            task = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
        } catch (IOException | UnsupportedOperationException e) {
            task = "?";
        }
        fxTask = task;
        for (int i = 0; i < keys; i++) {
            threadCpuAtStart.add(null);
            busiestOthers.add("");
        }
    }

    /** Just before key {@code index}'s timed part (FX thread). */
    void keyStarts(int index) {
        threadCpuAtStart.set(index, threadCpu());
        gcCountAtStart = collectors.collections();
        gcMillisAtStart = collectors.millis();
        startUptime[index] = (System.nanoTime() - jvmStartNanos) / 1e9;
    }

    /** Just after key {@code index}'s layout pulse (FX thread). */
    void keyEnded(int index) {
        Map<String, long[]> after = threadCpu();
        gcCount[index] = collectors.collections() - gcCountAtStart;
        gcMillis[index] = collectors.millis() - gcMillisAtStart;
        Map<String, long[]> before = threadCpuAtStart.get(index);
        List<Object[]> used = new ArrayList<>();
        long others = 0;
        for (Map.Entry<String, long[]> thread : after.entrySet()) {
            long[] was = before.getOrDefault(thread.getKey(), new long[] {0, 0});
            long ran = thread.getValue()[0] - was[0];
            if (thread.getKey().equals(fxTask)) {
                fxWaited[index] = thread.getValue()[1] - was[1];
            } else {
                others += ran;
                if (ran >= 200_000) {
                    used.add(new Object[] {names.getOrDefault(thread.getKey(), "?"), ran});
                }
            }
        }
        othersCpu[index] = others;
        used.sort((a, b) -> Long.compare((Long) b[1], (Long) a[1]));
        StringBuilder text = new StringBuilder();
        for (Object[] thread : used.subList(0, Math.min(4, used.size()))) {
            text.append(String.format(Locale.ROOT, " %s %.1f;", thread[0], (Long) thread[1] / 1e6));
        }
        busiestOthers.set(index, text.toString());
        threadCpuAtStart.set(index, null);
    }

    /** The {@code count} keys with the longest busy time, each with what else happened meanwhile. */
    void printWorst(int count, long[] busy, long[] fxCpu) {
        Integer[] order = new Integer[busy.length];
        for (int k = 0; k < busy.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Long.compare(busy[b], busy[a]));
        System.out.println("slowest keys by busy (wall); JVM uptime at the key's start for the GC log; the FX thread's"
                + " wait for a core and the CPU other threads of this process used during the key (/proc schedstat):");
        for (int k = 0; k < Math.min(count, busy.length); k++) {
            int i = order[k];
            System.out.printf(Locale.ROOT, "  key #%d at %.3f s: busy %.1f ms, FX CPU %.1f ms, FX waited for a core %.1f ms,"
                    + " collections %d (%d ms), other threads' CPU %.1f ms:%s%n", i, startUptime[i], busy[i] / 1e6,
                    fxCpu[i] / 1e6, fxWaited[i] / 1e6, gcCount[i], gcMillis[i], othersCpu[i] / 1e6, busiestOthers.get(i));
        }
        long keysWithCollection = Arrays.stream(gcCount).filter(c -> c > 0).count();
        System.out.printf(Locale.ROOT, "keys during which a collection ran: %d of %d%n", keysWithCollection, busy.length);
    }

    /** Every task of this process: CPU time and time waited for a core, in ns (/proc/self/task/N/schedstat). */
    private Map<String, long[]> threadCpu() {
        Map<String, long[]> byTask = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String[] fields = Files.readString(task.resolve("schedstat")).trim().split(" ");
                    String id = task.getFileName().toString();
                    byTask.put(id, new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])});
                    if (!names.containsKey(id)) {
                        names.put(id, Files.readString(task.resolve("comm")).trim());
                    }
                } catch (IOException | RuntimeException ended) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            // no /proc: nothing to tell
        }
        return byTask;
    }
}
