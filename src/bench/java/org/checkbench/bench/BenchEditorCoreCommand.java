package org.checkbench.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.checkbench.detect.Detector;
import org.checkbench.model.Article;
import org.checkbench.model.Suggestion;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.ImportOptions;
import org.checkbench.service.LoadedArticle;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench-bench editor-core}: the part of issue 4's "open + detect + first highlight"
 * budget that happens before the UI gets the data. On an article made by repeating the sample,
 * with claims on evenly spread sentences, it times loading the article with its claims and
 * refreshing its suggestions (detection, filtering against claims and dismissals, storing). The
 * highlight itself is the UI's. Prints figures; never passes or fails.
 */
@Command(name = "editor-core", mixinStandardHelpOptions = true,
        description = "Time loading a long article with its claims and refreshing its suggestions.")
public final class BenchEditorCoreCommand implements Callable<Integer> {

    @Option(names = "--size-kb", defaultValue = "1024",
            description = "Approximate article size in KB of UTF-16 text (default: ${DEFAULT-VALUE}).")
    int sizeKb;

    @Option(names = "--claims", defaultValue = "2000", description = "Claims stored on the article (default: ${DEFAULT-VALUE}).")
    int claims;

    @Option(names = "--runs", defaultValue = "9",
            description = "Timed runs after two warm-ups; the median is printed (default: ${DEFAULT-VALUE}).")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String text = LongArticleFixture.repeatedSample(sizeKb * 1024);
        Path folder = Files.createTempDirectory("checkbench-bench-editor-");
        // A private data folder, so the user's list of recent workspaces stays clean.
        WorkspaceService service = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "bench");
        try (WorkspaceSession session = service.open(folder.resolve("bench.checkbench"))) {
            double threshold = session.suggestions().defaultThreshold();
            long importStart = System.nanoTime();
            Article article = session.articles().importText("Bench", text, "bench",
                    new ImportOptions(threshold, false));
            double importMs = (System.nanoTime() - importStart) / 1e6;
            int marked = LongArticleFixture.markSpreadClaims(session, article.id(), text, claims);

            long[] loadNanos = new long[runs];
            long[] refreshNanos = new long[runs];
            long[] detectNanos = new long[runs];
            Detector detector = Detector.standard();
            List<Suggestion> suggestions = List.of();
            long firstNanos = 0;
            for (int run = -2; run < runs; run++) {
                long start = System.nanoTime();
                LoadedArticle loaded = session.articles().load(article.id());
                long loadedAt = System.nanoTime();
                suggestions = session.suggestions().refresh(article.id(), loaded.article().currentText(), threshold);
                long refreshed = System.nanoTime();
                detector.detect(text, threshold);
                long detected = System.nanoTime();
                if (run == -2) {
                    firstNanos = refreshed - start;
                }
                if (run >= 0) {
                    loadNanos[run] = loadedAt - start;
                    refreshNanos[run] = refreshed - loadedAt;
                    detectNanos[run] = detected - refreshed;
                }
            }
            // One word typed, then the window's re-detection after the save: detection on its own
            // thread, storing on the worker; both in the background, timed here in thread CPU.
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long[] typedDetectCpu = new long[runs];
            long[] typedStoreCpu = new long[runs];
            String typed = text;
            for (int run = 0; run < runs; run++) {
                typed = typed.replaceFirst("Thousands of", "Thousands " + "more ".repeat(run + 1) + "of");
                long cpu0 = threads.getCurrentThreadCpuTime();
                List<Suggestion> detected = session.suggestions().detect(article.id(), typed, threshold, 0, 0,
                        new org.checkbench.service.SuggestionService.DetectionProgress() { });
                long cpu1 = threads.getCurrentThreadCpuTime();
                session.suggestions().store(article.id(), detected);
                typedDetectCpu[run] = cpu1 - cpu0;
                typedStoreCpu[run] = threads.getCurrentThreadCpuTime() - cpu1;
            }
            long[] totalNanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                totalNanos[i] = loadNanos[i] + refreshNanos[i];
            }
            Runtime runtime = Runtime.getRuntime();
            System.gc(); // what stays live, not what the allocator has not reclaimed yet
            out.printf(Locale.ROOT, "article: %,d characters (%.2f MB as UTF-8), %,d claims, %,d suggestions at threshold %.2f%n",
                    text.length(), text.getBytes(StandardCharsets.UTF_8).length / 1e6, marked, suggestions.size(), threshold);
            out.printf(Locale.ROOT, "import (once, detection included): %.0f ms%n", importMs);
            out.printf(Locale.ROOT, "load article + claims:      median %7.1f ms%n", median(loadNanos));
            out.printf(Locale.ROOT, "refresh suggestions:        median %7.1f ms  (of which detection alone ~%.1f ms)%n",
                    median(refreshNanos), median(detectNanos));
            out.printf(Locale.ROOT, "load + refresh:             median %7.1f ms  (%d runs after 2 warm-ups)%n",
                    median(totalNanos), runs);
            out.printf(Locale.ROOT, "first load + refresh (JIT warmed only by the import): %.1f ms%n",
                    firstNanos / 1e6);
            out.printf(Locale.ROOT, "after one word typed, background thread CPU: detection median %.1f ms, storing the"
                    + " suggestions median %.1f ms (%d edits)%n", median(typedDetectCpu), median(typedStoreCpu), runs);
            out.printf(Locale.ROOT, "heap in use after GC: %d MB; JVM %s, %d processors%n",
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), Runtime.version(),
                    runtime.availableProcessors());
            out.flush();
        } finally {
            BenchStoreCommand.deleteRecursively(folder);
        }
        return 0;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
