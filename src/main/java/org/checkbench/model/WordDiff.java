package org.checkbench.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The word-level difference of two texts as tracked changes: the new text in order, with each
 * deleted stretch of the old text woven in where it stood. Words kept in order are equal; moved
 * sentences show as deleted where they were and inserted where they are (flagged {@code moved}).
 * Changes never begin or end with a space: the spacing around them is plain text, so an underline
 * or a strike-through covers words only. ({@code org.checkbench.anchor.WordDiffs} builds it.)
 */
public record WordDiff(List<Piece> pieces, int wordsAdded, int wordsRemoved) {

    public enum Kind { EQUAL, INSERTED, DELETED }

    /**
     * One stretch as shown.
     *
     * @param text what to show
     * @param start where it is: in the new text for EQUAL and INSERTED, in the old text for
     *     DELETED; -1 for the spacing shown around a deletion, which is in neither
     * @param moved a sentence that moved: deleted here and inserted elsewhere, or the other way round
     */
    public record Piece(Kind kind, String text, int start, int end, boolean moved) {

        public boolean isChange() {
            return kind != Kind.EQUAL;
        }
    }

    public WordDiff {
        pieces = List.copyOf(pieces);
    }

    /**
     * One change as the reader steps through it: pieces {@code first} to {@code last}. Deleted and
     * inserted words with only spacing between them are one change ("11,000" replaced by "12,500").
     */
    public record Change(int first, int last) {
    }

    /** The changes in order: the stops of "next change", in the compare view and in {@code diff} alike. */
    public List<Change> changes() {
        List<Change> changes = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.isChange()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            } else if (!piece.text().isBlank() && first >= 0) {
                changes.add(new Change(first, last));
                first = -1;
            }
        }
        if (first >= 0) {
            changes.add(new Change(first, last));
        }
        return changes;
    }
}
