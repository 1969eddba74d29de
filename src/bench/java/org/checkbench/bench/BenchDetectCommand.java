package org.checkbench.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.checkbench.detect.CheckWorthinessModel;
import org.checkbench.detect.Detector;
import org.checkbench.detect.EncoderSource;
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

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs after one warm-up; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--warm-ups", paramLabel = "N", description = "Untimed runs first (default: ${DEFAULT-VALUE});"
            + " 0 saves a whole scoring of the article on a busy machine.")
    int warmUps = 1;

    @Option(names = "--features-only", description = "Time the feature model alone (the fallback, the old detector).")
    boolean featuresOnly;

    @Option(names = "--visible-chars", paramLabel = "N", description = "Size of the part scored first, as a window shows"
            + " it (default: ${DEFAULT-VALUE} characters, about a screenful).")
    int visibleChars = 3000;

    @Option(names = "--article", paramLabel = "FILE", description = "Repeat this UTF-8 text file instead of the"
            + " sample (its density of check-worthy sentences decides how many skip the encoder).")
    java.nio.file.Path articleFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String article = articleFile == null ? LongArticleFixture.repeatedSample(sizeKb * 1024)
                : LongArticleFixture.repeated(java.nio.file.Files.readString(articleFile), sizeKb * 1024);
        SentenceSplitter splitter = new SentenceSplitter();

        long loadStart = System.nanoTime();
        // No score cache: the article repeats the sample, and every sentence must go through the model.
        Detector detector = new Detector(splitter, CheckWorthinessModel.shipped(),
                featuresOnly ? EncoderSource.none() : EncoderSource.shipped(), 0);
        boolean encoder = detector.warmUp(); // loads the encoder here, as the app does in the background
        long loadNanos = System.nanoTime() - loadStart;
        detector.notice().ifPresent(notice -> out.println("NOTE: " + notice));
        double threshold = detector.defaultThreshold();

        long[] splitNanos = new long[runs];
        long[] firstNanos = new long[runs];
        long[] detectNanos = new long[runs];
        long[] cpuNanos = new long[runs];
        List<SentenceSuggestion> result = List.of();
        for (int run = -warmUps; run < runs; run++) {
            long start = System.nanoTime();
            int units = splitter.split(article).size();
            long split = System.nanoTime() - start;
            long cpuStart = processCpuNanos();
            long[] firstAt = {0};
            long detectStart = System.nanoTime();
            result = detector.detect(article, threshold, 0, visibleChars, new org.checkbench.detect.DetectionProgress() {
                @Override
                public void firstPart(List<SentenceSuggestion> suggestions) {
                    firstAt[0] = System.nanoTime() - detectStart;
                }
            });
            long detect = System.nanoTime() - detectStart;
            if (run >= 0) {
                splitNanos[run] = split;
                firstNanos[run] = firstAt[0];
                detectNanos[run] = detect;
                cpuNanos[run] = processCpuNanos() - cpuStart;
            }
            if (units != result.size()) {
                throw new IllegalStateException("split and detect disagree on the number of sentences");
            }
        }
        long suggested = result.stream().filter(SentenceSuggestion::suggested).count();
        // After a save the window detects again; with the score cache only the edited sentence is new.
        Detector cached = new Detector(splitter, CheckWorthinessModel.shipped(),
                featuresOnly ? EncoderSource.none() : EncoderSource.shipped());
        cached.detect(article, threshold);
        String edited = article.replaceFirst("Thousands of", "Tens of thousands of");
        long againStart = System.nanoTime();
        long againCpuStart = processCpuNanos();
        long againThreadStart = THREADS.getCurrentThreadCpuTime();
        cached.detect(edited, threshold);
        long againThreadNanos = THREADS.getCurrentThreadCpuTime() - againThreadStart;
        long againCpuNanos = processCpuNanos() - againCpuStart;
        long againNanos = System.nanoTime() - againStart;
        // One word typed, the next save's detection: what the window's background pays. Into a
        // sentence the encoder scores, then, once the encoder was let go (idle, ADR 0147), into one
        // the feature model settles (it need not be loaded again).
        int encoderSentences = encoder ? detector.encoderRuns(article, threshold) : 0;
        long[] typedEncoder = timedDetect(cached, edited.replaceFirst("Clips purporting", "Video clips purporting"), threshold);
        boolean released = cached.releaseEncoderIfIdleFor(java.time.Duration.ZERO);
        int loadsBefore = EncoderSource.shipped().loads();
        long[] typedReleased = timedDetect(cached, edited.replaceFirst("Tens of thousands of", "Tens of thousands more of"),
                threshold);
        boolean reloaded = EncoderSource.shipped().loads() > loadsBefore;
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "model: %s%n", encoder ? "encoder + feature model (ensemble)" : "feature model only");
        out.printf(Locale.ROOT, "article: %,d characters (%.2f MB as UTF-8), %,d sentences, %,d suggested at threshold %.2f%n",
                article.length(), article.getBytes(StandardCharsets.UTF_8).length / 1e6, result.size(), suggested, threshold);
        out.printf(Locale.ROOT, "load (first use): %.1f ms%n", loadNanos / 1e6);
        if (encoder) {
            out.printf(Locale.ROOT, "sentences through the encoder: %,d of %,d (the others are datelines, fragments, or sentences"
                    + " whose answer the feature model settles: too low to reach the threshold or sure to)%n",
                    encoderSentences, result.size());
        }
        out.printf(Locale.ROOT, "split only:        median %.1f ms  (min %.1f, max %.1f; %d runs after %d warm-up)%n",
                median(splitNanos) / 1e6, min(splitNanos) / 1e6, max(splitNanos) / 1e6, runs, warmUps);
        out.printf(Locale.ROOT, "first %,d chars:   median %.1f ms  (min %.1f, max %.1f): the visible part, scored first%n",
                visibleChars, median(firstNanos) / 1e6, min(firstNanos) / 1e6, max(firstNanos) / 1e6);
        out.printf(Locale.ROOT, "split + score all: median %.1f ms  (min %.1f, max %.1f); %.0f sentences/s;"
                + " process CPU time median %.1f s%n", median(detectNanos) / 1e6, min(detectNanos) / 1e6,
                max(detectNanos) / 1e6, result.size() / (median(detectNanos) / 1e9), median(cpuNanos) / 1e9);
        out.printf(Locale.ROOT, "detect again after an edit (score cache): %.1f ms (thread CPU %.1f ms, process CPU %.1f ms)%n",
                againNanos / 1e6, againThreadNanos / 1e6, againCpuNanos / 1e6);
        out.printf(Locale.ROOT, "one word typed into a sentence the encoder scores: %.1f ms (thread CPU %.1f ms)%n",
                typedEncoder[0] / 1e6, typedEncoder[1] / 1e6);
        if (released) {
            out.printf(Locale.ROOT, "the encoder let go, then one word typed into a sentence the feature model settles:"
                    + " %.1f ms (thread CPU %.1f ms); encoder loaded again: %s%n", typedReleased[0] / 1e6,
                    typedReleased[1] / 1e6, reloaded ? "yes" : "no");
        }
        out.printf(Locale.ROOT, "memory: heap in use %d MB; resident set %s; JVM %s, %d processors%n",
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), residentSet(), Runtime.version(),
                runtime.availableProcessors());
        out.flush();
        return 0;
    }

    /** Wall and this thread's CPU nanoseconds of one detection (one edited sentence: scored on this thread). */
    private static long[] timedDetect(Detector detector, String text, double threshold) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        detector.detect(text, threshold);
        return new long[] {System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu};
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** VmRSS and its peak VmHWM from /proc (Linux); "n/a" elsewhere. */
    static String residentSet() {
        try {
            List<String> status = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"));
            String rss = status.stream().filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("VmRSS: n/a");
            String peak = status.stream().filter(l -> l.startsWith("VmHWM:")).findFirst().orElse("VmHWM: n/a");
            return rss.substring(6).strip() + " (peak " + peak.substring(6).strip() + ")";
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
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
