package org.checkbench.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.checkbench.anchor.AnchorTracker;
import org.checkbench.anchor.RangeShift;
import org.checkbench.anchor.TextEdit;
import org.checkbench.model.Claim;
import org.checkbench.model.TextAnchor;
import org.checkbench.model.Verdict;
import org.checkbench.model.VerdictScale;

/**
 * The claims of an article while its text is being edited, and the rules that decide about them:
 * a claim follows each edit; one whose words were all deleted becomes <em>orphaned</em> (kept, never
 * moved onto other words); one with a verdict whose words changed is <em>changed since checked</em>.
 * Claims are numbered in {@link ClaimOrder} (text order, orphaned last). No screen and no database:
 * the window keeps one of these per open article and saves what it reports changed.
 */
public final class ArticleClaims {

    /** Reads part of the text as it is after an edit: [start, end). */
    @FunctionalInterface
    public interface TextAfterEdit {
        String slice(int start, int end);
    }

    /**
     * A suggested correction being put into the text: its claim then covers exactly the new words,
     * whatever the edit would otherwise have done to it.
     */
    public record Correction(long claimId, int start, int length) {
    }

    /**
     * What one edit did.
     *
     * @param before the changed claims as they were, by id; claims that only moved are left out (undoing
     *     the edit moves them back, and a keystroke near the top of a long article must not copy
     *     thousands of them into the undo history: issue 18)
     * @param after the same claims now
     * @param visible some claim changed more than its place (orphaned, changed since checked, new
     *     words): the list must be redrawn; claims that only moved keep their order and look
     * @param redraw the text ranges whose highlight must be drawn again
     */
    public record Edit(Map<Long, Claim> before, Map<Long, Claim> after, boolean visible, List<int[]> redraw) {
    }

    /**
     * How far the check has got.
     *
     * @param byStatus claims per status, in the scale's order (statuses with none left out)
     * @param checked claims that count as checked by {@link ClaimChecks#isChecked} (the report's rule)
     */
    public record Progress(Map<Verdict, Integer> byStatus, int checked, int total) {
    }

    private VerdictScale scale;
    private final long revisionId;
    private final AnchorTracker tracker = new AnchorTracker();
    private final Map<Long, Claim> byId = new HashMap<>();
    private final Map<Long, Integer> numbers = new HashMap<>();
    private List<Claim> ordered = List.of();

    public ArticleClaims(VerdictScale scale, long revisionId, Collection<Claim> claims) {
        this.scale = scale;
        this.revisionId = revisionId;
        claims.forEach(this::putOne);
        reorder();
    }

    public VerdictScale scale() {
        return scale;
    }

    /** The article moved to another scale (its details changed); the claims' new statuses follow with {@link #merge}. */
    public void useScale(VerdictScale newScale) {
        this.scale = newScale;
    }

    public Verdict verdictOf(Claim claim) {
        return scale.verdictOf(claim);
    }

    /** The claim as it is now, or null. */
    public Claim get(long id) {
        Claim kept = byId.get(id);
        return kept == null ? null : fresh(kept);
    }

    /** Every claim as it is now, ranges up to date, in no particular order. */
    public Collection<Claim> all() {
        freshenAll();
        return Collections.unmodifiableCollection(byId.values());
    }

    /**
     * The live claims overlapping [from, to), as they are now: what a keystroke's restyling needs,
     * without bringing every claim the keystroke moved up to date.
     */
    public List<Claim> liveIn(int from, int to) {
        List<Claim> found = new ArrayList<>();
        tracker.visitLiveOverlapping(from, to, (id, start, end) -> found.add(fresh(byId.get(id))));
        return found;
    }

    /**
     * The claims in list order as of the last change that could reorder them. Claims that only
     * moved since may appear with their older range here; {@link #get} has the current one.
     */
    public List<Claim> inOrder() {
        return ordered;
    }

    /** A claim's number: its place in {@link ClaimOrder}, from 1; 0 for an unknown claim. */
    public int numberOf(long id) {
        return numbers.getOrDefault(id, 0);
    }

    /** The innermost live claim covering {@code index}, if any. */
    public Optional<Claim> at(int index) {
        return liveIn(index, index + 1).stream()
                .filter(c -> !c.orphaned() && c.anchor().start() <= index && index < c.anchor().end())
                .min(Comparator.comparingInt(c -> c.anchor().end() - c.anchor().start()));
    }

