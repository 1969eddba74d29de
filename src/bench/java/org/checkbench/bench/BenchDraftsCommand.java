package org.checkbench.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.checkbench.anchor.ClaimCarrier;
import org.checkbench.anchor.WordDiffs;
import org.checkbench.anchor.Span;
import org.checkbench.bench.drafts.CarryEvaluation;
import org.checkbench.bench.drafts.CarryEvaluation.Figures;
import org.checkbench.bench.drafts.GeneratedRevisionPair;
import org.checkbench.bench.drafts.RevisionPairGenerator;
import org.checkbench.model.Article;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.ImportOptions;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code checkbench bench drafts}: how well and how fast claims are carried into a new draft. On
 * generated revision pairs with ground truth (numbers changed, words substituted, sentences
 * inserted and deleted, paragraphs moved, typos fixed, quotes reworded, spacing and punctuation
 * normalised) it prints the three figures of issue 10 with exact counts, then the time to carry
 * 2,000 claims into a 1 MB draft with 5 % of its sentences changed. Prints figures; never passes
 * or fails.
 */
@Command(name = "drafts", mixinStandardHelpOptions = true,
        description = "Measure carrying claims into new drafts: accuracy on generated pairs, and speed on 1 MB.")
public final class BenchDraftsCommand implements Callable<Integer> {

    @Option(names = "--trials", defaultValue = "300", description = "Generated pairs per edit rate (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--seed", defaultValue = "1", description = "First seed; trial i uses seed + i (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--chars", defaultValue = "8000", description = "Length of each generated article (default: ${DEFAULT-VALUE}).")
    int chars;

    @Option(names = "--rates", split = ",", defaultValue = "0.05,0.15,0.3",
            description = "Shares of sentences the writer touches, one run of trials each (default: ${DEFAULT-VALUE}).")
    double[] rates;

    @Option(names = "--size-kb", defaultValue = "1000", description = "Size of the timed draft in KB (default: ${DEFAULT-VALUE}).")
    int sizeKb;

    @Option(names = "--claims", defaultValue = "2000", description = "Claims carried in the timed run (default: ${DEFAULT-VALUE}).")
    int claims;

    @Option(names = "--changed", defaultValue = "0.05", description = "Share of sentences changed in the timed draft (default: ${DEFAULT-VALUE}).")
    double changed;

    @Option(names = "--runs", defaultValue = "7", description = "Timed runs after two warm-ups (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--accuracy-only", description = "Skip the timed 1 MB part.")
    boolean accuracyOnly;

