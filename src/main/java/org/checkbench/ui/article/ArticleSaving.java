package org.checkbench.ui.article;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

import org.checkbench.model.Claim;
import org.checkbench.service.ArticleClaims;
import org.checkbench.service.TypingJournal;

/**
 * When the open article's text and moved claims go to the database: once typing pauses
 * ({@link #SAVE_DELAY}), during steady typing at most {@link #MAX_SAVE_WAIT} after the first
 * unsaved keystroke, and at once before any claim action, Ctrl+S, switching or quitting. Every
 * keystroke is also appended to the typing journal as it is made (ADR 0134). The writes run on the
 * worker in the order they were asked for, so a save never overtakes the action that follows it.
 */
final class ArticleSaving {

    static final Duration SAVE_DELAY = Duration.millis(400);

    /**
     * Someone typing steadily never pauses {@link #SAVE_DELAY}: the text is saved this long after
     * the first unsaved keystroke anyway, leaving time for the background write inside the
     * promised second (issue 17: a 9 s burst of typing was all lost in a crash).
     */
    static final Duration MAX_SAVE_WAIT = Duration.millis(600);

    /** A close saves again this often when an earlier save failed behind its back. */
    private static final int CLOSE_SAVE_ATTEMPTS = 3;

    private final OpenArticle open;
    private final ArticleClaims current;
    private final Set<Long> unsavedClaims = new LinkedHashSet<>();
    private final PauseTransition saveDelay = new PauseTransition(SAVE_DELAY);
    private final PauseTransition saveDeadline = new PauseTransition(MAX_SAVE_WAIT);
    private final SaveCosts costs = new SaveCosts();
    private boolean textUnsaved;
    /** {@link System#nanoTime()} of the oldest edit not yet sent to be saved, for {@link SaveCosts}. */
    private long oldestUnsavedAt;
    private TypingJournal journal;
    /** The first place an edit since the last save touched: every claim ending after it may have moved. */
    private int movedFrom = Integer.MAX_VALUE;
    /** Saves queued on the worker and not yet answered (counted on the FX thread). */
    private int savesInFlight;
    /** A timed save came due while another was in flight: it runs when that one is answered. */
    private boolean timedSaveWaiting;

    ArticleSaving(OpenArticle open, ArticleClaims current) {
        this.open = open;
        this.current = current;
        saveDelay.setOnFinished(event -> timedSave());
        saveDeadline.setOnFinished(event -> timedSave());
    }

    SaveCosts costs() {
        return costs;
    }

    void useJournal(TypingJournal typing) {
        this.journal = typing;
    }

    /** On disk before anything else happens to the keystroke (ADR 0134). */
    void journal(int position, int removedLength, String inserted) {
        if (journal != null) {
            long before = System.nanoTime();
            journal.append(position, removedLength, inserted);
            costs.journalNanos += System.nanoTime() - before;
            costs.journalAppends++;
        }
    }

    /** The text changed (typing, undo, a replacement) and with it these claims. */
    void textChanged(Collection<Long> changedClaims) {
        if (!textUnsaved) {
            oldestUnsavedAt = System.nanoTime();
        }
        textUnsaved = true;
        unsavedClaims.addAll(changedClaims);
        scheduleSave();
    }

    /** The text changed at {@code position}: claims after it moved, and are saved with the text. */
    void textMoved(int position) {
        movedFrom = Math.min(movedFrom, position);
    }

    /** These claims changed on screen without a text change (put back by an undo). */
    void claimsChanged(Collection<Long> changedClaims) {
        unsavedClaims.addAll(changedClaims);
    }

    void forget(long claimId) {
        unsavedClaims.remove(claimId);
    }

    boolean textUnsaved() {
        return textUnsaved;
    }

    boolean hasUnsavedWork() {
        return textUnsaved || !unsavedClaims.isEmpty();
    }

    void saveNow() {
        saveNow(() -> { }, open.onFailure());
    }

    /**
     * A save the clock asked for. While an earlier save is still queued or running it waits for
     * that one instead of queuing behind it: on a busy machine or a long article a save can take
     * longer than {@link #MAX_SAVE_WAIT}, and each queued save held its own copy of the whole text
     * (issue 18: 200 copies of a 1 MB article, 430 MB, after 400 keys). The typing journal keeps
     * every keystroke on disk meanwhile. Saves asked for by an action, Ctrl+S or closing are never
     * held back: they must reach the worker before the action that follows them.
     */
    private void timedSave() {
        if (savesInFlight > 0) {
            timedSaveWaiting = true;
            return;
        }
        saveNow();
    }

    /** A save was answered (on the FX thread): a timed save that waited for it goes now. */
    private void saveAnswered() {
        savesInFlight--;
        if (savesInFlight == 0 && timedSaveWaiting) {
            timedSaveWaiting = false;
            if (hasUnsavedWork()) {
                saveNow();
            }
        }
    }

