package org.checkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.checkbench.model.ArticleSummary;
import org.checkbench.model.Suggestion;
import org.checkbench.service.LoadedArticle;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;

/**
 * Opening, creating and backing up workspaces and bringing articles into them, all on the worker.
 * A workspace that cannot be opened leaves the current one open and untouched.
 */
final class WorkspaceActions {

    /** Everything the window needs to show an article, loaded off the FX thread. */
    record ArticleBundle(WorkspaceSession session, LoadedArticle loaded, Map<Long, Integer> evidenceCounts,
            List<Suggestion> suggestions) {
    }

    /** An article file that could not be imported while the workspace itself opened fine. */
    private record Opened(ArticleBundle bundle, RuntimeException articleProblem) {
    }

    private final WorkspaceService service;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private WorkspaceSession session;

    WorkspaceActions(WorkspaceService service, BackgroundTasks tasks, DialogService dialogs) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    WorkspaceSession session() {
        return session;
    }

    List<Path> recentWorkspaces() {
        return service.recentWorkspaces();
    }

    /**
     * Opens a workspace (the default one for null), then the article file if given, else the most
     * recent article, importing the sample into an empty workspace.
     */
    void open(Path workspace, Path articleFile, boolean createIfMissing, Consumer<ArticleBundle> then) {
        WorkspaceSession previous = session;
        tasks.run("Open the workspace", () -> {
            WorkspaceSession opened = workspace == null ? service.openDefault()
                    : createIfMissing ? service.open(workspace) : service.openExisting(workspace);
            try {
                RuntimeException articleProblem = null;
                long articleId;
                try {
                    articleId = articleFile != null ? opened.articles().importFile(articleFile, null).id()
                            : firstArticle(opened);
                } catch (org.checkbench.service.ArticleImportException e) {
                    // A bad article file must not cost the checker their workspace: show the latest article.
                    articleProblem = e;
                    articleId = firstArticle(opened);
                }
                Opened result = new Opened(load(opened, articleId), articleProblem);
                if (previous != null && previous != opened) {
                    previous.close();
                }
                return result;
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, result -> {
            session = result.bundle().session();
            then.accept(result.bundle());
            if (result.articleProblem() != null) {
                Problems.show(dialogs, "Open the article", result.articleProblem());
            }
        }, failure -> Problems.show(dialogs, "Open the workspace", failure));
    }

    /** File > New workspace…: a fresh file, with the sample article so there is something to see. */
    void createNew(Path file, Consumer<ArticleBundle> then) {
        WorkspaceSession previous = session;
        tasks.run("Create a workspace", () -> {
            WorkspaceSession created = service.createNew(file);
            if (previous != null) {
                previous.close();
            }
            return load(created, firstArticle(created));
        }, bundle -> {
            session = bundle.session();
            then.accept(bundle);
        }, failure -> Problems.show(dialogs, "Create the workspace", failure));
    }

    /** File > Open article…: imports a text file into the open workspace and shows it. */
    void importArticle(Path file, Consumer<ArticleBundle> then) {
        WorkspaceSession current = session;
        tasks.run("Import the article", () -> load(current, current.articles().importFile(file, null).id()), then,
                failure -> Problems.show(dialogs, "Import the article", failure));
    }

    void openArticle(long articleId, Consumer<ArticleBundle> then) {
        WorkspaceSession current = session;
        tasks.run("Open the article", () -> load(current, articleId), then,
                failure -> Problems.show(dialogs, "Open the article", failure));
    }

    /** The articles, most recent first, with the review state of those that were ever sent for review. */
    void listArticles(java.util.function.BiConsumer<List<ArticleSummary>, java.util.Map<Long,
            org.checkbench.model.ReviewState>> then) {
        WorkspaceSession current = session;
        tasks.run("List the articles", () -> new ArticleList(current.articles().list(),
                current.reviews().statesOfAllArticles()), list -> then.accept(list.articles(), list.states()),
                failure -> Problems.show(dialogs, "List the articles", failure));
    }

    private record ArticleList(List<ArticleSummary> articles, java.util.Map<Long, org.checkbench.model.ReviewState> states) {
    }

    void backUp(Path target) {
        WorkspaceSession current = session;
        tasks.run("Back up the workspace", () -> {
            current.backupTo(target);
            return target;
        }, done -> dialogs.showInformation("Backup made", "The workspace was copied to " + done + "."),
                failure -> Problems.show(dialogs, "Back up the workspace", failure));
    }

    /** Ctrl+S: whatever is committed goes to the disk now. */
    void flush() {
        WorkspaceSession current = session;
        if (current != null) {
            tasks.run("Save", () -> {
                current.flush();
                return true;
            }, done -> { }, failure -> Problems.show(dialogs, "Save", failure));
        }
    }

    void close() {
        WorkspaceSession current = session;
        session = null;
        if (current != null) {
            tasks.run("Close the workspace", () -> {
                current.close();
                return true;
            }, done -> { }, failure -> { });
        }
    }

    private static long firstArticle(WorkspaceSession session) {
        session.articles().importSampleIfEmpty();
        return session.articles().list().get(0).id();
    }

    private static ArticleBundle load(WorkspaceSession session, long articleId) {
        return new ArticleBundle(session, session.articles().load(articleId),
                session.evidence().countsForArticle(articleId), session.suggestions().list(articleId));
    }
}
