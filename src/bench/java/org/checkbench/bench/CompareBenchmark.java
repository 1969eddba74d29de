package org.checkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import org.checkbench.bench.drafts.GeneratedRevisionPair;
import org.checkbench.bench.drafts.RevisionPairGenerator;
import org.checkbench.model.Article;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.ImportOptions;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.app.CheckbenchApp;
import org.checkbench.ui.app.LaunchOptions;
import org.checkbench.ui.app.MainWindow;
import org.checkbench.ui.revisions.CompareWindow;
import org.fxmisc.richtext.StyleClassedTextArea;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code checkbench-bench compare}: the real window comparing two 1 MB revisions (a generated draft
 * and the writer's second draft with 5 % of its sentences changed). Prints how long the compare
 * view takes to open (from asking until its text and styles are drawn), how long each frame takes
 * while it scrolls through the text, and how long a step to the next change takes. Needs a display.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Open the compare view on two 1 MB revisions, time opening, scrolling and stepping, print, quit.",
            "Needs a display (xvfb-run -a ...); run with the launcher's options (src/main/resources/org/checkbench/jvm-options.txt)."})
final class CompareBenchmark implements Callable<Integer> {

    @Option(names = "--size-kb", defaultValue = "1000", description = "Size of each revision in KB (default: ${DEFAULT-VALUE}).")
    int sizeKb;

    @Option(names = "--changed", defaultValue = "0.05", description = "Share of sentences changed (default: ${DEFAULT-VALUE}).")
    double changed;

    @Option(names = "--frames", defaultValue = "300", description = "Frames of scrolling measured (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--opens", defaultValue = "3", description = "How many times the view is opened (default: ${DEFAULT-VALUE}).")
    int opens;

