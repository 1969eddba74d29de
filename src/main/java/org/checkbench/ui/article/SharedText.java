package org.checkbench.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.checkbench.service.ArticleClaims;
import org.checkbench.store.TextHeldElsewhere;

/**
 * The open article's text on a team workspace, where one window at a time changes it (ADR 0150):
 * who hears this checker's own edits (the first takes the text), who hears a save refused because
 * someone else holds it, and the other checker's saved text put on screen.
 */
final class SharedText {

    private final OpenArticle open;
    private final ArticleClaims current;
    private final ArticleSaving saving;
    private final List<Runnable> ownEditListeners = new ArrayList<>();
    private final List<Consumer<TextHeldElsewhere>> refusedListeners = new ArrayList<>();
    /** Set while {@link #show} puts another checker's text on screen. */
    private boolean applying;

    SharedText(OpenArticle open, ArticleClaims current, ArticleSaving saving) {
        this.open = open;
        this.current = current;
        this.saving = saving;
    }

    void onOwnTextEdit(Runnable listener) {
        ownEditListeners.add(listener);
    }

    void onTextRefused(Consumer<TextHeldElsewhere> listener) {
        refusedListeners.add(listener);
    }

    void ownEdit() {
        ownEditListeners.forEach(Runnable::run);
    }

    void refused(TextHeldElsewhere refusal) {
        refusedListeners.forEach(l -> l.accept(refusal));
    }

    /** True while the editor's change is another checker's text going on screen, not typing. */
    boolean applying() {
        return applying;
    }

    /**
     * The text another checker saved, shown in place of this window's: one replacement of the part
     * that differs, so claims and suggestions follow it as they follow typing. It is theirs, already
     * stored: it is not saved again, journalled or made an undo step; what this window typed and
     * did not save is dropped (their text won), and so are the undo steps of earlier typing, whose
     * places no longer hold.
     */
    void show(String stored) {
        saving.discardUnsavedText();
        TextDifference difference = TextDifference.between(open.surface().text(), stored);
        if (difference != null) {
            applying = true;
            try {
                open.surface().replace(difference.start(), difference.end(), difference.replacement());
            } finally {
                applying = false;
            }
            open.history().forget(step -> step instanceof TextEditStep);
        }
        saving.rebaseJournal(stored);
    }

    /** The editor changed while {@link #applying}: claims and suggestions follow; nothing is saved. */
    void edited(int position, int removedLength, int insertedLength) {
        open.suggestions().textChanged(position, removedLength, insertedLength);
        open.othersTextShown(current.textEdited(position, removedLength, insertedLength, open.surface()::text, null));
    }
}
