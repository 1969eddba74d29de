package org.checkbench.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

import org.checkbench.match.MiniLmEncoder;
import org.checkbench.match.Vectors;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.store.VectorRepository.TextToEmbed;
import org.checkbench.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench bench match}: the speed of claim matching (docs/matching.md). Loading the
 * encoder, embedding one sentence, embedding 10,000 claims of a workspace as the background job
 * does, and a "checked before?" query over 100,000 stored claims. Prints figures, each with the
 * process's CPU time, which a busy machine does not inflate as it does the wall clock; never fails.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Measure the sentence encoder and a claim-matching query over many stored claims.")
public final class BenchMatchCommand implements Callable<Integer> {

    private static final String SENTENCE = "North Korea has sent 10,000 troops to Russia, according to the"
            + " South Korean intelligence service.";

    @Option(names = "--embed-claims", defaultValue = "10000", description = "Claims embedded by the background job"
            + " (default: ${DEFAULT-VALUE}).")
    int embedClaims;

    @Option(names = "--stored-claims", defaultValue = "100000", description = "Stored claims a query runs over"
            + " (default: ${DEFAULT-VALUE}; their vectors are random, their words generated).")
    int storedClaims;

    @Option(names = "--runs", defaultValue = "21", description = "Timed runs per figure (default: ${DEFAULT-VALUE}).")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        MiniLmEncoder encoder = MiniLmEncoder.shared();
        long start = System.nanoTime();
        encoder.embed(SENTENCE);
        out.printf(Locale.ROOT, "load encoder + first sentence   %8.0f ms%n", (System.nanoTime() - start) / 1e6);
        long cpuBefore = processCpuNanos();
        long[] one = samples(runs, () -> encoder.embed(SENTENCE));
        double oneCpu = (processCpuNanos() - cpuBefore) / 1e6 / (runs + 2);
        out.printf(Locale.ROOT, "embed one sentence              median %6.1f ms, p90 %6.1f ms   (budget 20 ms); CPU %5.1f ms%n",
                ms(one, 0.5), ms(one, 0.9), oneCpu);

        Path folder = Files.createTempDirectory("checkbench-bench-match-");
        WorkspaceService service = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "bench");
        try {
            Path small = folder.resolve("embed.checkbench");
            try (Workspace workspace = Workspace.create(small)) {
                new SyntheticWorkspace().fill(workspace, embedClaims, 100);
            }
            try (WorkspaceSession session = service.openExisting(small)) {
                long embedStart = System.nanoTime();
                long embedCpu = processCpuNanos();
                int embedded = session.matching().embedPending(null, () -> false);
                double seconds = (System.nanoTime() - embedStart) / 1e9;
                out.printf(Locale.ROOT, "embed %,d claims (background job, stored)  %6.1f s = %5.0f claims/s   (budget 120 s);"
                        + " CPU %5.1f s%n", embedded, seconds, embedded / seconds, (processCpuNanos() - embedCpu) / 1e9);
            }

            Path large = folder.resolve("query.checkbench");
            try (Workspace workspace = Workspace.create(large)) {
                new SyntheticWorkspace().fill(workspace, storedClaims, 100);
                storeRandomVectors(workspace, encoder);
            }
            try (WorkspaceSession session = service.openExisting(large)) {
                Runtime runtime = Runtime.getRuntime();
                long loadStart = System.nanoTime();
                session.matching().find(SENTENCE, 5);
                double loadMs = (System.nanoTime() - loadStart) / 1e6;
                System.gc();
                long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
                // A new sentence each run (the service remembers the vectors of texts asked about before).
                int[] run = {0};
                long queryCpu = processCpuNanos();
                long[] query = samples(runs, () -> session.matching().find(SENTENCE + " Run " + run[0]++ + ".", 5));
                double queryCpuMs = (processCpuNanos() - queryCpu) / 1e6 / (runs + 2);
                long againCpu = processCpuNanos();
                long[] again = samples(runs, () -> session.matching().find(SENTENCE, 5));
                double againCpuMs = (processCpuNanos() - againCpu) / 1e6 / (runs + 2);
                long[] search = samples(runs, () -> session.matching().search("troops minister kyiv", 20));
                out.printf(Locale.ROOT, "first query over %,d claims (loads the index)  %6.0f ms; heap in use after: %d MB%n",
                        storedClaims, loadMs, heapMb);
                out.printf(Locale.ROOT, "query over %,d claims (embed + exact cosine + BM25 + details)  median %6.1f ms,"
                        + " p90 %6.1f ms   (budget 50 ms); CPU %5.1f ms%n", storedClaims, ms(query, 0.5), ms(query, 0.9),
                        queryCpuMs);
                out.printf(Locale.ROOT, "the same sentence again (its vector remembered: index + details)  median %6.1f ms,"
                        + " p90 %6.1f ms; CPU %5.1f ms%n", ms(again, 0.5), ms(again, 0.9), againCpuMs);
                out.printf(Locale.ROOT, "search box over %,d claims (meaning + full text, fused)  median %6.1f ms, p90 %6.1f ms%n",
                        storedClaims, ms(search, 0.5), ms(search, 0.9));
            }
        } finally {
            BenchStoreCommand.deleteRecursively(folder);
        }
        out.flush();
        return 0;
    }

    /** Random unit vectors for every claim: the query's cost does not depend on what they say. */
    private static void storeRandomVectors(Workspace workspace, MiniLmEncoder encoder) {
        Random random = new Random(13);
        List<TextToEmbed> all = workspace.vectors().stale(encoder.modelName(), Integer.MAX_VALUE);
        for (int from = 0; from < all.size(); from += 5_000) {
            List<TextToEmbed> slice = all.subList(from, Math.min(all.size(), from + 5_000));
            List<byte[]> vectors = new ArrayList<>();
            List<byte[]> none = new ArrayList<>();
            for (int i = 0; i < slice.size(); i++) {
                float[] vector = new float[encoder.dimension()];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = (float) random.nextGaussian();
                }
                vectors.add(Vectors.toBytes(Vectors.normalized(vector)));
                none.add(null);
            }
            workspace.vectors().putAll(encoder.modelName(), slice, vectors, none);
        }
    }

    /**
     * CPU time of the whole process (every thread, the JIT and collector too): on a busy machine the
     * wall-clock figures measure the queue for the cores, this what the work itself costs.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long[] samples(int runs, Runnable work) {
        work.run();
        work.run();
        long[] result = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            result[i] = System.nanoTime() - start;
        }
        Arrays.sort(result);
        return result;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1e6;
    }
}
