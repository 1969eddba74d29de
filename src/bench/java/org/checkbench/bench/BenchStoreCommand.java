package org.checkbench.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench-bench store}: builds a large workspace in a temporary folder and prints the
 * medians of opening it, a full-text query and committing one claim edit. Prints figures; never
 * passes or fails.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Measure opening a large workspace, a full-text query and committing a claim edit.")
public final class BenchStoreCommand implements Callable<Integer> {

    static final double OPEN_BUDGET_MS = 300;
    static final double QUERY_BUDGET_MS = 20;
    static final double EDIT_BUDGET_MS = 5;

    @Option(names = "--claims", defaultValue = "10000", description = "Claims to generate (default: ${DEFAULT-VALUE}).")
    int claims;

    @Option(names = "--evidence", defaultValue = "50000", description = "Evidence entries to generate (default: ${DEFAULT-VALUE}).")
    int evidence;

    @Option(names = "--runs", defaultValue = "21", description = "Timed runs per figure; the median is printed (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--keep", description = "Keep the generated workspace and print where it is.")
    boolean keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("checkbench-bench-store-");
        Path file = folder.resolve("bench.checkbench");
        try {
            long buildStart = System.nanoTime();
            try (Workspace workspace = Workspace.create(file)) {
                new SyntheticWorkspace().fill(workspace, claims, evidence);
            }
            out.printf(Locale.ROOT, "Built %,d claims and %,d evidence entries in %.1f s (%.1f MB).%n", claims, evidence,
                    (System.nanoTime() - buildStart) / 1e9, Files.size(file) / 1e6);

            double openMs = median(runs, () -> {
                long start = System.nanoTime();
                Workspace workspace = Workspace.openExisting(file);
                long elapsed = System.nanoTime() - start;
                workspace.close();
                return elapsed;
            });

            // The service path the UI uses; a private data folder so the user's recent list stays clean.
            WorkspaceService service = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "bench");
            double queryMs;
            double editMs;
            long matches;
            double crashOpenMs;
            try (WorkspaceSession session = service.openExisting(file)) {
                matches = session.evidence().countMatches(SyntheticWorkspace.QUERY);
                queryMs = median(runs * 3, () -> {
                    long start = System.nanoTime();
                    session.evidence().search(SyntheticWorkspace.QUERY, 20);
                    return System.nanoTime() - start;
                });
                long claimId = session.claims().forArticle(1).get(0).id();
                String[] statuses = {"confirmed", "disputed"};
                int[] turn = {0};
                editMs = median(runs * 3, () -> {
                    String status = statuses[turn[0]++ % 2];
                    long start = System.nanoTime();
                    session.claims().setStatus(claimId, status);
                    return System.nanoTime() - start;
                });
                session.flush(); // nothing is written while the files are copied
                crashOpenMs = openAfterCrash(file, folder);
            }
            out.printf(Locale.ROOT, "open workspace        median %7.2f ms   (budget %3.0f ms; every page checked first, ADR 0131)%n",
                    openMs, OPEN_BUDGET_MS);
            out.printf(Locale.ROOT, "full-text query       median %7.2f ms   (budget %3.0f ms; \"%s\": top 20 of %,d matches, bm25, snippets)%n",
                    queryMs, QUERY_BUDGET_MS, SyntheticWorkspace.QUERY, matches);
            out.printf(Locale.ROOT, "commit one claim edit median %7.2f ms   (budget %3.0f ms; status + history row, one transaction)%n",
                    editMs, EDIT_BUDGET_MS);
            out.printf(Locale.ROOT, "open after a crash    median %7.2f ms   (a leftover log replayed, then checked)%n",
                    crashOpenMs);
            if (keep) {
                out.println("Workspace kept at " + file);
            }
            return 0;
        } finally {
            if (!keep) {
                deleteRecursively(folder);
            }
        }
    }

    /**
     * Copies the open workspace with its write-ahead log, as a crash would leave it, and times
     * opening the copies: the leftover log makes Checkbench run the full quick_check once.
     */
    private static double openAfterCrash(Path file, Path folder) throws IOException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        long[] samples = new long[5];
        for (int i = 0; i < samples.length; i++) {
            Path copy = folder.resolve("crashed-" + i + ".checkbench");
            Files.copy(file, copy);
            Files.copy(wal, copy.resolveSibling(copy.getFileName() + "-wal"));
            long start = System.nanoTime();
            Workspace.openExisting(copy).close();
            samples[i] = System.nanoTime() - start;
        }
        Arrays.sort(samples);
        return samples[samples.length / 2] / 1e6;
    }

    interface Timed {
        long nanos();
    }

    /** Median in milliseconds of {@code runs} timings, after two untimed warm-up runs. */
    static double median(int runs, Timed timed) {
        timed.nanos();
        timed.nanos();
        long[] samples = new long[runs];
        for (int i = 0; i < runs; i++) {
            samples[i] = timed.nanos();
        }
        Arrays.sort(samples);
        return samples[runs / 2] / 1e6;
    }

    static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