    @Override
    public Integer call() throws IOException {
        GeneratedRevisionPair pair = new RevisionPairGenerator(sizeKb * 1000, changed, 0.25).generate(1);
        Path folder = Files.createTempDirectory("checkbench-compare-bench-");
        Path file = folder.resolve("bench.checkbench");
        WorkspaceService service = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "bench");
        try (WorkspaceSession session = service.open(file)) {
            Article article = session.articles().importText("Two revisions (benchmark)", pair.oldText(), "first draft",
                    new ImportOptions(1.0, false));
            for (var claim : pair.claims().subList(0, Math.min(2000, pair.claims().size()))) {
                session.claims().mark(article.id(), claim.start(), claim.end());
            }
            session.drafts().saveDraft(article.id(), pair.newText(), "second draft");
            // The claims' sentence vectors ("Checked before?", issue 13) are computed here, as the window's
            // background job would have done long before: otherwise embedding 2,000 claims at start-up
            // shares the two cores with the comparison and the figures say more about it than about the view.
            long embedStart = System.nanoTime();
            int embedded = session.matching().embedPending(null, () -> false);
            System.out.printf(Locale.ROOT, "set-up: %,d claims' sentence vectors computed first (%.1f s)%n", embedded,
                    (System.nanoTime() - embedStart) / 1e9);
        }
        System.out.printf(Locale.ROOT, "revisions: %,d and %,d characters, %.0f %% of sentences changed%n",
                pair.oldText().length(), pair.newText().length(), changed * 100);
        CheckbenchApp.launch(new LaunchOptions(file, null, false), window -> whenSettled(() -> openAgain(window, 0)));
        return 0;
    }

    /**
     * Runs {@code then} on the FX thread once the freshly opened window has done its start-up work
     * (loading the sentence encoder for "Checked before?", detection, the first layout): when the
     * process used under a tenth of one core for two seconds running, or after five minutes (on a busy
     * machine the "Checked before?" marks alone, which embed every open claim's words, can take minutes).
     */
    private static void whenSettled(Runnable then) {
        Thread waiter = new Thread(() -> {
            long started = System.nanoTime();
            int quietSeconds = 0;
            long cpu = CpuTime.processNanos();
            while (quietSeconds < 2 && System.nanoTime() - started < 300_000_000_000L) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long now = CpuTime.processNanos();
                quietSeconds = now - cpu < 100_000_000L ? quietSeconds + 1 : 0;
                cpu = now;
            }
            System.out.printf(Locale.ROOT, "window opened; %s after %.1f s%n",
                    quietSeconds >= 2 ? "its start-up work done" : "still busy (measuring anyway)",
                    (System.nanoTime() - started) / 1e9);
            Platform.runLater(then);
        }, "compare-bench-settle");
        waiter.setDaemon(true);
        waiter.start();
    }

    private final long[] openNanos = new long[16];

    /** Opens the compare view {@link #opens} times, each from scratch; then scrolls and steps. */
    private void openAgain(MainWindow window, int round) {
        CompareWindow previous = window.revisions().compareWindow();
        if (previous != null) {
            previous.stage().close();
        }
        long askedAt = System.nanoTime();
        long cpuAtAsk = CpuTime.processNanos();
        window.revisions().compare(1, 2);
        new AnimationTimer() {
            private boolean displayed;

            @Override
            public void handle(long now) {
                CompareWindow compare = window.revisions().compareWindow();
                if (!displayed && compare != null && compare != previous && compare.lastOpenMillis() >= 0
                        && compare.stopCount() > 0) {
                    displayed = true; // the text and styles are in; this frame draws them
                    return;
                }
                if (displayed) {
                    stop();
                    openNanos[round] = System.nanoTime() - askedAt;
                    System.out.printf(Locale.ROOT, "open the compare view (ask -> diff on the worker -> text and styles"
                            + " drawn): %.0f ms, process CPU %.0f ms (round %d)%n", openNanos[round] / 1e6,
                            (CpuTime.processNanos() - cpuAtAsk) / 1e6, round + 1);
                    if (round + 1 < Math.min(opens, openNanos.length)) {
                        Platform.runLater(() -> openAgain(window, round + 1));
                    } else {
                        scroll(window, compare, 60, () -> scroll(window, compare, -1, () -> step(window, compare)));
                    }
                }
            }
        }.start();
    }

    /**
     * Scrolls every frame ({@code pixels} down, or a screen height for -1) and records each frame's
     * length and the FX thread's pulse; then runs {@code then}.
     */
    private void scroll(MainWindow window, CompareWindow compare, double pixels, Runnable then) {
        String how = pixels < 0 ? "a screen per frame" : (int) pixels + " px per frame";
        StyleClassedTextArea view = compare.view();
        Scene scene = view.getScene();
        long[] frameNanos = new long[frames];
        long[] pulseNanos = new long[frames];
        long[] pulseStart = {0};
        int[] frame = {0};
        Runnable before = () -> pulseStart[0] = System.nanoTime();
        Runnable after = () -> {
            int i = frame[0] - 1;
            if (i >= 0 && i < frames && pulseNanos[i] == 0) {
                pulseNanos[i] = System.nanoTime() - pulseStart[0];
            }
        };
        scene.addPreLayoutPulseListener(before);
        scene.addPostLayoutPulseListener(after);
        new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                int i = frame[0];
                if (i > 0 && i <= frames) {
                    frameNanos[i - 1] = now - last;
                }
                last = now;
                if (i == frames) {
                    stop();
                    scene.removePreLayoutPulseListener(before);
                    scene.removePostLayoutPulseListener(after);
                    percentiles("scrolling " + how + ", time between frames", frameNanos);
                    percentiles("scrolling " + how + ", FX thread's layout and CSS per frame", pulseNanos);
                    long slow = Arrays.stream(frameNanos).filter(n -> n > 50_000_000L).count();
                    System.out.printf(Locale.ROOT, "scrolling %s, frames over 50 ms: %d of %d%n", how, slow, frames);
                    then.run();
                    return;
                }
                view.scrollYBy(pixels < 0 ? view.getHeight() * 0.9 : pixels);
                frame[0]++;
            }
        }.start();
    }

    /** Steps through 50 changes, each selected and scrolled to. */
    private void step(MainWindow window, CompareWindow compare) {
        long[] stepNanos = new long[Math.min(50, compare.stopCount())];
        for (int i = 0; i < stepNanos.length; i++) {
            long start = System.nanoTime();
            compare.step(1);
            compare.view().layout();
            stepNanos[i] = System.nanoTime() - start;
        }
        percentiles("step to the next change (select, scroll, lay out)", stepNanos);
        System.out.printf(Locale.ROOT, "changes: %,d; JVM %s, %d processors%n", compare.stopCount(), Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        compare.stage().close();
        window.stage().close();
        Platform.exit();
    }

    private static void percentiles(String what, long[] nanos) {
        if (nanos.length == 0) {
            return;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, p99 %.1f ms, max %.1f ms (%d)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6,
                sorted.length);
    }
}
