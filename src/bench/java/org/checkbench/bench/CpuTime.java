package org.checkbench.bench;

import java.lang.management.ManagementFactory;

/** CPU time the benchmarks print beside wall time: on a shared machine it does not depend on the others' builds. */
final class CpuTime {

    private CpuTime() {
    }

    /** CPU time of every JVM thread (GC and JIT included); -1 where the JVM does not say. */
    static long processNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
