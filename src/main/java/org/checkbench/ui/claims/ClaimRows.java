package org.checkbench.ui.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The claim list's rows, redrawn in place when what they show changed but the claims did not (a
 * detection answer, a keystroke inside a claim's words, marks, the scale). {@code ListView.refresh()}
 * empties every row and fills it again (JavaFX 21: each row's content leaves the scene and comes back),
 * so the next pulse applies CSS to every row's labels and lays the list out anew: on the 1 MB article
 * that pulse was the checker's next keystroke (issue 18, ADR 0180). A row redrawn in place sets only
 * the labels whose text changed, so a pulse after it lays out nothing when nothing visible changed.
 */
final class ClaimRows {

    /** Weak: the list's skin drops rows when it rebuilds them, and those must not be kept here. */
    private final Set<ClaimListCell> made = Collections.newSetFromMap(new WeakHashMap<>());

    ClaimListCell newRow(ClaimPanel panel) {
        ClaimListCell row = new ClaimListCell(panel);
        made.add(row);
        return row;
    }

    /** Every row made and still in use shows its claim as it is now. FX thread. */
    void redrawInPlace() {
        // A copy: redrawing never makes rows, but the set is weak and may lose one meanwhile.
        for (ClaimListCell row : new ArrayList<>(made)) {
            row.showAgain();
        }
    }
}
