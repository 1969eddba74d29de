package org.checkbench.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.checkbench.report.CheckReport;
import org.checkbench.report.RenderedReport;
import org.checkbench.report.ReportOptions;
import org.checkbench.report.ReportProgressListener;
import org.checkbench.report.ReportRenderer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the check report renderer on the sample article (a dozen claims) and on a large report
 * (500 claims, 1,500 evidence links). The first render in a JVM also loads the fonts, so it is
 * reported apart ("cold") from the median of the following ones ("warm").
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Time check report PDF rendering: sample article (budget 1 s) and 500 claims (budget 5 s).")
public final class ReportBenchCommand implements Callable<Integer> {

    /** Wall time on a shared machine measures the neighbours too; thread CPU time does not. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Option(names = "--runs", defaultValue = "5", description = "Warm runs per case (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep the rendered PDFs in this folder instead of a temporary one.")
    Path keep;

    @Override
    public Integer call() throws IOException {
        Path folder = keep != null ? keep : Files.createTempDirectory("checkbench-report-bench");
        ReportRenderer renderer = new ReportRenderer();
        measure(renderer, "sample article, 12 claims, 24 evidence links",
                ReportBenchData.sample(12, 2, 10), folder.resolve("sample-report.pdf"), 1.0);
        measure(renderer, "500 claims, 1,500 evidence links",
                ReportBenchData.sample(500, 3, 300), folder.resolve("large-report.pdf"), 5.0);
        if (keep == null) {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        } else {
            System.out.println("PDFs kept in " + folder.toAbsolutePath());
        }
        return 0;
    }

    private void measure(ReportRenderer renderer, String label, CheckReport report, Path out, double budgetSeconds)
            throws IOException {
        long coldStart = System.nanoTime();
        RenderedReport result = renderer.render(report, ReportOptions.everything(), out, ReportProgressListener.NONE);
        double cold = seconds(System.nanoTime() - coldStart);
        double[] wall = new double[Math.max(1, runs)];
        double[] cpu = new double[wall.length];
        double[] jvmCpu = new double[wall.length];
        for (int i = 0; i < wall.length; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long jvmCpuStart = CpuTime.processNanos();
            long start = System.nanoTime();
            renderer.render(report, ReportOptions.everything(), out, ReportProgressListener.NONE);
            wall[i] = seconds(System.nanoTime() - start);
            cpu[i] = seconds(THREADS.getCurrentThreadCpuTime() - cpuStart);
            jvmCpu[i] = seconds(CpuTime.processNanos() - jvmCpuStart);
        }
        double median = median(wall);
        System.out.printf(Locale.ROOT, "%s: %d pages, %.0f KB%n", label, result.pageCount(), Files.size(out) / 1024.0);
        System.out.printf(Locale.ROOT, "  cold (first render, loads fonts) %.3f s; warm median of %d: %.3f s wall"
                + " (CPU: rendering thread %.3f s, whole JVM incl. GC %.3f s); budget %.0f s wall: %s%n",
                cold, wall.length, median, median(cpu), median(jvmCpu), budgetSeconds,
                median < budgetSeconds ? "within" : "OVER");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