    /** A new or changed claim (from the database, or put back by an undo). */
    public void put(Claim claim) {
        putOne(claim);
        reorder();
    }

    /** @return the claim that was removed, or null */
    public Claim remove(long id) {
        Claim gone = get(id);
        byId.remove(id);
        tracker.remove(id);
        if (gone != null) {
            reorder();
        }
        return gone;
    }

    /**
     * A claim came back from the database with new fields (status, note...): the range on screen
     * stays authoritative, and "changed since checked" stays only if both sides still say so (a
     * new verdict clears it).
     *
     * @return the claim as it is now kept
     */
    public Claim merge(Claim fromStore) {
        Claim onScreen = get(fromStore.id());
        Claim merged = onScreen == null ? fromStore
                : fromStore.withAnchor(onScreen.anchor()).withOrphaned(onScreen.orphaned())
                        .withChangedSinceChecked(fromStore.changedSinceChecked() && onScreen.changedSinceChecked());
        put(merged);
        return merged;
    }

    /**
     * Every live claim follows one edit of the text.
     *
     * @param correction the correction this edit puts in, or null for an ordinary edit
     */
    public Edit textEdited(int position, int removedLength, int insertedLength, TextAfterEdit textAfter,
            Correction correction) {
        Map<Long, Claim> before = new LinkedHashMap<>();
        Map<Long, Claim> after = new LinkedHashMap<>();
        TextEdit edit = new TextEdit(position, removedLength, insertedLength);
        // Claims the edit only moved are moved in the tracker, in place; their Claim objects catch up when
        // read (fresh): a keystroke makes no object per moved claim (issue 18, ADR 0170).
        for (AnchorTracker.Change change : tracker.applyReportingChanged(edit, textAfter::slice)) {
            long id = change.after().claimId();
            Claim old = placed(byId.get(id), change.before());
            before.put(id, old);
            after.put(id, followed(old, change));
        }
        if (correction != null) {
            Claim old = before.getOrDefault(correction.claimId(), get(correction.claimId()));
            int end = correction.start() + correction.length();
            Claim corrected = old.withAnchor(new TextAnchor(correction.start(), end,
                    textAfter.slice(correction.start(), end), "", "", revisionId)).withOrphaned(false);
            before.putIfAbsent(corrected.id(), old);
            after.put(corrected.id(), corrected);
        }
        after.values().forEach(this::putOne);
        List<int[]> redraw = new ArrayList<>();
        after.forEach((id, claim) -> {
            if (correction != null || !sameExceptRange(before.get(id), claim)) {
                redraw.add(rangeOf(claim));
            }
        });
        boolean visible = !redraw.isEmpty();
        if (visible) {
            reorder();
        }
        return new Edit(before, after, visible, redraw);
    }

    /**
     * Puts claims back as they were (an undo or redo of an edit).
     *
     * @return the ranges to redraw: claims that only move keep their styles with their text
     */
    public List<int[]> restore(Map<Long, Claim> states) {
        List<int[]> redraw = new ArrayList<>();
        for (Claim target : states.values()) {
            Claim now = get(target.id());
            if (now == null || !sameExceptRange(now, target)) {
                redraw.add(rangeOf(target));
            }
        }
        states.values().forEach(this::putOne);
        reorder();
        return redraw;
    }

