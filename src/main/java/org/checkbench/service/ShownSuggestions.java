package org.checkbench.service;

import java.util.ArrayList;
import java.util.List;

import org.checkbench.anchor.RangeShift;
import org.checkbench.anchor.TextEdit;
import org.checkbench.model.Suggestion;

/**
 * The rules for suggestions shown over a text that is being edited, until the next detection pass
 * (run after each save) replaces them: they move with the text; one whose sentence an edit touched
 * disappears until then rather than show a wrong range.
 */
public final class ShownSuggestions {

    private ShownSuggestions() {
    }

    /**
     * The stored suggestions that can be shown over {@code text}: those whose words are still at
     * their range. The others (stored before a new draft replaced the text) wait for detection.
     */
    public static List<Suggestion> stillInPlace(List<Suggestion> stored, String text) {
        return stored.stream().filter(s -> s.end() <= text.length()
                && text.regionMatches(s.start(), s.exact(), 0, s.exact().length())).toList();
    }

    /**
     * The suggestions after one edit: untouched ones stay, moved ones follow, touched ones go. When
     * the edit moved and removed none, {@code shown} itself comes back, so the caller can tell
     * without comparing every suggestion (issue 18).
     */
    public static List<Suggestion> afterEdit(List<Suggestion> shown, int position, int removedLength, int insertedLength) {
        TextEdit edit = new TextEdit(position, removedLength, insertedLength);
        List<Suggestion> kept = new ArrayList<>(shown.size());
        boolean changed = false;
        int editStart = edit.position();
        int editEnd = edit.removedEnd();
        for (Suggestion suggestion : shown) {
            // RangeShift's two common cases without making one per suggestion (issue 18).
            if (editStart >= suggestion.end()) {
                kept.add(suggestion);
                continue;
            }
            if (editEnd <= suggestion.start()) {
                if (edit.delta() == 0) {
                    kept.add(suggestion);
                } else {
                    kept.add(suggestion.withRange(suggestion.start() + edit.delta(), suggestion.end() + edit.delta()));
                    changed = true;
                }
                continue;
            }
            changed = true; // moved by RangeShift's rules below, or gone
            RangeShift shift = RangeShift.follow(suggestion.start(), suggestion.end(), edit);
            switch (shift.effect()) {
                case UNTOUCHED -> kept.add(suggestion);
                case MOVED -> kept.add(suggestion.withRange(shift.start(), shift.end()));
                default -> {
                    // CHANGED_INSIDE or DELETED: gone until detection runs on the saved text
                }
            }
        }
        return changed ? kept : shown;
    }
}
