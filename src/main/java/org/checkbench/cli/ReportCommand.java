package org.checkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.checkbench.model.Verdict;
import org.checkbench.model.VerdictScale;
import org.checkbench.report.ReportWriteException;
import org.checkbench.service.ExportedReport;
import org.checkbench.service.ReportProgress;
import org.checkbench.service.ReportRequest;
import org.checkbench.service.SourcePolicy;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench report --workspace FILE --article ID --out FILE.pdf}: the check report of one
 * article, rendered by the same code as File > Export check report. Prints where it was written
 * and how many pages it has; characters no bundled font can draw are named on stderr.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Export an article's check report as a PDF.")
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--workspace", paramLabel = "FILE", required = true, description = "The workspace file.")
    Path workspace;

    @Option(names = "--article", paramLabel = "ID", required = true,
            description = "The article's id (import prints it; so does the window's article list).")
    long articleId;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true,
            description = "Where to write the PDF; a file already there is replaced.")
    Path out;

    @Option(names = "--checker", paramLabel = "NAME",
            description = "Who prepares the report, on the cover (default: your user name). Who checked"
                    + " each claim comes from the workspace's history.")
    String checker;

    @Option(names = "--embed-files",
            description = "Put the sources' attached files into the PDF (PDF/A-3), so the report is the complete record.")
    boolean embedFiles;

    @Option(names = "--sources-required", paramLabel = "N", defaultValue = "2",
            description = "Independent sources a confirmed claim needs before it stops being flagged"
                    + " (default: ${DEFAULT-VALUE}).")
    int sourcesRequired;

    @Option(names = "--no-article-text", description = "Leave out the article with its highlighted claims.")
    boolean noArticleText;

    @Option(names = "--status", paramLabel = "ID", arity = "1..*",
            description = "Only claims with these statuses, by id (e.g. needs-correction disputed).")
    List<String> statuses = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ReportWriteException {
        PrintWriter err = spec.commandLine().getErr();
        if (sourcesRequired < 1) {
            throw new CliProblem(ExitCodes.USAGE, "--sources-required must be 1 or more.");
        }
        try (WorkspaceSession session = WorkspaceService.standard().openExisting(workspace)) {
            Optional<String> missing = ArticleCommand.missingArticleMessage(session, articleId);
            if (missing.isPresent()) {
                throw new CliProblem(ExitCodes.NO_SUCH_ARTICLE, missing.get());
            }
            VerdictScale scale = session.articles().load(articleId).scale();
            Set<String> labels = new HashSet<>();
            for (String status : statuses) {
                Optional<Verdict> verdict = scale.find(status.strip());
                if (verdict.isEmpty()) {
                    throw new CliProblem(ExitCodes.USAGE, "'" + status + "' is not a status of the " + scale.name()
                            + " scale this article uses. Its statuses are: " + scale.values().stream().map(Verdict::id)
                                    .collect(Collectors.joining(", ")) + ".");
                }
                labels.add(verdict.get().label());
            }
            SourcePolicy policy = new SourcePolicy(sourcesRequired, SourcePolicy.DEFAULT.staleAfterDays());
            ReportRequest request = new ReportRequest(!noArticleText, labels, checker, embedFiles, policy);
            ExportedReport report = session.reports().export(articleId, request, out, ReportProgress.NONE);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("Wrote " + report.file() + " (" + report.pageCount()
                    + (report.pageCount() == 1 ? " page)" : " pages)"));
            if (report.hasMissingGlyphs()) {
                err.println("Warning: " + report.missingGlyphsMessage());
            }
            return ExitCodes.OK;
        }
    }
}
