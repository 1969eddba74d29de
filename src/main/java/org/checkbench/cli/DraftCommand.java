package org.checkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import org.checkbench.model.CarriedClaim;
import org.checkbench.service.DraftImport;
import org.checkbench.service.WorkspaceSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code checkbench draft --workspace W --article ID FILE [--note TEXT]}: the writer's new draft
 * becomes the article's next revision, every claim is carried into it, and one line per claim
 * says what became of it.
 */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = {"Store FILE as the article's new revision and carry its claims into it.",
            "Prints one line per claim (tab-separated): number, outcome (unchanged, changed, orphaned),"
                    + " old start, old end, new start, new end (- when orphaned), similarity, quote.",
            "Offsets are UTF-16 code units; numbers are the claim list's after the draft; the quote is the"
                    + " claim's words now (its old words when orphaned), with tabs and line breaks as \\t and \\n."})
public final class DraftCommand extends ArticleCommand {

    @Parameters(paramLabel = "FILE", description = "The new draft: any text file import accepts.")
    Path file;

    @Option(names = "--note", paramLabel = "TEXT", description = "What this revision is (default: where it came from).")
    String note;

    @Override
    int run(WorkspaceSession session, PrintWriter out, PrintWriter err) {
        DraftImport draft = session.drafts().importDraft(articleId, file, note);
        session.flush();
        for (CarriedClaim carried : draft.outcomes()) {
            out.println(line(draft.numberOf(carried.claimId()), carried));
        }
        return ExitCodes.OK;
    }

    static String line(int number, CarriedClaim carried) {
        boolean orphaned = carried.isOrphaned();
        return String.join("\t", String.valueOf(number), carried.outcome().name().toLowerCase(Locale.ROOT),
                String.valueOf(carried.oldStart()), String.valueOf(carried.oldEnd()),
                orphaned ? "-" : String.valueOf(carried.newStart()), orphaned ? "-" : String.valueOf(carried.newEnd()),
                String.format(Locale.ROOT, "%.2f", carried.similarity()),
                field(orphaned ? carried.oldQuote() : carried.newQuote()));
    }
}
