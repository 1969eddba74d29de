package org.checkbench.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.checkbench.report.CheckReport;
import org.checkbench.report.RenderedReport;
import org.checkbench.report.ReportOptions;
import org.checkbench.report.ReportProgressListener;
import org.checkbench.report.ReportRenderer;
import org.checkbench.report.ReportWarmUp;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the check report renderer on the sample article (a dozen claims) and on a large report
 * (500 claims, 1,500 evidence links), three ways: cold (the first render in a fresh JVM with the
 * same options, nothing warmed up), first after the warm-up the app runs in the background once the
 * article is shown (issue 18), and warm (median of the following renders).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Time check report PDF rendering: sample article (budget 1 s warm) and 500 claims"
                + " (budget 5 s warm, 3 s for the first export after the app's warm-up).")
public final class ReportBenchCommand implements Callable<Integer> {

    /** Wall time on a shared machine measures the neighbours too; thread CPU time does not. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * The compiler threads' time: what separates the first export after the warm-up from a warm one
     * is the JIT still compiling the layout code beside it (ADRs 0089, 0174).
     */
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    @Option(names = "--runs", defaultValue = "5", description = "Warm runs per case (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep the rendered PDFs in this folder instead of a temporary one.")
    Path keep;

    @Option(names = "--no-cold", description = "Skip the cold renders in fresh JVMs.")
    boolean noCold;

    @Option(names = "--warm-up", defaultValue = "article", paramLabel = "WHAT",
            description = "What the warm-up renders before the first export: article (the scripts of the exported"
                    + " report's article, as the window does for the open article: ADR 0148), all (every script,"
                    + " as before), none (default: ${DEFAULT-VALUE}).")
    String warmUpKind;

    @Option(names = "--app-image", paramLabel = "DIR",
            description = "Run the same warm-up and renders inside this built app image (the folder with bin/ and"
                    + " lib/, e.g. target/inst25/image/Checkbench): its runtime, options and launch cache (ADR 0168).")
    Path appImage;

    @Option(names = "--without-cache", description = "With --app-image: start the image without its launch cache.")
    boolean withoutCache;

    @Option(names = "--image-java-option", paramLabel = "OPTION",
            description = "With --app-image: one more JVM option after the image's own (repeatable), e.g."
                    + " -XX:+UnlockDiagnosticVMOptions then -XX:-AOTReplayTraining to leave the cache's profiles out.")
    List<String> imageJavaOptions = new ArrayList<>();

    @Option(names = "--cold-probe", hidden = true, paramLabel = "CASE",
            description = "Internal: render CASE (sample or large) once in this fresh JVM and print the times.")
    String coldProbe;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (appImage != null) {
            List<String> inImage = new ArrayList<>(List.of("--runs", String.valueOf(runs), "--no-cold",
                    "--warm-up", warmUpKind));
            if (keep != null) {
                inImage.addAll(List.of("--keep", keep.toAbsolutePath().toString()));
            }
            return AppImageReportRun.run(appImage, !withoutCache, imageJavaOptions, inImage);
        }
        Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("checkbench-report-bench");
        if (coldProbe != null) {
            Timing cold = render(report(coldProbe), folder.resolve("cold-" + coldProbe + ".pdf"));
            System.out.println("COLD " + cold.wall + " " + cold.threadCpu + " " + cold.jvmCpu);
            return 0;
        }
        String load = load();
        System.out.println("Load when starting: " + load);
        System.out.println("Java " + System.getProperty("java.runtime.version") + " at " + System.getProperty("java.home"));
        Map<String, Timing> cold = new LinkedHashMap<>();
        if (!noCold) {
            for (String kind : List.of("sample", "large")) {
                cold.put(kind, coldInFreshJvm(kind, folder));
            }
        }
        Timing warmUp = switch (warmUpKind) {
            case "article" -> time(() -> ReportWarmUp.runNow(report("large").articleText()));
            case "all" -> time(ReportWarmUp::runNow);
            case "none" -> null;
            default -> throw new IllegalArgumentException("--warm-up is article, all or none, not " + warmUpKind);
        };
        if (warmUp != null) {
            System.out.printf(Locale.ROOT, "warm-up, %s (what the app runs on a background thread after showing the"
                    + " article): %.3f s wall, %.3f s CPU, %.0f MB allocated, %d collections, JIT compiling %.3f s%n",
                    warmUpKind, warmUp.wall, warmUp.threadCpu, warmUp.allocatedMb, (int) warmUp.gcCount,
                    warmUp.jitSeconds);
        }
        measure("500 claims, 1,500 evidence links", report("large"), folder.resolve("large-report.pdf"), 5.0,
                3.0, cold.get("large"));
        measure("sample article, 12 claims, 24 evidence links", report("sample"), folder.resolve("sample-report.pdf"),
                1.0, 1.0, cold.get("sample"));
        System.out.println("Load when done: " + load());
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

    private static CheckReport report(String kind) {
        return switch (kind) {
            case "sample" -> ReportBenchData.sample(12, 2, 10);
            case "large" -> ReportBenchData.sample(500, 3, 300);
            default -> throw new IllegalArgumentException("Unknown case " + kind + "; use sample or large.");
        };
    }

