package org.checkbench.ui.app;

import javafx.stage.Window;

import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.editor.ClaimEditorController;
import org.checkbench.ui.revisions.RevisionActions;

/** What the revision commands need from the main window: its article, reopening it, the status bar. */
final class RevisionHost implements RevisionActions.Host {

    private final MainWindow window;

    RevisionHost(MainWindow window) {
        this.window = window;
    }

    @Override
    public Window owner() {
        return window.stage();
    }

    @Override
    public OpenArticle open() {
        return window.open();
    }

    @Override
    public void reopen(long articleId, Runnable afterShown) {
        window.workspace().openArticle(articleId, bundle -> {
            window.showArticle(bundle);
            afterShown.run();
        });
    }

    @Override
    public void status(String text) {
        window.statusBar().setText(text);
    }

    @Override
    public javafx.beans.value.ObservableBooleanValue textEditable() {
        return window.editor().area().editableProperty();
    }

    @Override
    public ClaimEditorController claimsInEditor() {
        return window.claimsInEditor();
    }
}
