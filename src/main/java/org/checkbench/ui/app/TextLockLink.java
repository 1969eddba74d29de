package org.checkbench.ui.app;

import java.util.List;
import java.util.Optional;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.util.Duration;

import org.checkbench.model.TeamChange;
import org.checkbench.service.TextLock;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.store.TextLocks;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.editor.ArticleEditor;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * The window's side of one editor at a time for an article's text on a team workspace (ADR 0150).
 * The first keystroke takes the text (on the worker); while someone else holds it the editor takes
 * no typing, a notice above it names them and says what still works, and their saves appear in
 * it as they land (through the change feed). The text is given back when this checker has not
 * typed for {@link #IDLE_RELEASE}, opens another article or closes the window. A local workspace
 * is not affected.
 */
final class TextLockLink {

    /** Holding the text without typing this long gives it back, so a colleague can take it. */
    static final Duration IDLE_RELEASE = Duration.seconds(60);
    /** While someone else holds the text, whether they still do is read this often (a crashed window sends nothing). */
    static final Duration RECHECK = Duration.seconds(5);

    private final TaskExecutor tasks;
    /** The status line: a read that failed says so there (the next change or recheck tries again). */
    private final java.util.function.Consumer<String> status;
    private final ArticleEditor editor;
    private final Label notice = new Label();
    private final PauseTransition idle = new PauseTransition(IDLE_RELEASE);
    private final Timeline recheck = new Timeline(new KeyFrame(RECHECK, event -> refresh()));
    private WorkspaceSession session;
    private WorkspaceSession heardLossesOf;
    private OpenArticle open;
    private long articleId;
    private boolean holding;
    private boolean taking;
    /** Who holds the text while this window may not type; null when it may. */
    private String heldBy;

    TextLockLink(TaskExecutor tasks, ArticleEditor editor, java.util.function.Consumer<String> status) {
        this.tasks = tasks;
        this.status = status;
        this.editor = editor;
        notice.setId("textLockNotice");
        notice.getStyleClass().add("text-lock-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        hideNotice();
        recheck.setCycleCount(Animation.INDEFINITE);
        idle.setOnFinished(event -> giveBackWhenSaved());
    }

    /** The notice "Being edited by A — …", placed above the editor; hidden while this window may type. */
    Label notice() {
        return notice;
    }

    /** The window shows {@code article} of {@code shown} (FX thread). */
    void follow(WorkspaceSession shown, OpenArticle article, long shownArticleId) {
        if (article == open) {
            return;
        }
        leave();
        session = shown;
        open = article;
        articleId = shownArticleId;
        Optional<TextLock> lock = shown.textLock();
        if (lock.isEmpty()) {
            return;
        }
        if (heardLossesOf != shown) {
            heardLossesOf = shown;
            lock.get().onLost(lost -> Platform.runLater(() -> {
                if (session == shown && lost == articleId) {
                    refresh();
                }
            }));
        }
        article.onOwnTextEdit(this::typed);
        article.onTextRefused(refusal -> {
            if (open == article) {
                othersHold(refusal.who(), true);
                showTheirText();
            }
        });
        refresh();
    }

    /** This checker changed the text: the first change takes it. */
    private void typed() {
        if (session == null || session.textLock().isEmpty()) {
            return;
        }
        idle.playFromStart();
        if (holding || taking || heldBy != null) {
            return; // held already, or someone else's: the save will be refused and say so
        }
        taking = true;
        OpenArticle article = open;
        TextLock lock = session.textLock().get();
        long id = articleId;
        tasks.run("Take the article's text", () -> lock.take(id), holder -> {
            taking = false;
            if (open != article) {
                return;
            }
            if (holder.mine()) {
                holding = true;
            } else {
                othersHold(holder.who(), true);
                showTheirText();
            }
        }, failure -> taking = false); // offline: the save says so, and tries again
    }

    /** Others' changes, as the feed brings them (FX thread): the lock or the text of the article shown. */
    void changed(WorkspaceSession followed, List<TeamChange> changes) {
        if (followed != session || open == null || session.textLock().isEmpty()) {
            return;
        }
        boolean lockChanged = false;
        boolean textSaved = false;
        for (TeamChange change : changes) {
            if (change.articleId() != articleId) {
                continue;
            }
            if (change.table().equals("article_text_lock")) {
                lockChanged = true;
            } else if (change.table().equals("article") && change.operation().equals("UPDATE")
                    && !change.by().equals(session.checker())) {
                textSaved = true;
            }
        }
        if (lockChanged) {
            refresh();
        }
        if (textSaved && !holding) {
            showTheirText();
        }
    }

    /** The server answers again: who holds the text is read again (this window's may have expired). */
    void serverBack(WorkspaceSession followed) {
        if (followed == session) {
            refresh();
        }
    }

    /** Reads who holds the text, off the FX thread, and lets the editor take typing or not. */
    private void refresh() {
        if (session == null || session.textLock().isEmpty()) {
            return;
        }
        OpenArticle article = open;
        TextLock lock = session.textLock().get();
        long id = articleId;
        tasks.run("Read who edits the text", () -> lock.holder(id), holder -> {
            if (open != article) {
                return;
            }
            if (holder.isEmpty()) {
                holding = false;
                mayType();
            } else if (holder.get().mine()) {
                if (!holding) {
                    idle.playFromStart(); // taken by a new draft or a restored revision: given back like typing
                }
                holding = true;
                mayType();
            } else {
                holding = false;
                othersHold(holder.get().who(), false);
            }
        }, failure -> status.accept("Could not read who edits the text: "
                + org.checkbench.ui.fx.Problems.whatHappened(failure)));
    }

    /** The text as the other checker last saved it, shown in place (their saves land as they are made). */
    private void showTheirText() {
        OpenArticle article = open;
        WorkspaceSession reading = session;
        long id = articleId;
        tasks.run("Show the text another checker saved", () -> reading.articles().currentText(id), text -> {
            // Not over this checker's first keystrokes: a take on its way means they are typing.
            if (open == article && !holding && !taking) {
                article.othersText(text);
            }
        }, failure -> status.accept("The text another checker saved could not be read: "
                + org.checkbench.ui.fx.Problems.whatHappened(failure) + " (it shows with their next save)"));
    }

    private void othersHold(String who, boolean typingLost) {
        holding = false;
        heldBy = who.isEmpty() ? "someone else" : who;
        editor.area().setEditable(false);
        notice.setText("Being edited by " + heldBy + " — you can still mark claims, set verdicts, add evidence."
                + (typingLost ? " " + heldBy + " started first, so what you just typed was not saved." : "")
                + " Their changes appear here as they save them.");
        notice.setVisible(true);
        notice.setManaged(true);
        if (recheck.getStatus() != Animation.Status.RUNNING) {
            recheck.play();
        }
    }

    private void mayType() {
        heldBy = null;
        if (!editor.area().isDisabled()) {
            editor.area().setEditable(true);
        }
        hideNotice();
        recheck.stop();
    }

    private void hideNotice() {
        notice.setVisible(false);
        notice.setManaged(false);
    }

    /** Not typed for a while: the text is saved, then given back for the next to type. */
    private void giveBackWhenSaved() {
        if (!holding || open == null) {
            return;
        }
        OpenArticle article = open;
        TextLock lock = session.textLock().orElseThrow();
        long id = articleId;
        article.saveNow(() -> {
            if (open == article && holding) {
                holding = false;
                tasks.run("Give back the article's text", () -> {
                    lock.release(id);
                    return true;
                }, done -> { }, failure -> { });
            }
        }, failure -> { });
    }

    /** The window shows another article, another workspace, or closes: the text held is given back after its save. */
    void leave() {
        idle.stop();
        recheck.stop();
        if (holding && session != null && session.textLock().isPresent() && !session.isClosed()) {
            TextLock lock = session.textLock().get();
            long id = articleId;
            tasks.run("Give back the article's text", () -> {
                lock.release(id);
                return true;
            }, done -> { }, failure -> { });
        }
        holding = false;
        taking = false;
        open = null;
        session = null;
        mayType();
    }
}
