package org.checkbench.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.checkbench.detect.Detector;
import org.checkbench.detect.SentenceSplitter;
import org.checkbench.detect.SentenceSuggestion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench detect}: times sentence splitting and scoring on a long article made by repeating
 * the sample article. Prints figures; never fails on a slow machine.
 */
@Command(
        name = "detect",
        mixinStandardHelpOptions = true,
        description = "Time split + score on an article made by repeating the sample (about 1 MB by default).")
public final class BenchDetectCommand implements Callable<Integer> {

    static final String SAMPLE_RESOURCE = "/org/checkbench/samples/north-korean-troops-in-russia.txt";

    @Spec
    CommandSpec spec;

    @Option(names = "--size-kb", paramLabel = "KB", description = "Approximate article size in KB of UTF-16 text (default: ${DEFAULT-VALUE}).")
    int sizeKb = 1024;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs after warm-up; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs = 9;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String article = LongArticleFixture.repeatedSample(sizeKb * 1024);
        SentenceSplitter splitter = new SentenceSplitter();

        long loadStart = System.nanoTime();
        Detector detector = Detector.standard(); // the first call reads the shipped weights
        long loadNanos = System.nanoTime() - loadStart;
        double threshold = detector.defaultThreshold();

        int warmUps = 3;
        long[] splitNanos = new long[runs];
        long[] detectNanos = new long[runs];
        List<SentenceSuggestion> result = List.of();
        for (int run = -warmUps; run < runs; run++) {
            long start = System.nanoTime();
            int units = splitter.split(article).size();
            long split = System.nanoTime() - start;
            start = System.nanoTime();
            result = detector.detect(article);
            long detect = System.nanoTime() - start;
            if (run >= 0) {
                splitNanos[run] = split;
                detectNanos[run] = detect;
            }
            if (units != result.size()) {
                throw new IllegalStateException("split and detect disagree on the number of sentences");
            }
        }
        long suggested = result.stream().filter(SentenceSuggestion::suggested).count();
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "article: %,d characters (%.2f MB as UTF-8), %,d sentences, %,d suggested at threshold %.2f%n",
                article.length(), article.getBytes(StandardCharsets.UTF_8).length / 1e6, result.size(), suggested, threshold);
        out.printf(Locale.ROOT, "load weights (first use): %.1f ms%n", loadNanos / 1e6);
        out.printf(Locale.ROOT, "split only:      median %.1f ms  (min %.1f, max %.1f; %d runs after %d warm-ups)%n",
                median(splitNanos) / 1e6, min(splitNanos) / 1e6, max(splitNanos) / 1e6, runs, warmUps);
        out.printf(Locale.ROOT, "split + score:   median %.1f ms  (min %.1f, max %.1f)%n",
                median(detectNanos) / 1e6, min(detectNanos) / 1e6, max(detectNanos) / 1e6);
        out.printf(Locale.ROOT, "heap in use: %d MB; JVM %s, %d processors%n",
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), Runtime.version(),
                runtime.availableProcessors());
        out.flush();
        return 0;
    }

    /** The sample article repeated, paragraphs separated by a blank line, until it reaches {@code minChars}. */
    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
