package org.checkbench.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

import org.checkbench.match.MiniLmEncoder;
import org.checkbench.match.RetrievalBenchmark;

/**
 * The retrieval benchmark behind {@code match --evaluate}: the shipped encoder and ranking on files
 * in the CLEF 2020 CheckThat! Task 2 format (docs/matching.md).
 */
public final class RetrievalEvaluation {

    /** MAP@5, P@1 and recall@5 over the queries that have answers. */
    public record Figures(double map5, double precision1, double recall5, int queries, int documents) {
    }

    private RetrievalEvaluation() {
    }

    /** {@code progress} hears how many of the documents' texts (claim and title each) are embedded. */
    public static Figures run(Path queries, Path qrels, Path documents, IntConsumer progress) throws IOException {
        List<RetrievalBenchmark.Entry> queryRows = RetrievalBenchmark.readEntries(queries);
        var answers = RetrievalBenchmark.readQrels(qrels);
        List<RetrievalBenchmark.Entry> documentRows = RetrievalBenchmark.readEntries(documents);
        RetrievalBenchmark.Result result = RetrievalBenchmark.run(MiniLmEncoder.shared(), documentRows, queryRows, answers,
                progress);
        return new Figures(result.map5(), result.precision1(), result.recall5(), result.queries(), documentRows.size());
    }
}
