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

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * What the whole process allocates and collects while the editor benchmark types (issue 18): every
 * collection's pause stops the FX thread too, and the number of collections follows the allocation of
 * all threads, which the machine's load does not change. Eden's use before each young collection is
 * summed, so threads that ended meanwhile (detections run on threads of their own) are counted.
 */
final class TypingGcWatch {

    private final Map<String, List<Long>> pausesByCollector = new TreeMap<>();
    private final Map<Long, Long> allocatedAtStart = new HashMap<>();
    private final Map<Long, String> threadNames = new HashMap<>();
    private final NotificationListener listener = (notification, handback) -> collected(notification);
    private long edenAllocated;
    private long edenAtStart;

    static TypingGcWatch start() {
        TypingGcWatch watch = new TypingGcWatch();
        watch.edenAtStart = eden().getUsage().getUsed();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                watch.allocatedAtStart.put(info.getThreadId(), threads.getThreadAllocatedBytes(info.getThreadId()));
                watch.threadNames.put(info.getThreadId(), info.getThreadName());
            }
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(watch.listener, null, null);
        }
        return watch;
    }

    private synchronized void collected(javax.management.Notification notification) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        pausesByCollector.computeIfAbsent(info.getGcName(), name -> new ArrayList<>()).add(info.getGcInfo().getDuration());
        MemoryUsage edenBefore = info.getGcInfo().getMemoryUsageBeforeGc().get(eden().getName());
        MemoryUsage edenAfter = info.getGcInfo().getMemoryUsageAfterGc().get(eden().getName());
        if (edenBefore != null && edenAfter != null) {
            edenAllocated += edenBefore.getUsed() - edenAfter.getUsed();
        }
    }

    /** Prints the collections since {@link #start} (count, total and longest pause) and what was allocated, by thread. */
    synchronized void print(int keys) {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // not registered: nothing to remove
            }
        }
        StringBuilder line = new StringBuilder("collections while typing:");
        pausesByCollector.forEach((name, pauses) -> line.append(String.format(Locale.ROOT, " %s %d (total %d ms, longest %d ms);",
                name, pauses.size(), pauses.stream().mapToLong(Long::longValue).sum(),
                pauses.stream().mapToLong(Long::longValue).max().orElse(0))));
        if (pausesByCollector.isEmpty()) {
            line.append(" none");
        }
        System.out.println(line);
        long allocated = edenAllocated + eden().getUsage().getUsed() - edenAtStart;
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