    /** The same java, options and class path, minus recordings and logs that would clash with ours. */
    private static Timing coldInFreshJvm(String kind, Path folder) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-XX:StartFlightRecording") && !option.startsWith("-Xlog")) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchMain.class.getName(),
                "report", "--cold-probe", kind, "--keep", folder.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("The cold render of " + kind + " failed:\n" + out);
        }
        String line = out.lines().filter(l -> l.startsWith("COLD ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No figures from the cold render:\n" + out));
        String[] parts = line.split(" ");
        return new Timing(Double.parseDouble(parts[1]), Double.parseDouble(parts[2]), Double.parseDouble(parts[3]),
                0, 0, Map.of());
    }

    private void measure(String label, CheckReport report, Path out, double warmBudget, double firstBudget,
            Timing cold) throws IOException {
        Timing first = render(report, out);
        List<Timing> warm = new ArrayList<>();
        for (int i = 0; i < Math.max(1, runs); i++) {
            warm.add(render(report, out));
        }
        double wall = median(warm, t -> t.wall);
        System.out.printf(Locale.ROOT, "%s: %d pages, %.0f KB%n", label, first.pages, Files.size(out) / 1024.0);
        if (cold != null) {
            System.out.printf(Locale.ROOT, "  cold (first render in a fresh JVM, no warm-up): %.3f s wall"
                    + " (CPU: rendering thread %.3f s, whole JVM %.3f s)%n", cold.wall, cold.threadCpu, cold.jvmCpu);
        }
        System.out.printf(Locale.ROOT, "  first render after the warm-up: %.3f s wall (CPU: rendering thread %.3f s,"
                + " whole JVM %.3f s; JIT compiling %.3f s); budget %.0f s: %s%n", first.wall, first.threadCpu,
                first.jvmCpu, first.jitSeconds, firstBudget, first.wall < firstBudget ? "within" : "OVER");
        System.out.printf(Locale.ROOT, "  warm median of %d: %.3f s wall (CPU: rendering thread %.3f s, whole JVM incl."
                + " GC %.3f s; GC pauses %.3f s in %d collections; JIT compiling %.3f s); budget %.0f s wall: %s%n",
                warm.size(), wall, median(warm, t -> t.threadCpu), median(warm, t -> t.jvmCpu),
                median(warm, t -> t.gcSeconds), (int) median(warm, t -> t.gcCount), median(warm, t -> t.jitSeconds),
                warmBudget, wall < warmBudget ? "within" : "OVER");
        StringBuilder stages = new StringBuilder(String.format(Locale.ROOT,
                "  warm: %.0f MB allocated by the rendering thread; median per stage (wall):",
                median(warm, t -> t.allocatedMb)));
        for (String stage : warm.get(0).stages.keySet()) {
            stages.append(String.format(Locale.ROOT, " %s %.3f s;", stage,
                    median(warm, t -> t.stages.getOrDefault(stage, 0.0))));
        }
        System.out.println(stages);
    }

    private static Timing render(CheckReport report, Path out) throws IOException {
        Map<String, Double> stages = new LinkedHashMap<>();
        long[] stageStart = {System.nanoTime()};
        String[] current = {"start"};
        ReportProgressListener listener = (fraction, stage) -> {
            long now = System.nanoTime();
            stages.merge(current[0], seconds(now - stageStart[0]), Double::sum);
            current[0] = stage;
            stageStart[0] = now;
        };
        int[] pages = {0};
        Timing timing = time(() -> {
            try {
                RenderedReport result = new ReportRenderer().render(report, ReportOptions.everything(), out, listener);
                pages[0] = result.pageCount();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        stages.remove("start");
        stages.remove("Done");
        return new Timing(timing.wall, timing.threadCpu, timing.jvmCpu, timing.gcSeconds, timing.gcCount,
                stages, pages[0], timing.allocatedMb, timing.jitSeconds);
    }

    private static Timing time(Runnable work) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long allocatedStart = allocatedBytes();
        long jvmCpuStart = CpuTime.processNanos();
        long[] gcStart = gc();
        long jitStart = jitMillis();
        long start = System.nanoTime();
        work.run();
        double wall = seconds(System.nanoTime() - start);
        long[] gcEnd = gc();
        return new Timing(wall, seconds(THREADS.getCurrentThreadCpuTime() - cpuStart),
                seconds(CpuTime.processNanos() - jvmCpuStart), (gcEnd[0] - gcStart[0]) / 1000.0,
                gcEnd[1] - gcStart[1], Map.of(), 0, (allocatedBytes() - allocatedStart) / 1e6,
                (jitMillis() - jitStart) / 1000.0);
    }

    /** Bytes the current thread allocated so far: what drives the collector, and steady under load. */
    private static long allocatedBytes() {
        return THREADS instanceof com.sun.management.ThreadMXBean sun ? sun.getCurrentThreadAllocatedBytes() : 0;
    }

    /** Milliseconds the compiler threads spent compiling so far (summed over them); 0 where not reported. */
    private static long jitMillis() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : 0;
    }

    /** Milliseconds spent in collections and their number, over all collectors. */
    private static long[] gc() {
        long millis = 0;
        long count = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, bean.getCollectionTime());
            count += Math.max(0, bean.getCollectionCount());
        }
        return new long[] {millis, count};
    }

    private record Timing(double wall, double threadCpu, double jvmCpu, double gcSeconds, long gcCount,
            Map<String, Double> stages, int pages, double allocatedMb, double jitSeconds) {
        Timing(double wall, double threadCpu, double jvmCpu, double gcSeconds, long gcCount, Map<String, Double> stages) {
            this(wall, threadCpu, jvmCpu, gcSeconds, gcCount, stages, 0, 0, 0);
        }
    }

    private static double median(List<Timing> timings, java.util.function.ToDoubleFunction<Timing> value) {
        double[] sorted = timings.stream().mapToDouble(value).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String load() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "load average %.2f on %d cores", os.getSystemLoadAverage(),
                os.getAvailableProcessors());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
