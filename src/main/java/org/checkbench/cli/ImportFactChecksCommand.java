package org.checkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.checkbench.io.claimreview.FactCheckFile;
import org.checkbench.io.claimreview.FactCheckFileException;
import org.checkbench.service.FactCheckImportReport;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.store.WorkspaceException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench import-factchecks --workspace W FILE}: adds published fact-checks (ClaimReview
 * JSON-LD or CSV) to the workspace's collections, then computes their sentence vectors.
 */
@Command(name = "import-factchecks", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = {
            "Import published fact-checks into the workspace: ClaimReview JSON-LD (one object, an array, a DataFeed,"
                    + " Google Fact Check Tools' claims) or CSV with a header (claim, rating, url, publisher, date).",
            "Entries found again (same address and claim) are updated, not duplicated; unusable entries are listed"
                    + " on standard error and skipped. Prints the counts."})
public final class ImportFactChecksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "FILE", description = "The workspace; created if missing"
            + " (default: the one in your data folder).")
    Path workspace;

    @Option(names = "--collection", paramLabel = "NAME", description = "The collection's name (default: the file's name).")
    String collection;

    @Parameters(paramLabel = "FILE", description = "The fact-checks: .json / .jsonld or .csv.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WorkspaceService service = WorkspaceService.standard();
        try (WorkspaceSession session = workspace != null ? service.open(workspace) : service.openDefault()) {
            FactCheckImportReport report = session.factChecks().importFile(file, collection);
            for (FactCheckFile.Problem problem : report.skipped()) {
                err.println("skipped " + problem);
            }
            long start = System.nanoTime();
            int embedded = session.matching().embedPending(null, () -> false);
            session.flush();
            out.println(report.collection() + ": " + report.summary());
            out.printf(Locale.ROOT, "%d embedded for matching in %.1f s%n", embedded, (System.nanoTime() - start) / 1e9);
            out.flush();
            err.flush();
            return ExitCodes.OK;
        } catch (WorkspaceException e) {
            err.println(e.userMessage());
            return ExitCodes.WORKSPACE_PROBLEM;
        } catch (FactCheckFileException e) {
            err.println(file + ": " + e.getMessage());
            return ExitCodes.IMPORT_REFUSED;
        }
    }
}
