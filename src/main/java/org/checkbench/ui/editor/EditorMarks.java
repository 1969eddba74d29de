package org.checkbench.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.checkbench.model.Claim;
import org.checkbench.model.Suggestion;
import org.checkbench.ui.article.ClaimStyles;

/**
 * How a claim and a suggestion are marked in the editor, cut to a restyle window: the editor's own
 * highlight and the typing warm-up's scratch copy (ADR 0119) plan their marks with the same rules.
 */
final class EditorMarks {

    private static final List<String> SUGGESTION_CLASSES = List.of(ClaimStyles.SUGGESTION_CLASS);
    private static final List<String> SUGGESTION_CHECKED_BEFORE_CLASSES =
            List.of(ClaimStyles.SUGGESTION_CLASS, ClaimStyles.CHECKED_BEFORE_CLASS);

    private EditorMarks() {
    }

    /** A claim's mark: its status, and whether it changed since checked, was checked before, is selected. */
    static HighlightPlan.Mark claim(Claim claim, String verdictId, boolean checkedBefore, boolean selected,
            int windowStart, int windowEnd) {
        List<String> classes = new ArrayList<>(4);
        classes.add(ClaimStyles.CLAIM_CLASS);
        classes.add(ClaimStyles.statusClass(verdictId));
        if (claim.changedSinceChecked()) {
            classes.add(ClaimStyles.CHANGED_CLASS);
        }
        if (checkedBefore) {
            classes.add(ClaimStyles.CHECKED_BEFORE_CLASS);
        }
        if (selected) {
            classes.add(ClaimStyles.SELECTED_CLASS);
        }
        return new HighlightPlan.Mark(Math.max(claim.anchor().start(), windowStart),
                Math.min(claim.anchor().end(), windowEnd), classes, 1);
    }

    /** A suggestion's mark, below any claim's. */
    static HighlightPlan.Mark suggestion(Suggestion suggestion, boolean checkedBefore, int windowStart, int windowEnd) {
        return new HighlightPlan.Mark(Math.max(suggestion.start(), windowStart), Math.min(suggestion.end(), windowEnd),
                checkedBefore ? SUGGESTION_CHECKED_BEFORE_CLASSES : SUGGESTION_CLASSES, 0);
    }
}
