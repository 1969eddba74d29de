package org.checkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.checkbench.service.CheckedBefore;
import org.checkbench.service.MatchFound;
import org.checkbench.service.RetrievalEvaluation;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.store.WorkspaceException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench match}: "checked before?" without a window. With a workspace, prints the
 * earlier claims and imported fact-checks most like TEXT; with {@code --evaluate}, runs the
 * retrieval benchmark (docs/matching.md).
 */
@Command(name = "match", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = {
            "Find what was checked before: the claims of every article and the imported fact-checks most like TEXT.",
            "Prints score<TAB>source<TAB>verdict<TAB>text per match, best first (score: similarity, 0 to 1;"
                    + " source: 'claim N of article M' or the fact-check's publisher).",
            "With --evaluate QUERIES QRELS DOCS: the retrieval benchmark (CLEF 2020 CheckThat! Task 2 files);"
                    + " prints MAP@5, P@1 and recall@5."})
public final class MatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "FILE", description = "The workspace (default: the one in your data folder).")
    Path workspace;

    @Option(names = "--top", paramLabel = "K", defaultValue = "5", description = "How many matches to print (default: 5).")
    int top;

    @Option(names = "--evaluate", description = "Run the retrieval benchmark on QUERIES QRELS DOCS instead.")
    boolean evaluate;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The claim to look for (or, with --evaluate,"
            + " the queries, qrels and documents files).")
    List<String> words;

    @Override
    public Integer call() {
        return evaluate ? evaluate() : match();
    }

    private Integer match() {
        String text = String.join(" ", words);
        PrintWriter out = spec.commandLine().getOut();
        WorkspaceService service = WorkspaceService.standard();
        try (WorkspaceSession session = workspace != null ? service.openExisting(workspace) : service.openDefault()) {
            CheckedBefore matching = session.matching();
            matching.embedPending(null, () -> false);
            for (MatchFound match : matching.find(text, top)) {
                out.printf(Locale.ROOT, "%.3f\t%s\t%s\t%s%n", match.similarity(), oneLine(match.sourceLabel()),
                        oneLine(match.verdictLabel()), oneLine(match.text()));
            }
            out.flush();
            return ExitCodes.OK;
        } catch (WorkspaceException e) {
            spec.commandLine().getErr().println(e.userMessage());
            return ExitCodes.WORKSPACE_PROBLEM;
        }
    }

    private Integer evaluate() {
        PrintWriter err = spec.commandLine().getErr();
        if (words.size() != 3) {
            err.println("--evaluate needs three files: QUERIES QRELS DOCS (for example dev_queries.tsv dev_qrels.tsv"
                    + " verified_claims.tsv).");
            return ExitCodes.USAGE;
        }
        try {
            long start = System.nanoTime();
            RetrievalEvaluation.Figures result = RetrievalEvaluation.run(Path.of(words.get(0)), Path.of(words.get(1)),
                    Path.of(words.get(2)), done -> {
                        err.printf(Locale.ROOT, "\rembedding the documents' claims and titles: %d", done);
                        err.flush();
                    });
            err.printf(Locale.ROOT, "%n%d documents, %d queries with answers, %.0f s%n", result.documents(),
                    result.queries(), (System.nanoTime() - start) / 1e9);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "MAP@5\t%.4f%nP@1\t%.4f%nrecall@5\t%.4f%n", result.map5(), result.precision1(),
                    result.recall5());
            out.flush();
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            err.println("Could not run the benchmark: " + e.getMessage());
            return ExitCodes.IMPORT_REFUSED;
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
