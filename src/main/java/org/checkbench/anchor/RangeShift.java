package org.checkbench.anchor;

/**
 * Where a claim's range is after one edit, and what the edit did to it.
 *
 * @param start the new start, or the old one when the claim was deleted
 * @param end the new end, or the old one when the claim was deleted
 */
public record RangeShift(int start, int end, Effect effect) {

    public enum Effect {
        /** The edit was after the claim: nothing moved. */
        UNTOUCHED,
        /** The edit was before the claim: it moved, its text is the same. */
        MOVED,
        /** The edit changed some of the claim's own text: it must be checked again. */
        CHANGED_INSIDE,
        /** All of the claim's text was removed: it is orphaned and must not attach elsewhere. */
        DELETED
    }

    /**
     * Follows the range [start, end) through one edit.
     *
     * <p>Text typed exactly at a claim's start goes before the claim and text typed exactly at its
     * end goes after it: a checker typing next to a claim has not changed what it says.
     */
    public static RangeShift follow(int start, int end, TextEdit edit) {
        int editStart = edit.position();
        int editEnd = edit.removedEnd();
        if (editStart >= end) {
            return new RangeShift(start, end, Effect.UNTOUCHED);
        }
        if (editEnd <= start) {
            return new RangeShift(start + edit.delta(), end + edit.delta(), Effect.MOVED);
        }
        if (editStart <= start && editEnd >= end) {
            return new RangeShift(start, end, Effect.DELETED);
        }
        if (editStart >= start && editEnd <= end) {
            return new RangeShift(start, end + edit.delta(), Effect.CHANGED_INSIDE);
        }
        if (editStart < start) {
            // The edit ran into the claim's head: what survives starts after the new text.
            int newStart = editStart + edit.insertedLength();
            return new RangeShift(newStart, end + edit.delta(), Effect.CHANGED_INSIDE);
        }
        // The edit began inside the claim and ran past its end: the claim now ends where it began.
        return new RangeShift(start, editStart, Effect.CHANGED_INSIDE);
    }
}
