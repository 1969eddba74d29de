package org.checkbench.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random drafts, random claims, random edits. Every character carries an identity, so the test
 * knows independently of the tracker which characters a claim was made of.
 */
class AnchorTrackerPropertyTest {

    /** An edit as drawn: positions are fractions of the text so they always land inside it. */
    record DrawnEdit(double at, int removed, String inserted) {
    }

    @Property(tries = 400)
    void claimsFollowEveryEditAndDeletedClaimsAreOrphanedNotMoved(
            @ForAll @IntRange(min = 40, max = 300) int length,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1000) Integer> claimSeeds,
            @ForAll @Size(min = 1, max = 40) List<@From("edits") DrawnEdit> edits) {

        StringBuilder text = new StringBuilder();
        List<Integer> identities = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + (i * 7) % 26));
            identities.add(i);
        }
        int nextIdentity = length;

        AnchorTracker tracker = new AnchorTracker();
        Map<Long, List<Integer>> originalCells = new HashMap<>();
        Set<Long> touched = new HashSet<>();
        for (int i = 0; i < claimSeeds.size(); i++) {
            int start = claimSeeds.get(i) % (length - 10);
            int end = start + 1 + (claimSeeds.get(i) % 9);
            tracker.put(new AnchorTracker.Anchor(i, start, end, text.substring(start, end), false));
            originalCells.put((long) i, List.copyOf(identities.subList(start, end)));
        }

        for (DrawnEdit drawn : edits) {
            int position = (int) (drawn.at() * text.length());
            int removed = Math.min(drawn.removed(), text.length() - position);
            TextEdit edit = new TextEdit(position, removed, drawn.inserted().length());

            Map<Long, Boolean> fullyRemoved = new HashMap<>();
            for (AnchorTracker.Anchor anchor : tracker.all()) {
                if (!anchor.orphaned()) {
                    fullyRemoved.put(anchor.claimId(), position <= anchor.start() && position + removed >= anchor.end());
                }
            }

            text.replace(position, position + removed, drawn.inserted());
            identities.subList(position, position + removed).clear();
            for (int k = 0; k < drawn.inserted().length(); k++) {
                identities.add(position + k, nextIdentity++);
            }
            for (AnchorTracker.Change change : tracker.apply(edit, text::substring)) {
                if (change.effect() == RangeShift.Effect.CHANGED_INSIDE || change.effect() == RangeShift.Effect.DELETED) {
                    touched.add(change.after().claimId());
                }
            }

            for (AnchorTracker.Anchor anchor : tracker.all()) {
                Boolean wasRemoved = fullyRemoved.get(anchor.claimId());
                if (wasRemoved != null) {
                    assertThat(anchor.orphaned()).as("orphaned exactly when all its text went").isEqualTo(wasRemoved);
                }
                if (anchor.orphaned()) {
                    continue;
                }
                assertThat(anchor.start()).isBetween(0, anchor.end() - 1);
                assertThat(anchor.end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(anchor.start(), anchor.end())).isEqualTo(anchor.exact());
                if (!touched.contains(anchor.claimId())) {
                    assertThat(identities.subList(anchor.start(), anchor.end()))
                            .as("an untouched claim still covers its very own characters")
                            .isEqualTo(originalCells.get(anchor.claimId()));
                }
            }
        }
    }

    @Provide
    Arbitrary<DrawnEdit> edits() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1).filter(d -> d < 1);
        Arbitrary<Integer> removed = Arbitraries.integers().between(0, 25);
        Arbitrary<String> inserted = Arbitraries.strings().withChars("XYZ ,.").ofMinLength(0).ofMaxLength(12);
        return Combinators.combine(at, removed, inserted).as(DrawnEdit::new);
    }

    /** The keystroke's way (moved claims moved in place, not reported) leaves every claim where {@code apply} puts it. */
    @Property(tries = 200)
    void movingInPlaceAgreesWithReportingEveryMove(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 200) Integer> starts,
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 260) Integer> positions,
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 6) Integer> removed,
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 6) Integer> inserted) {
        StringBuilder text = new StringBuilder("a".repeat(300));
        AnchorTracker reporting = new AnchorTracker();
        AnchorTracker inPlace = new AnchorTracker();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            AnchorTracker.Anchor anchor = new AnchorTracker.Anchor(i, start, start + 1 + i % 7, "a".repeat(1 + i % 7), false);
            reporting.put(anchor);
            inPlace.put(anchor);
        }
        for (int i = 0; i < positions.size(); i++) {
            int at = Math.min(positions.get(i), text.length());
            int gone = Math.min(removed.get(i % removed.size()), text.length() - at);
            String added = "b".repeat(inserted.get(i % inserted.size()));
            text.replace(at, at + gone, added);
            TextEdit edit = new TextEdit(at, gone, added.length());
            List<AnchorTracker.Change> all = reporting.apply(edit, text::substring);
            List<AnchorTracker.Change> changed = inPlace.applyReportingChanged(edit, text::substring);
            assertThat(changed).containsExactlyInAnyOrderElementsOf(
                    all.stream().filter(c -> c.effect() != RangeShift.Effect.MOVED).toList());
            assertThat(inPlace.all()).containsExactlyElementsOf(reporting.all());
            for (AnchorTracker.Anchor anchor : reporting.all()) {
                assertThat(inPlace.startOf(anchor.claimId())).isEqualTo(anchor.orphaned() ? -1 : anchor.start());
            }
        }
    }
}
