package org.checkbench.anchor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps every claim's range in step with the text while the checker edits it. One edit at a time
 * goes in; out come the claims it affected, so the caller can re-style and save just those.
 */
public final class AnchorTracker {

    /**
     * A claim's place in the current text.
     *
     * @param exact the claim's words as they are now (kept in step on every edit)
     * @param orphaned all of its text was deleted; its range is then where it last was
     */
    public record Anchor(long claimId, int start, int end, String exact, boolean orphaned) {

        public Span span() {
            return new Span(start, end);
        }
    }

    /** What one edit did to one claim. */
    public record Change(Anchor before, Anchor after, RangeShift.Effect effect) {
    }

    /** Reads part of a text: [start, end). */
    @FunctionalInterface
    public interface TextSlices {
        String slice(int start, int end);
    }

    /** A claim's place, changed in place when an edit only moves it (no allocation per moved claim: issue 18). */
    private static final class Slot {
        final long claimId;
        int start;
        int end;
        String exact;
        boolean orphaned;

        Slot(Anchor anchor) {
            this.claimId = anchor.claimId();
            set(anchor);
        }

        void set(Anchor anchor) {
            start = anchor.start();
            end = anchor.end();
            exact = anchor.exact();
            orphaned = anchor.orphaned();
        }

        Anchor anchor() {
            return new Anchor(claimId, start, end, exact, orphaned);
        }
    }

    /** Reads one live anchor's place without copying it: for the claims overlapping a window. */
    @FunctionalInterface
    public interface PlaceVisitor {
        void visit(long claimId, int start, int end);
    }

    private final Map<Long, Slot> anchors = new LinkedHashMap<>();

    public void put(Anchor anchor) {
        Slot slot = anchors.get(anchor.claimId());
        if (slot == null) {
            anchors.put(anchor.claimId(), new Slot(anchor));
        } else {
            slot.set(anchor);
        }
    }

    public Anchor remove(long claimId) {
        Slot gone = anchors.remove(claimId);
        return gone == null ? null : gone.anchor();
    }

    public Anchor get(long claimId) {
        Slot slot = anchors.get(claimId);
        return slot == null ? null : slot.anchor();
    }

    /** The live claim's current start, or -1 for an unknown or orphaned claim; no copy. */
    public int startOf(long claimId) {
        Slot slot = anchors.get(claimId);
        return slot == null || slot.orphaned ? -1 : slot.start;
    }

    /** The live claim's current end, or -1 for an unknown or orphaned claim; no copy. */
    public int endOf(long claimId) {
        Slot slot = anchors.get(claimId);
        return slot == null || slot.orphaned ? -1 : slot.end;
    }

    /** Every live anchor overlapping [from, to), in no particular order. */
    public void visitLiveOverlapping(int from, int to, PlaceVisitor visitor) {
        for (Slot slot : anchors.values()) {
            if (!slot.orphaned && slot.end > from && slot.start < to) {
                visitor.visit(slot.claimId, slot.start, slot.end);
            }
        }
    }

    public Collection<Anchor> all() {
        List<Anchor> copies = new ArrayList<>(anchors.size());
        anchors.values().forEach(slot -> copies.add(slot.anchor()));
        return Collections.unmodifiableList(copies);
    }

    public void clear() {
        anchors.clear();
    }

    /**
     * Follows every live claim through one edit.
     *
     * @param textAfter reads the text once the edit is made, for the new words of changed claims
     *     (a slice reader, so a keystroke in a long article never copies the whole text)
     * @return the claims whose range or words changed, in no particular order
     */
    public List<Change> apply(TextEdit edit, TextSlices textAfter) {
        return follow(edit, textAfter, true);
    }

    /**
     * Follows every live claim through one edit, like {@link #apply}, but reports only the claims
     * whose words changed or were deleted: the ones it only moved are moved in place, with no
     * object made for them (read them back with {@link #startOf}/{@link #endOf}).
     */
    public List<Change> applyReportingChanged(TextEdit edit, TextSlices textAfter) {
        return follow(edit, textAfter, false);
    }

    private List<Change> follow(TextEdit edit, TextSlices textAfter, boolean reportMoved) {
        List<Change> changes = new ArrayList<>();
        int editStart = edit.position();
        int editEnd = edit.removedEnd();
        int delta = edit.delta();
        for (Slot slot : anchors.values()) {
            if (slot.orphaned || editStart >= slot.end) {
                continue; // the same rule as RangeShift's UNTOUCHED, without making one per claim
            }
            if (editEnd <= slot.start) {
                Anchor before = reportMoved ? slot.anchor() : null;
                slot.start += delta;
                slot.end += delta;
                if (reportMoved) {
                    changes.add(new Change(before, slot.anchor(), RangeShift.Effect.MOVED));
                }
                continue;
            }
            Anchor before = slot.anchor();
            RangeShift shift = RangeShift.follow(slot.start, slot.end, edit);
            Anchor after = switch (shift.effect()) {
                case UNTOUCHED, MOVED -> throw new IllegalStateException("handled above");
                case CHANGED_INSIDE -> new Anchor(before.claimId(), shift.start(), shift.end(),
                        textAfter.slice(shift.start(), shift.end()), false);
                case DELETED -> new Anchor(before.claimId(), before.start(), before.end(), before.exact(), true);
            };
            slot.set(after);
            changes.add(new Change(before, after, shift.effect()));
        }
        return changes;
    }

    /** A copy of every anchor, to put back with {@link #restore} when the edit is undone. */
    public List<Anchor> snapshot() {
        return List.copyOf(all());
    }

    public void restore(List<Anchor> snapshot) {
        anchors.clear();
        snapshot.forEach(this::put);
    }
}
