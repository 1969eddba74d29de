package org.checkbench.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.sun.management.GcInfo;

/**
 * What the whole process allocates and collects while the editor benchmark types (issue 18): every
 * collection's pause stops the FX thread too, and the number of collections follows the allocation of
 * all threads, which the machine's load does not change. Eden's use before each young collection is
 * summed, so threads that ended meanwhile (detections run on threads of their own) are counted.
 *
 * <p>No GC notification listener: with one registered, the JVM's "Notification Thread" turned every
 * collection into open-MBean data (1-4 ms of CPU at nice 0) just as the FX thread resumed, a load the
 * window itself never has (ADR 0181). Instead the collectors' counters are read around each key
 * ({@link #look}, outside the timed parts) and a collector's last collection is read only when its
 * count moved; count and total pause come from the counters, so they stay exact even if two
 * collections of one collector fall between two looks (then only the later one's pause and eden are
 * seen, and the summary says how many were not).
 */
final class TypingGcWatch {

    private final List<com.sun.management.GarbageCollectorMXBean> collectors = new ArrayList<>();
    private final long[] countAtStart;
    private final long[] millisAtStart;
    private final long[] countSeen;
    private final long[] longestPause;
    private final MemoryPoolMXBean eden = eden();
    private final Map<Long, Long> allocatedAtStart = new HashMap<>();
    private long edenAllocated;
    private long edenAtStart;
    private long collectionsNotSeenOneByOne;

    private TypingGcWatch() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            collectors.add((com.sun.management.GarbageCollectorMXBean) collector);
        }
        countAtStart = new long[collectors.size()];
        millisAtStart = new long[collectors.size()];
        countSeen = new long[collectors.size()];
        longestPause = new long[collectors.size()];
        for (int c = 0; c < collectors.size(); c++) {
            countAtStart[c] = collectors.get(c).getCollectionCount();
            millisAtStart[c] = collectors.get(c).getCollectionTime();
            countSeen[c] = countAtStart[c];
            // Loads GcInfo's classes now, not at the first collection while typing.
            collectors.get(c).getLastGcInfo();
        }
    }

    static TypingGcWatch start() {
        TypingGcWatch watch = new TypingGcWatch();
        watch.edenAtStart = watch.eden.getUsage().getUsed();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                watch.allocatedAtStart.put(info.getThreadId(), threads.getThreadAllocatedBytes(info.getThreadId()));
            }
        }
        return watch;
    }

    /** Reads the collections since the last look; cheap when there were none (two counters). FX thread, between timed parts. */
    void look() {
        for (int c = 0; c < collectors.size(); c++) {
            long count = collectors.get(c).getCollectionCount();
            if (count == countSeen[c]) {
                continue;
            }
            collectionsNotSeenOneByOne += count - countSeen[c] - 1;
            countSeen[c] = count;
            GcInfo last = collectors.get(c).getLastGcInfo();
            if (last == null) {
                continue;
            }
            longestPause[c] = Math.max(longestPause[c], last.getDuration());
            MemoryUsage edenBefore = last.getMemoryUsageBeforeGc().get(eden.getName());
            MemoryUsage edenAfter = last.getMemoryUsageAfterGc().get(eden.getName());
            if (edenBefore != null && edenAfter != null) {
                edenAllocated += edenBefore.getUsed() - edenAfter.getUsed();
            }
        }
    }

    /** Prints the collections since {@link #start} (count, total and longest pause) and what was allocated, by thread. */
    void print(int keys) {
        look();
        StringBuilder line = new StringBuilder("collections while typing:");
        boolean any = false;
        for (int c = 0; c < collectors.size(); c++) {
            long count = collectors.get(c).getCollectionCount() - countAtStart[c];
            if (count > 0) {
                any = true;
                line.append(String.format(Locale.ROOT, " %s %d (total %d ms, longest %d ms);", collectors.get(c).getName(),
                        count, collectors.get(c).getCollectionTime() - millisAtStart[c], longestPause[c]));
            }
        }
        if (!any) {
            line.append(" none");
        }
        if (collectionsNotSeenOneByOne > 0) {
            line.append(String.format(Locale.ROOT, " %d not seen one by one (their eden and pause left out of"
                    + " the longest and the allocation);", collectionsNotSeenOneByOne));
        }
        System.out.println(line);
        long allocated = edenAllocated + eden.getUsage().getUsed() - edenAtStart;
        System.out.printf(Locale.ROOT, "allocated while typing, all threads (eden): %.0f MB, %.0f KB per key%n",
                allocated / 1e6, allocated / 1024.0 / keys);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new TreeMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long now = threads.getThreadAllocatedBytes(info.getThreadId());
                long before = allocatedAtStart.getOrDefault(info.getThreadId(), 0L);
                byName.merge(info.getThreadName().replaceAll("\\d+", "N"), now - before, Long::sum);
            }
        }
        StringBuilder top = new StringBuilder("allocated while typing by threads still running (MB):");
        byName.entrySet().stream().filter(e -> e.getValue() >= 1_000_000)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(8)
                .forEach(e -> top.append(String.format(Locale.ROOT, " %s %.0f;", e.getKey(), e.getValue() / 1e6)));
        System.out.println(top);
    }

    private static MemoryPoolMXBean eden() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().contains("Eden")) {
                return pool;
            }
        }
        throw new IllegalStateException("no eden space in this JVM's memory pools");
    }
}
