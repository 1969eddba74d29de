package org.checkbench.cli;

import java.io.PrintWriter;

import org.checkbench.model.RevisionInfo;
import org.checkbench.service.WorkspaceSession;

import picocli.CommandLine.Command;

/** {@code checkbench revisions --workspace W --article ID}: the article's revisions, oldest first. */
@Command(name = "revisions", mixinStandardHelpOptions = true,
        description = {"List an article's revisions, oldest first (tab-separated): number, date (UTC),"
                + " who imported it (- when not recorded), words added, words removed, note."})
public final class RevisionsCommand extends ArticleCommand {

    @Override
    int run(WorkspaceSession session, PrintWriter out, PrintWriter err) {
        for (RevisionInfo revision : session.drafts().revisions(articleId)) {
            out.println(String.join("\t", String.valueOf(revision.number()), revision.created().toString(),
                    revision.importedBy().isEmpty() ? "-" : field(revision.importedBy()),
                    String.valueOf(revision.wordsAdded()), String.valueOf(revision.wordsRemoved()),
                    field(revision.note())));
        }
        return ExitCodes.OK;
    }
}
