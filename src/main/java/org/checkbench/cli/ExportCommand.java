package org.checkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

import org.checkbench.service.ClaimReviewCheck;
import org.checkbench.service.ExportService;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.store.WorkspaceException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench export --workspace W --article ID --format F --out FILE}: an article's work in
 * one of the newsroom formats. ClaimReview lists the claims it left out (a required field missing)
 * and those written without a recommended field on stderr.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export an article as a marked-up Word copy, ClaimReview JSON-LD, CSV, a workspace bundle"
                + " or W3C Web Annotations.")
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--workspace", paramLabel = "FILE", required = true, description = "The workspace file.")
    Path workspace;

    @Option(names = "--article", paramLabel = "ID", required = true, split = ",",
            description = "The article's id (a bundle takes several: 3,5,8).")
    List<Long> articleIds;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "docx, claimreview, csv, links-csv, bundle or annotations.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write; a file already there is replaced.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        ExportService.Format exportFormat = switch (chosen) {
            case "docx" -> ExportService.Format.DOCX;
            case "claimreview" -> ExportService.Format.CLAIMREVIEW;
            case "csv" -> ExportService.Format.CSV;
            case "links-csv" -> ExportService.Format.LINKS_CSV;
            case "annotations" -> ExportService.Format.ANNOTATIONS;
            default -> null;
        };
        if (exportFormat == null && !chosen.equals("bundle")) {
            err.println("'" + format + "' is not an export format. Use docx, claimreview, csv, links-csv, bundle or"
                    + " annotations.");
            return ExitCodes.USAGE;
        }
        try (WorkspaceSession session = WorkspaceService.standard().openExisting(workspace)) {
            if (exportFormat == null) {
                session.bundles().export(articleIds, out);
                stdout.println("Wrote " + out + " (" + articleIds.size() + " article" + (articleIds.size() == 1 ? "" : "s")
                        + ")");
                return ExitCodes.OK;
            }
            if (articleIds.size() != 1) {
                err.println("Give one article for " + chosen + " (several only for a bundle).");
                return ExitCodes.USAGE;
            }
            ExportService.Exported result = session.exports().export(articleIds.get(0), exportFormat, out);
            if (result.claimReview() != null) {
                report(err, result.claimReview());
                if (!result.claimReview().wroteAnything()) {
                    err.println("Nothing was written: no claim has every field ClaimReview requires.");
                    return ExitCodes.NOTHING_TO_EXPORT;
                }
            }
            stdout.println("Wrote " + result.file() + " (" + result.claims() + " claim" + (result.claims() == 1 ? "" : "s")
                    + ")");
            return ExitCodes.OK;
        } catch (WorkspaceException e) {
            err.println(e.userMessage());
            return ExitCodes.WORKSPACE_PROBLEM;
        } catch (NoSuchElementException e) {
            err.println(e.getMessage());
            return ExitCodes.NO_SUCH_ARTICLE;
        } catch (IOException e) {
            err.println("Checkbench could not write " + out + " (" + e.getMessage() + "). Choose another place.");
            return ExitCodes.REPORT_NOT_WRITTEN;
        }
    }

    private static void report(PrintWriter err, ClaimReviewCheck result) {
        for (ClaimReviewCheck.Gap gap : result.leftOut()) {
            err.println("Left out claim " + gap.claimNumber() + " (\"" + shorten(gap.quote()) + "\"): missing "
                    + String.join("; ", gap.missing()));
        }
        for (ClaimReviewCheck.Gap gap : result.incomplete()) {
            err.println("Claim " + gap.claimNumber() + " written without recommended " + String.join("; ", gap.missing()));
        }
    }

    private static String shorten(String quote) {
        String oneLine = quote.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 59) + "…";
    }
}
