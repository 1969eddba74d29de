package org.checkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.checkbench.model.WordDiff.Piece;
import org.checkbench.model.RevisionInfo;
import org.checkbench.service.RevisionComparison;
import org.checkbench.service.WorkspaceSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code checkbench diff --workspace W --article ID --from N --to M}: two revisions compared word
 * by word, printed as git's word diff prints them.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two revisions of an article word by word.",
            "First line: a summary (words added and removed, changes, the claims they touch, by number);"
                    + " then revision M's text with [-deleted words-] and {+inserted words+} as git's word diff"
                    + " shows them."})
public final class DiffCommand extends ArticleCommand {

    @Option(names = "--from", paramLabel = "N", required = true, description = "The earlier revision's number.")
    int from;

    @Option(names = "--to", paramLabel = "M", required = true, description = "The later revision's number.")
    int to;

    @Override
    int run(WorkspaceSession session, PrintWriter out, PrintWriter err) {
        List<RevisionInfo> revisions = session.drafts().revisions(articleId);
        for (int number : new int[] {from, to}) {
            if (revisions.stream().noneMatch(r -> r.number() == number)) {
                throw new CliProblem(ExitCodes.USAGE, "The article has no revision " + number + "; its revisions are 1 to "
                        + revisions.size() + " (see: checkbench revisions).");
            }
        }
        RevisionComparison comparison = session.drafts().compare(articleId, from, to);
        TreeSet<Integer> touched = new TreeSet<>();
        comparison.touched().forEach(list -> list.forEach(c -> touched.add(c.number())));
        out.println("# revision " + from + " -> " + to + ": " + comparison.diff().wordsAdded() + " words added, "
                + comparison.diff().wordsRemoved() + " removed, " + comparison.changeCount() + " changes; claims touched: "
                + (touched.isEmpty() ? "none" : touched.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        StringBuilder text = new StringBuilder();
        for (Piece piece : comparison.diff().pieces()) {
            switch (piece.kind()) {
                case EQUAL -> text.append(piece.text());
                case DELETED -> text.append("[-").append(piece.text()).append("-]");
                case INSERTED -> text.append("{+").append(piece.text()).append("+}");
            }
        }
        out.println(text);
        return ExitCodes.OK;
    }
}