    /**
     * Saves and reports back on the FX thread. A failed save leaves the work marked unsaved, so the
     * next save (or quitting) tries again instead of losing it.
     */
    void saveNow(Runnable onSaved, Consumer<Throwable> onFailed) {
        saveDelay.stop();
        saveDeadline.stop();
        if (!hasUnsavedWork()) {
            // Nothing new, but the caller's answer must still wait for saves already on their way.
            open.tasks().run("Wait for pending saves", () -> true, done -> onSaved.run(), onFailed);
            return;
        }
        long fxStart = System.nanoTime();
        // Not a copy: the editor's immutable document, read on the worker (ADR 0116).
        TextSnapshot snapshot = open.surface().textSnapshot();
        costs.textNanos += System.nanoTime() - fxStart;
        TypingJournal saving = journal;
        long journalled = saving == null ? 0 : saving.count();
        // Each quote's context is taken from the text on the worker: a save after a keystroke near the
        // top of a long article moves thousands of claims.
        List<Claim> moved = current.claimsFor(unsavedClaims);
        int sentMovedFrom = movedFrom;
        if (movedFrom != Integer.MAX_VALUE) {
            for (Claim claim : current.liveFrom(movedFrom)) {
                if (!unsavedClaims.contains(claim.id())) {
                    moved.add(claim);
                }
            }
            movedFrom = Integer.MAX_VALUE;
        }
        textUnsaved = false;
        Set<Long> sent = new LinkedHashSet<>(unsavedClaims);
        unsavedClaims.clear();
        long articleId = open.article().id();
        SaveCosts counted = costs;
        long waitingSince = oldestUnsavedAt;
        var session = open.session();
        savesInFlight++;
        open.tasks().run("Save the article", () -> {
            long workerStart = System.nanoTime();
            // The lines as characters, not joined: the quotes' context is taken from them and the text
            // is encoded to UTF-8 once for the write and the journal's hash (ADR 0157).
            CharSequence text = snapshot.chars();
            String savedHash = session.articles().saveTypedText(articleId, text, ArticleClaims.withContextFrom(moved, text));
            if (saving != null) {
                saving.savedWithHash(savedHash, journalled);
            }
            long done = System.nanoTime();
            counted.workerNanos.addAndGet(done - workerStart);
            counted.longestUnsavedNanos.accumulateAndGet(done - waitingSince, Math::max);
            return savedHash;
        }, saved -> {
            // The caller hears first: a timed save that waited for this one must not take the
            // work from under a close that is checking whether everything reached the workspace.
            onSaved.run();
            saveAnswered();
        }, failure -> {
            org.checkbench.store.TextHeldElsewhere heldElsewhere = heldElsewhere(failure);
            if (heldElsewhere == null) {
                textUnsaved = true;
                unsavedClaims.addAll(sent);
                movedFrom = Math.min(movedFrom, sentMovedFrom);
            }
            saveAnswered();
            if (heldElsewhere != null) {
                // Someone else holds the text (ADR 0150): saving again would be refused again; the
                // window shows their text instead, and the message says what was not kept.
                open.textRefused(heldElsewhere);
            }
            onFailed.accept(failure);
        });

        long detectionStart = System.nanoTime();
        open.suggestions().refreshAfterSave(snapshot);
        costs.detectionStartNanos += System.nanoTime() - detectionStart;
        costs.saves++;
        costs.fxNanos += System.nanoTime() - fxStart;
    }

    private static org.checkbench.store.TextHeldElsewhere heldElsewhere(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.checkbench.store.TextHeldElsewhere held) {
                return held;
            }
        }
        return null;
    }

    /** Another checker's text replaces this window's: what was typed and not saved is not saved. */
    void discardUnsavedText() {
        saveDelay.stop();
        saveDeadline.stop();
        timedSaveWaiting = false;
        textUnsaved = false;
        unsavedClaims.clear();
        movedFrom = Integer.MAX_VALUE;
    }

    /** The typing journal starts again on top of {@code storedText}, which is in the workspace. */
    void rebaseJournal(String storedText) {
        if (journal != null && savesInFlight == 0) {
            journal.start(storedText);
        }
    }

    /**
     * Saves, then removes the journal: the article is being closed with everything in the
     * workspace. A save already on its way may fail after this one was queued and succeeds: its
     * claims come back as unsaved work, so they are saved again before the journal goes; if that
     * fails too, the close is refused and the journal kept.
     */
    void saveAndClose(Runnable onSaved, Consumer<Throwable> onFailed) {
        saveThenClose(onSaved, onFailed, CLOSE_SAVE_ATTEMPTS);
    }

    private void saveThenClose(Runnable onSaved, Consumer<Throwable> onFailed, int attemptsLeft) {
        TypingJournal closing = journal;
        saveNow(() -> {
            if (hasUnsavedWork()) {
                if (attemptsLeft > 1) {
                    saveThenClose(onSaved, onFailed, attemptsLeft - 1);
                } else {
                    onFailed.accept(new IllegalStateException(
                            "Some changes to this article could not be saved; they are still on screen and in the typing journal."));
                }
                return;
            }
            if (closing != null) {
                closing.discard();
            }
            onSaved.run();
        }, onFailed);
    }

    /** A save when typing pauses, and at the latest {@link #MAX_SAVE_WAIT} after the first unsaved change. */
    private void scheduleSave() {
        saveDelay.playFromStart();
        if (saveDeadline.getStatus() != Animation.Status.RUNNING) {
            saveDeadline.playFromStart();
        }
    }
}
