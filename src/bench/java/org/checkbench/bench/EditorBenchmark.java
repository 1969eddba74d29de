package org.checkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.app.CheckbenchApp;
import org.checkbench.ui.app.LaunchOptions;
import org.checkbench.ui.app.MainWindow;
import org.checkbench.ui.article.ClaimStyles;
import org.checkbench.ui.article.OpenArticle;
import org.fxmisc.richtext.StyleClassedTextArea;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code checkbench-bench editor}: the real window on a 1 MB article with 2,000 claims. Prints how long
 * opening, detection and the first highlight take, how long the FX thread is busy per keystroke
 * (the handlers plus that pulse's CSS and layout), whether the highlight is still right after
 * typing, and the memory used. Figures, not verdicts: budgets are in the README.
 */
@Command(name = "editor", mixinStandardHelpOptions = true,
        description = {"Open the window on a 1 MB article with 2,000 claims, time opening and typing, print, quit.",
            "Needs a display (xvfb-run -a ...); run with the launcher's options (src/main/resources/org/checkbench/jvm-options.txt)."})
final class EditorBenchmark implements Callable<Integer> {

    static final int ARTICLE_CHARS = 1024 * 1024;
    static final int CLAIMS = 2000;
    static final int KEYSTROKES = 400;

    @Option(names = "--heap-histogram", paramLabel = "N",
            description = "After typing, print the N classes holding the most live heap (GC.class_histogram).")
    int histogramRows;

    @Option(names = "--heap-dump", paramLabel = "FILE",
            description = "After typing, write the live heap to FILE (.hprof) for a heap analyser.")
    Path heapDump;

    /** What {@link #finish} does besides printing, set from the options before the window starts. */
    private static int histogramRowsAfterTyping;
    private static Path heapDumpAfterTyping;

    @Option(names = "--idle-seconds", defaultValue = "0", description = {"After typing, leave the window idle this"
            + " long and print its memory again (the sentence encoders are let go after 30 s unused, ADR 0147).",
            "Default: ${DEFAULT-VALUE}."})
    int idleSeconds;

    /** Set from the option before the window starts; read on the FX thread. */
    private static volatile int idleAfterTyping;

    @Option(names = "--key-detail", description = "Print the 25 slowest keys, not 8, each with its wait for a core,"
            + " collections, the JIT and other threads' CPU (read between keys, outside the timed parts).")
    boolean keyDetail;

    private static volatile boolean keyDetailAfterTyping;

    @Override
    public Integer call() throws IOException {
        histogramRowsAfterTyping = histogramRows;
        heapDumpAfterTyping = heapDump;
        idleAfterTyping = idleSeconds;
        keyDetailAfterTyping = keyDetail;
        Path workspace = prepareWorkspace();
        CheckbenchApp.launch(new LaunchOptions(workspace, null, false),
                window -> measure(window, window.openingStartedAt()));
        return 0;
    }

    /** Builds the workspace before the window starts; returns its file. */
    static Path prepareWorkspace() throws IOException {
        Path folder = Files.createTempDirectory("checkbench-editor-bench-");
        Path file = folder.resolve("bench.checkbench");
        WorkspaceService service = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "bench");
        try (WorkspaceSession session = service.open(file)) {
            String text = LongArticleFixture.repeatedSample(ARTICLE_CHARS);
            Article article = session.articles().importText("Long article (benchmark)", text, "benchmark");
            LongArticleFixture.markSpreadClaims(session, article.id(), text, CLAIMS);
        }
        return file;
    }

    /** Called when the article is on screen; {@code openedAt} is when opening was asked for. */
    static void measure(MainWindow window, long openedAt) {
        long shownAt = System.nanoTime();
        org.checkbench.service.OpeningTimeline.step("article shown");
        // The highlight and the suggestions shown by then are drawn in the frame after this layout: the
        // "first highlight" and "first fresh suggestions" lines are when they are in the window, this when
        // its first frame of the article is laid out (ADR 0176).
        org.checkbench.ui.fx.AfterLayout.run(window.stage().getScene(), () -> {
            org.checkbench.service.OpeningTimeline.step("laid out");
            report("open + first layout of the article", System.nanoTime() - openedAt);
        });
        OpenArticle open = window.open();
        long[] detectedAt = {0};
        if (open.suggestions().aheadShown()) {
            // Shown as the article's screen was built (ADR 0176): with the first highlight.
            detectedAt[0] = shownAt;
            org.checkbench.service.OpeningTimeline.step("first fresh suggestions shown (with the article)");
            report("open + first highlight", shownAt - openedAt);
            report("open + detect + highlight", shownAt - openedAt);
        }
        // The fresh detection's first answer on screen: what the feature model settles on screen, or
        // the whole part on screen when nothing there is settled before the encoder answers (ADR 0117).
        open.onClaimsChanged(() -> {
            if (detectedAt[0] == 0) {
                detectedAt[0] = System.nanoTime();
                org.checkbench.service.OpeningTimeline.step("first fresh suggestions shown");
                report("open + first highlight", shownAt - openedAt);
                report("open + detect + highlight", detectedAt[0] - openedAt);
            }
        });
        // The whole part on screen detected and shown; the typing starts then, as before ADR 0117.
        boolean[] visibleDone = {false};
        open.suggestions().onFirstPartShown(() -> {
            if (!visibleDone[0]) {
                visibleDone[0] = true;
                report("open + visible part detected", System.nanoTime() - openedAt);
                System.out.printf(Locale.ROOT, "article: %,d characters, %,d claims, %,d suggestions%n",
                        window.editor().area().getLength(), open.currentClaims().size(), open.suggestions().items().size());
                Platform.runLater(() -> typeAndMeasure(window));
            }
        });
    }

    private static void typeAndMeasure(MainWindow window) {
        StyleClassedTextArea area = window.editor().area();
        Scene scene = area.getScene();
        int middle = area.getText().indexOf("\n", area.getLength() / 2) + 1;
        long[] keystrokeNanos = new long[KEYSTROKES];
        long[] layoutStart = {0};
        long[] layoutNanos = new long[KEYSTROKES];
        // The FX thread's own CPU time too: on a machine shared with others' builds the wall time says as much
        // about them as about the keystroke (a thread waiting for a core is not working).
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] keystrokeCpu = new long[KEYSTROKES];
        long[] layoutCpu = new long[KEYSTROKES];
        long[] layoutCpuStart = {0};
        // What the FX thread allocates over the typing (issue 18): young collections come from it, whatever the load.
        com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
        long[] allocatedAtStart = {-1};
        TypingGcWatch[] gcWatch = {null};
        int[] done = {0};
        SlowKeys slow = new SlowKeys(KEYSTROKES);
        Runnable preLayout = () -> {
            layoutStart[0] = System.nanoTime();
            layoutCpuStart[0] = threads.getCurrentThreadCpuTime();
        };
        Runnable postLayout = () -> {
            int index = done[0] - 1;
            if (index >= 0 && index < KEYSTROKES && layoutNanos[index] == 0) {
                layoutNanos[index] = System.nanoTime() - layoutStart[0];
                layoutCpu[index] = threads.getCurrentThreadCpuTime() - layoutCpuStart[0];
                slow.keyEnded(index);
                gcWatch[0].look();
            }
        };
        scene.addPreLayoutPulseListener(preLayout);
        scene.addPostLayoutPulseListener(postLayout);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                int i = done[0];
                if (allocatedAtStart[0] < 0) {
                    printWarmUp();
                    allocatedAtStart[0] = allocation.getCurrentThreadAllocatedBytes();
                    gcWatch[0] = TypingGcWatch.start();
                }
                if (i == KEYSTROKES) {
                    stop();
                    gcWatch[0].print(KEYSTROKES);
                    System.out.printf(Locale.ROOT, "FX thread allocated while typing: %.0f KB per key (all of its work, saves included)%n",
                            (allocation.getCurrentThreadAllocatedBytes() - allocatedAtStart[0]) / 1024.0 / KEYSTROKES);
                    scene.removePreLayoutPulseListener(preLayout);
                    scene.removePostLayoutPulseListener(postLayout);
                    long[] cpu = new long[KEYSTROKES];
                    for (int k = 0; k < KEYSTROKES; k++) {
                        cpu[k] = keystrokeCpu[k] + layoutCpu[k];
                    }
                    printPercentiles("keystroke, FX thread CPU, all keys", cpu);
                    printPercentiles("keystroke, FX thread CPU, after 50 keys", Arrays.copyOfRange(cpu, 50, KEYSTROKES));
                    printPercentiles("keystroke, FX thread CPU, the edit's handlers", keystrokeCpu);
                    printPercentiles("keystroke, FX thread CPU, that pulse's layout", layoutCpu);
                    Integer[] order = new Integer[KEYSTROKES];
                    for (int k = 0; k < KEYSTROKES; k++) {
                        order[k] = k;
                    }
                    Arrays.sort(order, (a, b) -> Long.compare(cpu[b], cpu[a]));
                    StringBuilder slowest = new StringBuilder("slowest keys by FX CPU (key: handlers + layout ms):");
                    for (int k = 0; k < 6; k++) {
                        slowest.append(String.format(Locale.ROOT, " #%d: %.1f + %.1f", order[k],
                                keystrokeCpu[order[k]] / 1e6, layoutCpu[order[k]] / 1e6));
                    }
                    System.out.println(slowest);
                    slow.print(keyDetailAfterTyping ? 25 : 8, keystrokeNanos, layoutNanos, cpu);
                    slow.printCollectionsInKeys();
                    finish(window, keystrokeNanos, layoutNanos);
                    return;
                }
                int at = middle + i / 2;
                gcWatch[0].look();
                slow.keyStarts(i);
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                // Every fifth key is a Backspace, as in real typing.
                if (i % 5 == 4) {
                    area.deleteText(at - 1, at);
                } else {
                    area.insertText(at, "x");
                }
                keystrokeNanos[i] = System.nanoTime() - start;
                keystrokeCpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                done[0]++;
            }
        }.start();
    }

    /** What the typing warm-up (ADR 0119) did before the first key; a build without it says so (comparing with main). */
    private static void printWarmUp() {
        try {
            long[] warmUp = org.checkbench.ui.editor.TypingWarmUp.progress();
            System.out.printf(Locale.ROOT, "keystroke warm-up before the first key: %d steps, %.0f ms of the FX thread%n",
                    warmUp[0], warmUp[1] / 1e6);
        } catch (LinkageError noWarmUpInThisBuild) {
            System.out.println("keystroke warm-up before the first key: none in this build");
        }
    }

    private static void finish(MainWindow window, long[] keystrokeNanos, long[] layoutNanos) {
        long[] busy = new long[keystrokeNanos.length];
        for (int i = 0; i < busy.length; i++) {
            busy[i] = keystrokeNanos[i] + layoutNanos[i];
        }
        printPercentiles("keystroke, FX thread busy, all keys", busy);
        // The first keys also pay for compiling the typing path; a checker meets that once a session.
        printPercentiles("keystroke, FX thread busy, after 50 keys", Arrays.copyOfRange(busy, 50, busy.length));
        // p99 of 400 keys is the 4th-slowest key: how many were over the budget, and what the first keys cost.
        long over = Arrays.stream(busy).filter(nanos -> nanos > 8_000_000L).count();
        long overFirst = Arrays.stream(busy, 0, Math.min(50, busy.length)).filter(nanos -> nanos > 8_000_000L).count();
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < Math.min(10, busy.length); i++) {
            first.append(String.format(Locale.ROOT, " %.1f", busy[i] / 1e6));
        }
        System.out.printf(Locale.ROOT, "keystroke, FX thread busy over 8 ms: %d keys (%d of the first 50); keys #0-#9 (ms):%s%n",
                over, overFirst, first);
        System.out.println("highlight after typing: " + highlightCheck(window));
        org.checkbench.ui.article.SaveCosts costs = window.open().saveCosts();
        long saves = Math.max(1, costs.saves);
        System.out.printf(Locale.ROOT, "saving while typing: %d saves during %d keystrokes; per save %.2f ms on the FX"
                + " thread (reading the text) and %.2f ms on the worker; journal %.1f µs per keystroke; FX thread per"
                + " keystroke for saving %.3f ms%n", costs.saves, KEYSTROKES, costs.fxNanos / 1e6 / saves,
                costs.workerNanos.get() / 1e6 / saves, costs.journalNanos / 1e3 / Math.max(1, costs.journalAppends),
                (costs.fxNanos + costs.journalNanos) / 1e6 / KEYSTROKES);
        System.out.printf(Locale.ROOT, "of a save's FX thread time: %.2f ms copying the text, %.2f ms starting detection on it%n",
                costs.textNanos / 1e6 / saves, costs.detectionStartNanos / 1e6 / saves);
        System.out.printf(Locale.ROOT, "longest a keystroke waited to be in the workspace: %.0f ms (promise: 1,000 ms)%n",
                costs.longestUnsavedNanos.get() / 1e6);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "memory: heap used %.0f MB after GC, process resident %s%n",
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6, residentMemory());
        nativeMemory();
        trimCosts();
        HeapContents.print(histogramRowsAfterTyping, heapDumpAfterTyping);
        if (idleAfterTyping <= 0) {
            quit(window);
            return;
        }
        javafx.animation.PauseTransition idle = new javafx.animation.PauseTransition(
                javafx.util.Duration.seconds(idleAfterTyping));
        idle.setOnFinished(e -> {
            // Resident first, as the window left it (ADR 0147: it collects once its encoders go idle);
            // the benchmark's own collection after that only tells the live heap.
            String resident = residentMemory();
            long committed = runtime.totalMemory();
            System.gc();
            System.out.printf(Locale.ROOT, "memory after %d s idle: process resident %s, heap committed %.0f MB"
                    + " (before the benchmark's own GC); heap used %.0f MB after GC%n",
                    idleAfterTyping, resident, committed / 1e6, (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
            nativeMemory();
            trimCosts();
            quit(window);
        });
        idle.play();
    }

    /** What handing freed malloc memory back has cost so far (the window trims every 5 s, ADR 0146). */
    private static void trimCosts() {
        long[] trims = org.checkbench.detect.GlibcMalloc.trimCosts();
        System.out.printf(Locale.ROOT, "memory, malloc trims so far: %d, %.1f ms in all, longest %.1f ms%n",
                trims[0], trims[1] / 1e6, trims[2] / 1e6);
    }

    private static void quit(MainWindow window) {
        window.stage().close();
        Platform.exit();
    }

    /** Every live claim's characters carry its claim style, and its range still holds its words. */
    private static String highlightCheck(MainWindow window) {
        StyleClassedTextArea area = window.editor().area();
        String text = area.getText();
        int right = 0;
        List<Claim> wrong = new ArrayList<>();
        for (Claim claim : window.open().currentClaims()) {
            int start = claim.anchor().start();
            boolean styled = area.getStyleOfChar(start).contains(ClaimStyles.CLAIM_CLASS)
                    && area.getStyleOfChar(claim.anchor().end() - 1).contains(ClaimStyles.CLAIM_CLASS);
            boolean inPlace = text.substring(start, claim.anchor().end()).equals(claim.quote());
            if (styled && inPlace) {
                right++;
            } else {
                wrong.add(claim);
            }
        }
        return right + " of " + (right + wrong.size()) + " claims styled and in place";
    }

    /**
     * With {@code -XX:NativeMemoryTracking=summary} (the speed benchmark sets it): what the JVM itself has
     * committed, by kind; the rest of the resident memory is native libraries' own (ONNX Runtime, GTK).
     */
    private static void nativeMemory() {
        try {
            Object summary = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary", "scale=MB"}}, new String[] {String[].class.getName()});
            for (String line : String.valueOf(summary).split("\n")) {
                if (line.startsWith("Total:") || line.matches("^-\\s+\\S.*\\(reserved=.*")) {
                    System.out.println("memory, JVM " + line.replaceFirst("^-\\s+", "").strip());
                }
            }
        } catch (javax.management.JMException | RuntimeException e) {
            System.out.println("memory, JVM: no native memory tracking (" + e.getMessage() + ")");
        }
    }

    private static String residentMemory() {
        double resident = -1;
        double peak = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    resident = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                } else if (line.startsWith("VmHWM:")) {
                    peak = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            if (resident >= 0) {
                return String.format(Locale.ROOT, "%.0f MB (peak %.0f MB)", resident, peak);
            }
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    private static void printPercentiles(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: median %.2f ms, p99 %.2f ms, max %.2f ms (%d keys)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static void report(String what, long nanos) {
        System.out.printf(Locale.ROOT, "%s: %.0f ms%n", what, nanos / 1e6);
    }
}
