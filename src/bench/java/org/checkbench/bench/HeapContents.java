package org.checkbench.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * What holds the live heap, for the editor benchmark's {@code --heap-histogram} and {@code --heap-dump}
 * (issue 18): the class histogram the JVM prints for {@code jcmd GC.class_histogram}, and a heap dump
 * of live objects for a heap analyser. Both force a full collection first.
 */
final class HeapContents {

    private HeapContents() {
    }

    static void print(int histogramRows, Path dump) {
        try {
            if (histogramRows > 0) {
                String histogram = String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                        new Object[] {new String[0]}, new String[] {String[].class.getName()}));
                String[] lines = histogram.split("\n");
                // Two header lines, then one line a class, largest first; the last line is the total.
                for (int i = 0; i < Math.min(lines.length, histogramRows + 2); i++) {
                    System.out.println("heap histogram " + lines[i]);
                }
                System.out.println("heap histogram " + lines[lines.length - 1]);
            }
            if (dump != null) {
                Files.deleteIfExists(dump);
                ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                        .dumpHeap(dump.toAbsolutePath().toString(), true);
                System.out.println("heap dump: " + dump.toAbsolutePath() + " (" + Files.size(dump) / 1_000_000 + " MB)");
            }
        } catch (JMException | IOException | RuntimeException e) {
            System.out.println("heap contents: not available (" + e + ")");
        }
    }
}
