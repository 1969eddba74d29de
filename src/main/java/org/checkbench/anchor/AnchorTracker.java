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

    private final Map<Long, Anchor> anchors = new LinkedHashMap<>();

    public void put(Anchor anchor) {
        anchors.put(anchor.claimId(), anchor);
    }

    public Anchor remove(long claimId) {
        return anchors.remove(claimId);
    }

    public Anchor get(long claimId) {
        return anchors.get(claimId);
    }

    public Collection<Anchor> all() {
        return Collections.unmodifiableCollection(anchors.values());
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
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<Long, Anchor> entry : anchors.entrySet()) {
            Anchor before = entry.getValue();
            if (before.orphaned()) {
                continue;
            }
            RangeShift shift = RangeShift.follow(before.start(), before.end(), edit);
            Anchor after = switch (shift.effect()) {
                case UNTOUCHED -> before;
                case MOVED -> new Anchor(before.claimId(), shift.start(), shift.end(), before.exact(), false);
                case CHANGED_INSIDE -> new Anchor(before.claimId(), shift.start(), shift.end(),
                        textAfter.slice(shift.start(), shift.end()), false);
                case DELETED -> new Anchor(before.claimId(), before.start(), before.end(), before.exact(), true);
            };
            if (after != before) {
                entry.setValue(after);
                changes.add(new Change(before, after, shift.effect()));
            }
        }
        return changes;
    }

    /** A copy of every anchor, to put back with {@link #restore} when the edit is undone. */
    public List<Anchor> snapshot() {
        return List.copyOf(anchors.values());
    }

    public void restore(List<Anchor> snapshot) {
        anchors.clear();
        snapshot.forEach(this::put);
    }
}
