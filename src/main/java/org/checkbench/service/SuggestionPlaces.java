package org.checkbench.service;

import java.util.ArrayList;
import java.util.List;

import org.checkbench.model.Suggestion;

/**
 * Where the shown suggestions are while the checker types, without a new {@link Suggestion} per
 * moved suggestion per key (ADR 0115). The suggestions are kept as they were last caught up; an
 * edit adds its delta to the start and end slots of those after it (two additions, no object), and
 * {@link #caughtUp()} makes the moved ones' objects when someone reads the whole list. The rules
 * are {@link ShownSuggestions#afterEdit}'s: untouched ones stay, moved ones follow, touched ones go.
 * Not thread-safe: the FX thread's.
 */
public final class SuggestionPlaces {

    private List<Suggestion> base = List.of();
    private int[] starts = new int[0];
    private int[] ends = new int[0];
    private boolean moved;

    /** The suggestions now shown, at their places: the edits so far apply on top of these. */
    public void reset(List<Suggestion> shown) {
        base = List.copyOf(shown);
        if (starts.length < base.size()) {
            starts = new int[base.size() + base.size() / 8];
            ends = new int[starts.length];
        }
        for (int i = 0; i < base.size(); i++) {
            starts[i] = base.get(i).start();
            ends[i] = base.get(i).end();
        }
        moved = false;
    }

    public int size() {
        return base.size();
    }

    /**
     * The suggestions as last caught up: their words and scores are right, their places may be
     * behind the edits since. For what does not depend on where they are, without making objects.
     */
    public List<Suggestion> unplaced() {
        return base;
    }

    /** True when some suggestion's object no longer says where it is ({@link #caughtUp()} would make new ones). */
    public boolean moved() {
        return moved;
    }

    /**
     * One edit. Returns {@code null} when no suggestion went (they only moved, or nothing did);
     * otherwise the suggestions left, caught up, which this then holds.
     */
    public List<Suggestion> edited(int position, int removedLength, int insertedLength) {
        int editEnd = position + removedLength;
        int delta = insertedLength - removedLength;
        boolean gone = false;
        for (int i = 0; i < base.size(); i++) {
            if (position >= ends[i]) {
                continue;
            }
            if (editEnd <= starts[i]) {
                if (delta != 0) {
                    starts[i] += delta;
                    ends[i] += delta;
                    moved = true;
                }
                continue;
            }
            // The edit touched the sentence (RangeShift: changed inside or deleted): gone until detection runs.
            ends[i] = -1;
            gone = true;
        }
        if (!gone) {
            return null;
        }
        List<Suggestion> left = new ArrayList<>(base.size());
        for (int i = 0; i < base.size(); i++) {
            if (ends[i] >= 0) {
                left.add(placed(i));
            }
        }
        reset(left);
        return base;
    }

    /** Every suggestion at its place, in the order they were shown; this then holds these objects. */
    public List<Suggestion> caughtUp() {
        if (!moved) {
            return base;
        }
        List<Suggestion> now = new ArrayList<>(base.size());
        for (int i = 0; i < base.size(); i++) {
            now.add(placed(i));
        }
        reset(now);
        return base;
    }

    /** The suggestions overlapping [from, to), at their places; only these few are made anew if they moved. */
    public List<Suggestion> overlapping(int from, int to) {
        List<Suggestion> found = new ArrayList<>(4);
        for (int i = 0; i < base.size(); i++) {
            if (ends[i] > from && starts[i] < to) {
                found.add(placed(i));
            }
        }
        return found;
    }

    /** The suggestion whose sentence holds {@code index}, at its place, or null. */
    public Suggestion at(int index) {
        for (int i = 0; i < base.size(); i++) {
            if (starts[i] <= index && index < ends[i]) {
                return placed(i);
            }
        }
        return null;
    }

    private Suggestion placed(int i) {
        Suggestion suggestion = base.get(i);
        return suggestion.start() == starts[i] && suggestion.end() == ends[i] ? suggestion
                : suggestion.withRange(starts[i], ends[i]);
    }
}
