package org.checkbench.ui.app;

import org.checkbench.ui.article.ArticleDetailsDialog;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * File > Article details…: the article's details and its fact-check publication (ClaimReview's
 * organisation and address) are read on the worker, edited in one dialog, saved on the worker, and
 * the article is shown again (its verdict scale may have changed).
 */
final class ArticleDetailsEdit {

    private ArticleDetailsEdit() {
    }

    static void edit(MainWindow window) {
        OpenArticle current = window.open();
        if (current == null) {
            return;
        }
        TaskExecutor tasks = window.tasks();
        DialogService dialogs = window.dialogs();
        long articleId = current.article().id();
        tasks.run("Read the article details", () -> current.session().publications().publication(articleId),
                publication -> ArticleDetailsDialog.edit(dialogs, current.article(), publication).ifPresent(edited -> {
                    current.saveNow();
                    tasks.run("Save the article details", () -> {
                        current.session().publications().savePublication(edited.publication());
                        return current.session().articles().updateDetails(edited.article());
                    }, saved -> window.workspace().openArticle(saved.id(), window::showArticle),
                            failure -> Problems.show(dialogs, "Save the article details", failure));
                }), failure -> Problems.show(dialogs, "Read the article details", failure));
    }
}
