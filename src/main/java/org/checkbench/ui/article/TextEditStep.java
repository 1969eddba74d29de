package org.checkbench.ui.article;

import java.util.HashMap;
import java.util.Map;

import org.checkbench.model.Claim;
import org.checkbench.ui.undo.UndoHistory;

/**
 * A change to the text with the claims it changed, before and after. Claims it only moved are not
 * kept: replaying the text edit moves them back and forth (OpenArticle#textChanged, ADR 0142).
 */
final class TextEditStep implements UndoHistory.Step, UndoHistory.Sealable {
    private final OpenArticle open;
    private int position;
    private String removed;
    private String inserted;
    private final Map<Long, Claim> before;
    private final Map<Long, Claim> after;
    private long lastAt;
    private final String description;
    private boolean sealed;

    TextEditStep(OpenArticle open, int position, String removed, String inserted, Map<Long, Claim> before, Map<Long, Claim> after,
            long at, String description) {
        this.open = open;
        this.position = position;
        this.removed = removed;
        this.inserted = inserted;
        this.before = new HashMap<>(before);
        this.after = new HashMap<>(after);
        this.lastAt = at;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        open.surface().replace(position, position + inserted.length(), removed);
        open.shown().restoreClaims(before);
        open.markTextUnsaved();
    }

    @Override
    public void redo() {
        open.surface().replace(position, position + removed.length(), inserted);
        open.shown().restoreClaims(after);
        open.markTextUnsaved();
    }

    @Override
    public void seal() {
        sealed = true;
    }

    /** Letters typed in a row (or deleted with Backspace) within two seconds are one undo step. */
    @Override
    public boolean absorb(UndoHistory.Step next) {
        if (sealed || !(next instanceof TextEditStep step) || step.lastAt - lastAt > 2000
                || !description.equals("Typing") || !step.description.equals("Typing")) {
            return false;
        }
        boolean typingOn = removed.isEmpty() && step.removed.isEmpty() && step.position == position + inserted.length();
        boolean backspacing = inserted.isEmpty() && step.inserted.isEmpty()
                && step.position + step.removed.length() == position;
        if (!typingOn && !backspacing) {
            return false;
        }
        if (typingOn) {
            inserted = inserted + step.inserted;
        } else {
            // Backspace moves the edit point left: the merged step starts where the last one did.
            removed = step.removed + removed;
            position = step.position;
        }
        step.before.forEach(before::putIfAbsent);
        // Claims this step changed earlier may have moved since (moves are not recorded): as they are now.
        for (Map.Entry<Long, Claim> entry : after.entrySet()) {
            if (!step.after.containsKey(entry.getKey())) {
                Claim now = open.claim(entry.getKey());
                if (now != null) {
                    entry.setValue(now);
                }
            }
        }
        after.putAll(step.after);
        lastAt = step.lastAt;
        return true;
    }
}