    @Option(names = "--speed-only", description = "Skip the accuracy trials.")
    boolean speedOnly;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!speedOnly) {
            accuracy(out);
        }
        if (!accuracyOnly) {
            speed(out);
        }
        out.flush();
        return 0;
    }

    private void accuracy(PrintWriter out) {
        Figures total = Figures.NONE;
        for (double rate : rates) {
            Figures figures = CarryEvaluation.evaluate(new RevisionPairGenerator(chars, rate, 0.5), seed, trials);
            out.printf(Locale.ROOT, "edit rate %.2f: %d pairs, %,d claims%n", rate, figures.pairs(), figures.claims());
            printFigures(out, figures, "  ");
            total = total.plus(figures);
        }
        out.printf(Locale.ROOT, "all: %d pairs of ~%,d characters (seeds %d..%d per rate), %,d claims%n", total.pairs(),
                chars, seed, seed + trials - 1, total.claims());
        printFigures(out, total, "  ");
        out.flush();
    }

    static void printFigures(PrintWriter out, Figures f, String indent) {
        out.printf(Locale.ROOT, "%sunchanged claims found unchanged at their exact new place: %,d of %,d (%s)%n", indent,
                f.sameWordsFoundExactly(), f.sameWords(), percent(f.sameWordsFoundExactly(), f.sameWords()));
        out.printf(Locale.ROOT, "%sclaims with up to a third of their words changed, found and marked changed: %,d of %,d (%s);"
                + " exactly at their new words: %,d%n", indent, f.lightlyChangedFound(), f.lightlyChanged(),
                percent(f.lightlyChangedFound(), f.lightlyChanged()), f.lightlyChangedExact());
        out.printf(Locale.ROOT, "%sclaims attached to unrelated words: %d%n", indent, f.misattached());
        out.printf(Locale.ROOT, "%s(also: deleted claims orphaned %,d of %,d; more than a third changed: %,d, of which"
                + " carried %,d and orphaned %,d)%n", indent, f.deletedOrphaned(), f.deleted(), f.heavilyChanged(),
                f.heavilyChangedCarried(), f.heavilyChanged() - f.heavilyChangedCarried());
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "none" : String.format(Locale.ROOT, "%.2f %%", 100.0 * part / whole);
    }

    private void speed(PrintWriter out) throws Exception {
        long generationStart = System.nanoTime();
        GeneratedRevisionPair pair = new RevisionPairGenerator(sizeKb * 1000, changed, 0.3).generate(seed);
        List<Span> spans = spread(pair.claims(), claims);
        pair = new GeneratedRevisionPair(pair.seed(), pair.oldText(), pair.newText(), pair.source(), pair.edits(), spans);
        out.printf(Locale.ROOT, "timed draft: %,d -> %,d characters, %,d claims, %.0f %% of sentences changed"
                + " (generated in %.1f s)%n", pair.oldText().length(), pair.newText().length(), spans.size(), changed * 100,
                (System.nanoTime() - generationStart) / 1e9);
        var claimList = CarryEvaluation.claimsOf(pair);
        long[] carry = new long[runs];
        long[] carryCpu = new long[runs];
        long[] diff = new long[runs];
        ClaimCarrier.Result result = null;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = -2; run < runs; run++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            result = ClaimCarrier.carry(pair.oldText(), pair.newText(), claimList);
            long carried = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            WordDiffs.of(pair.oldText(), pair.newText());
            long diffed = System.nanoTime();
            if (run >= 0) {
                carry[run] = carried - start;
                carryCpu[run] = cpu;
                diff[run] = diffed - carried;
            }
        }
        out.printf(Locale.ROOT, "carry %,d claims into the draft: %s%n", spans.size(), summary(carry));
        out.printf(Locale.ROOT, "  of which the carrying thread's own CPU time (other builds and GC aside): %s%n",
                summary(carryCpu));
        out.printf(Locale.ROOT, "word diff of the two revisions (compare view's model): %s%n", summary(diff));
        printFigures(out, CarryEvaluation.figures(CarryEvaluation.grade(pair, result)), "  this draft: ");
        out.printf(Locale.ROOT, "import as a new draft through the service (carry + store the revision, %,d claims,"
                + " outcomes and history): %s%n", spans.size(), summary(serviceImport(pair, spans)));
        out.printf(Locale.ROOT, "JVM %s, %d processors%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
    }

    /** {@code count} claims spread evenly over the text. */
    private static List<Span> spread(List<Span> claims, int count) {
        if (claims.size() <= count) {
            return claims;
        }
        List<Span> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chosen.add(claims.get((int) ((long) i * claims.size() / count)));
        }
        return chosen;
    }

    /** The draft imported through {@code DraftService} into a fresh workspace, timed per run. */
    private long[] serviceImport(GeneratedRevisionPair pair, List<Span> spans) throws Exception {
        long[] times = new long[Math.max(1, runs / 2)];
        Path folder = Files.createTempDirectory("checkbench-bench-drafts-");
        try {
            WorkspaceService service = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "bench");
            for (int run = -1; run < times.length; run++) {
                try (WorkspaceSession session = service.open(folder.resolve("drafts" + run + ".checkbench"))) {
                    Article article = session.articles().importText("Bench", pair.oldText(), "first draft",
                            new ImportOptions(1.0, false));
                    for (Span span : spans) {
                        session.claims().mark(article.id(), span.start(), span.end());
                    }
                    long start = System.nanoTime();
                    session.drafts().saveDraft(article.id(), pair.newText(), "second draft");
                    if (run >= 0) {
                        times[run] = System.nanoTime() - start;
                    }
                }
            }
        } finally {
            BenchStoreCommand.deleteRecursively(folder);
        }
        return times;
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %.0f ms (min %.0f, max %.0f; %d runs)", sorted[sorted.length / 2] / 1e6,
                sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
