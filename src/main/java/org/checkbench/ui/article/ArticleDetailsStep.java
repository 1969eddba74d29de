package org.checkbench.ui.article;

import java.util.List;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.undo.UndoHistory;

/**
 * File > Article details…: title, outlet, author, address, date, language and scale, saved on the
 * worker and shown in place (the article is not opened again, so its undo history stays). Undo
 * puts back the details as they were just before, read on the worker in the order of the writes.
 */
final class ArticleDetailsStep implements UndoHistory.Step {

    /** The details as stored, and the claims when a new scale moved them to its first value. */
    record Saved(Article article, List<Claim> claims) {
    }

    private final OpenArticle open;
    private final Article edited;
    // Written by the worker as the change runs; read by the undo, queued after it on the same worker.
    private volatile Article before;

    ArticleDetailsStep(OpenArticle open, Article edited) {
        this.open = open;
        this.edited = edited;
    }

    @Override
    public String description() {
        return "Edit article details";
    }

    void run() {
        WorkspaceSession session = open.session();
        long articleId = open.article().id();
        open.saveNow();
        open.tasks().run("Save the article details", () -> {
            before = session.articles().load(articleId).article();
            return save(session, edited);
        }, open::detailsFromStore, open.onFailure());
    }

    @Override
    public void undo() {
        WorkspaceSession session = open.session();
        open.saveNow();
        open.tasks().run("Undo the article details", () -> before == null ? null : save(session, before),
                saved -> {
                    if (saved != null) {
                        open.detailsFromStore(saved);
                    }
                }, open.onFailure());
    }

    @Override
    public void redo() {
        run();
    }

    private static Saved save(WorkspaceSession session, Article details) {
        Article stored = session.articles().load(details.id()).article();
        Article saved = session.articles().updateDetails(details);
        List<Claim> claims = saved.scaleId().equals(stored.scaleId()) ? List.of() : session.claims().forArticle(saved.id());
        return new Saved(saved, claims);
    }
}
