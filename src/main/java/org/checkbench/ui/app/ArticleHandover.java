package org.checkbench.ui.app;

import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.Problems;

/**
 * The steps of {@link MainWindow#showArticle} that hand the window from one article to the next
 * and need nothing of the window: letting the article shown until now go with its work saved,
 * typing back what a killed run left in the journal, and what the status bar then says.
 */
final class ArticleHandover {

    private ArticleHandover() {
    }

    /**
     * The article shown until now stops detecting (its answers would refer to it) and is saved; it is
     * closed unless the new bundle is the same article, whose journal already took over the same file.
     */
    static void leave(OpenArticle previous, WorkspaceActions.ArticleBundle next, DialogService dialogs) {
        if (previous == null) {
            return;
        }
        previous.stopDetection();
        boolean sameArticle = previous.session() == next.session()
                && previous.article().id() == next.loaded().article().id();
        if (sameArticle) {
            previous.saveNow();
        } else {
            previous.saveAndClose(() -> { }, failure -> Problems.show(dialogs, "Save your work", failure));
        }
    }

    /**
     * Keystrokes a killed run typed but did not save: made again, as edits (saved, undoable, claims
     * follow), then the journal that holds them is taken over; it is not appended to while they are
     * made again, or they would be in it twice.
     */
    static void replayRecovered(OpenArticle article, WorkspaceActions.ArticleBundle bundle) {
        var edits = bundle.recovered();
        for (var edit : edits) {
            article.surface().replace(edit.position(), edit.position() + edit.removed(), edit.inserted());
        }
        if (!edits.isEmpty()) {
            bundle.journal().resume(bundle.loaded().article().currentText(), edits);
        }
        article.useJournal(bundle.journal());
    }

    /**
     * As the window starts building the article's screen: the part detected ahead starts beside that
     * build ({@link WorkspaceActions.ArticleBundle#ahead}, ADR 0118), or stops when the article is not
     * shown; one shown without such a part has the detection's encoder start loading now (ADR 0117).
     */
    static void detectFirstPart(WorkspaceActions.ArticleBundle bundle, boolean shown) {
        org.checkbench.service.OpeningTimeline.step("the window starts building the article's screen");
        if (bundle.ahead() != null) {
            if (shown) {
                bundle.ahead().begin();
            } else {
                bundle.ahead().stop();
            }
        } else if (shown && bundle.ahead() == null) {
            org.checkbench.service.FirstPartAhead.loadEncoderFor(bundle.session(), bundle.loaded().article().currentText());
        }
    }

    /**
     * The article's screen is built: what was detected ahead and stored by now is shown with it, before
     * the article counts as shown and before the screen's first pulse, which styles, lays out and
     * paints both (ADR 0176); then {@code then} runs.
     */
    static void shown(OpenArticle article, Runnable then) {
        article.suggestions().showAheadStored();
        org.checkbench.service.OpeningTimeline.step("what waits for the article shown starts");
        then.run();
    }

    /** The status bar once the article is shown: where it came from, or how many lost keystrokes came back. */
    static String shownMessage(WorkspaceActions.ArticleBundle bundle) {
        String title = bundle.loaded().article().title();
        int recovered = bundle.recovered().size();
        return recovered == 0
                ? "Opened “" + title + "” from " + bundle.session().file().getFileName()
                : "Recovered " + recovered + (recovered == 1 ? " edit" : " edits") + " typed into “" + title
                        + "” before Checkbench stopped (Ctrl+Z takes them back)";
    }
}
