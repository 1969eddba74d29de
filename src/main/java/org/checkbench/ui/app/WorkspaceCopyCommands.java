package org.checkbench.ui.app;

import java.util.List;

import org.checkbench.model.TeamServer;
import org.checkbench.service.BundleService;
import org.checkbench.ui.article.OpenArticle;

/**
 * Moving work between a local workspace file and a team workspace from the window (issue 16), as
 * {@code checkbench team copy-in} and {@code copy-out} do on the command line: File > Copy workspace
 * to team server… while a local file is open, File > Copy to local workspace file… while a team
 * workspace is. The open article is saved first (the copy is queued behind that save on the worker),
 * and the workspace being copied from is never changed.
 */
final class WorkspaceCopyCommands {

    private WorkspaceCopyCommands() {
    }

    /** Every article of this local workspace into a team workspace; then offers to switch to it. */
    static void copyToTeam(MainWindow window) {
        window.dialogs().showCustomDialogAndWait(TeamConnectDialog.create(null, "Copy workspace to team server",
                "Every article of this workspace, with its revisions, claims, evidence and links, is copied\n"
                        + "into the team workspace on your newsroom's PostgreSQL server. This file stays as it is.", "Copy"))
                .ifPresent(request -> {
                    saveOpenArticle(window);
                    window.workspace().copyToTeam(request.server(), request.password(), copied -> {
                        String where = teamName(copied.team().team().orElse(request.server()));
                        boolean open = window.dialogs().choose("Copied to the team workspace",
                                copySummary(copied.copied(), where) + "\n\nOpen the team workspace now? This file stays"
                                        + " as it is; the team workspace is also under File > Open recent workspace.",
                                "Open the team workspace", "Stay in this file");
                        if (open) {
                            window.workspace().switchTo(copied.team(), window::showArticle);
                        } else {
                            window.workspace().closeInBackground(copied.team());
                        }
                    });
                });
    }

    /** The open article, or every article, of this team workspace into a new local workspace file. */
    static void copyToFile(MainWindow window) {
        OpenArticle open = window.open();
        boolean onlyThisArticle = open != null && window.dialogs().choose("Copy to local workspace file",
                "Copy only \u201c" + open.article().title() + "\u201d, or every article of the team workspace?",
                "Only this article", "Every article");
        List<Long> articles = onlyThisArticle ? List.of(open.article().id()) : List.of();
        window.dialogs().chooseFileToSave("Copy to local workspace file", "team-copy.checkbench", "Checkbench workspaces",
                MainActions.WORKSPACE_FILES).map(MainActions::withExtension).ifPresent(file -> {
                    saveOpenArticle(window);
                    window.workspace().copyToNewFile(file, articles, copied -> window.dialogs().showInformation(
                            "Copied to a local workspace file", copySummary(copied, file.toString())
                                    + "\n\nOpen it with File > Open workspace…; the team workspace stays as it is."));
                });
    }

    private static void saveOpenArticle(MainWindow window) {
        if (window.open() != null) {
            window.open().saveNow();
        }
    }

    static String copySummary(BundleService.Imported copied, String where) {
        int count = copied.articleIds().size();
        return "Copied " + count + " article" + (count == 1 ? "" : "s") + " to " + where
                + (copied.alreadyThere() > 0 ? "; " + copied.alreadyThere() + " " + (copied.alreadyThere() == 1 ? "was" : "were")
                        + " already there and left as they were" : "")
                + ". Sources: " + copied.newEvidence() + " new, " + copied.mergedEvidence() + " already in its library.";
    }

    private static String teamName(TeamServer server) {
        return "the team workspace \u201c" + server.database() + "\u201d on " + server.host();
    }
}
