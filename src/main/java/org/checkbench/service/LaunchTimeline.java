package org.checkbench.service;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a launch's time goes until the article is shown (issue 18, ADR 0184): marks in JVM uptime,
 * on the thread that made them, and at the end each thread's CPU time read from
 * {@code /proc/self/task} (Linux), so the compilers' share beside the FX thread shows. Off unless
 * {@code -Dcheckbench.launchTimeline=true}; costs one field read when off.
 */
public final class LaunchTimeline {

    private static final boolean ON = Boolean.getBoolean("checkbench.launchTimeline");
    /** Linux's USER_HZ, which /proc reports CPU time in; the same on every Linux we ship for. */
    private static final double TICKS_PER_SECOND = 100;

    private static final TimelineSteps MARKS = new TimelineSteps();
    /** The JVM's start in {@link System#nanoTime()} terms (read only when on: it loads the management classes). */
    private static final long START_NANOS = ON
            ? System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L : 0;

    private LaunchTimeline() {
    }

    /** {@code what} happened now, on this thread. */
    public static void mark(String what) {
        if (ON) {
            MARKS.add(what);
        }
    }

    /** The marks so far and every live thread's CPU time, to standard error. */
    public static void print() {
        if (!ON) {
            return;
        }
        MARKS.print("launch timeline", START_NANOS, false);
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                String stat = Files.readString(task.resolve("stat"));
                int nameEnd = stat.lastIndexOf(')');
                String name = stat.substring(stat.indexOf('(') + 1, nameEnd);
                String[] fields = stat.substring(nameEnd + 2).split(" ");
                // After the name: state is field 0, utime 11, stime 12.
                double cpuMs = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND;
                if (cpuMs > 0) {
                    System.err.printf(Locale.ROOT, "launch threads: %6.0f ms CPU  %s%n", cpuMs, name);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("launch threads: not readable here (" + e + ")");
        }
    }
}