    /** These claims as they are now (unknown ids skipped): cheap, for the FX thread. */
    public List<Claim> claimsFor(Collection<Long> ids) {
        List<Claim> found = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Claim claim = get(id);
            if (claim != null) {
                found.add(claim);
            }
        }
        return found;
    }

    /** {@code claims} with each quote's context taken afresh from {@code text}; any thread (claims are immutable). */
    public static List<Claim> withContextFrom(List<Claim> claims, CharSequence text) {
        return claims.stream()
                .map(c -> c.orphaned() || c.anchor().end() > text.length() ? c
                        : c.withAnchor(TextAnchor.of(text, c.anchor().start(), c.anchor().end(), c.anchor().revisionId())))
                .toList();
    }

    /**
     * The live claims an edit at {@code position} may have moved or changed (those ending after it):
     * what must be saved with the text, since moves are not reported one by one.
     */
    public List<Claim> liveFrom(int position) {
        List<Claim> found = new ArrayList<>();
        for (Claim kept : byId.values()) {
            if (!kept.orphaned() && tracker.endOf(kept.id()) >= position) {
                found.add(fresh(kept));
            }
        }
        return found;
    }

    /** Counts per status, and how many claims count as checked. */
    public Progress progress() {
        Map<Verdict, Integer> counts = new HashMap<>();
        int checked = 0;
        for (Claim claim : byId.values()) {
            Verdict verdict = verdictOf(claim);
            counts.merge(verdict, 1, Integer::sum);
            if (ClaimChecks.isChecked(claim, scale)) {
                checked++;
            }
        }
        Map<Verdict, Integer> inScaleOrder = new LinkedHashMap<>();
        for (Verdict verdict : scale.values()) {
            if (counts.containsKey(verdict)) {
                inScaleOrder.put(verdict, counts.get(verdict));
            }
        }
        return new Progress(inScaleOrder, checked, byId.size());
    }

    public static int[] rangeOf(Claim claim) {
        return new int[] {claim.anchor().start(), claim.anchor().end()};
    }

    /** The rules: all words deleted = orphaned; words changed under a checked verdict = changed since checked. */
    private Claim followed(Claim old, AnchorTracker.Change change) {
        AnchorTracker.Anchor anchor = change.after();
        if (change.effect() == RangeShift.Effect.DELETED) {
            return old.withOrphaned(true);
        }
        TextAnchor range = old.anchor();
        // The quote's context is refreshed when the claim is saved, from the saved text.
        Claim moved = old.withAnchor(new TextAnchor(anchor.start(), anchor.end(), anchor.exact(), range.prefix(),
                range.suffix(), range.revisionId()));
        if (change.effect() == RangeShift.Effect.CHANGED_INSIDE && verdictOf(old).checked()) {
            return moved.withChangedSinceChecked(true);
        }
        return moved;
    }

    private static boolean sameExceptRange(Claim before, Claim after) {
        return before != null && before.quote().equals(after.quote()) && before.orphaned() == after.orphaned()
                && before.changedSinceChecked() == after.changedSinceChecked();
    }

    private void putOne(Claim claim) {
        byId.put(claim.id(), claim);
        tracker.put(new AnchorTracker.Anchor(claim.id(), claim.anchor().start(), claim.anchor().end(), claim.quote(),
                claim.orphaned()));
    }

    /** {@code kept} at the tracker's place for it, when an edit moved it since it was made: kept from then on. */
    private Claim fresh(Claim kept) {
        if (kept.orphaned()) {
            return kept;
        }
        int start = tracker.startOf(kept.id());
        int end = tracker.endOf(kept.id());
        if (start < 0 || start == kept.anchor().start() && end == kept.anchor().end()) {
            return kept;
        }
        Claim moved = placed(kept, new AnchorTracker.Anchor(kept.id(), start, end, kept.anchor().exact(), false));
        byId.put(kept.id(), moved);
        return moved;
    }

    /** {@code claim} at {@code anchor}'s place, its words and context unchanged (an edit only moved it). */
    private static Claim placed(Claim claim, AnchorTracker.Anchor anchor) {
        TextAnchor range = claim.anchor();
        if (range.start() == anchor.start() && range.end() == anchor.end()) {
            return claim;
        }
        return claim.withAnchor(new TextAnchor(anchor.start(), anchor.end(), range.exact(), range.prefix(),
                range.suffix(), range.revisionId()));
    }

    private void freshenAll() {
        for (Map.Entry<Long, Claim> entry : byId.entrySet()) {
            entry.setValue(fresh(entry.getValue()));
        }
    }

    private void reorder() {
        freshenAll();
        List<Claim> sorted = new ArrayList<>(byId.values());
        sorted.sort(ClaimOrder.TEXT_ORDER_ORPHANED_LAST);
        numbers.clear();
        for (int i = 0; i < sorted.size(); i++) {
            numbers.put(sorted.get(i).id(), i + 1);
        }
        ordered = Collections.unmodifiableList(sorted);
    }
}
