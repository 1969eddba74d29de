package org.checkbench.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import org.checkbench.anchor.RangeShift.Effect;
import org.junit.jupiter.api.Test;

class RangeShiftTest {

    // The claim is [10, 20) throughout.

    @Test
    void typingBeforeAClaimMovesIt() {
        assertThat(RangeShift.follow(10, 20, new TextEdit(3, 0, 5))).isEqualTo(new RangeShift(15, 25, Effect.MOVED));
    }

    @Test
    void typingExactlyAtTheStartGoesBeforeTheClaim() {
        assertThat(RangeShift.follow(10, 20, new TextEdit(10, 0, 2))).isEqualTo(new RangeShift(12, 22, Effect.MOVED));
    }

    @Test
    void typingExactlyAtTheEndGoesAfterTheClaim() {
        assertThat(RangeShift.follow(10, 20, new TextEdit(20, 0, 2))).isEqualTo(new RangeShift(10, 20, Effect.UNTOUCHED));
    }

    @Test
    void deletingBeforeAClaimMovesItBack() {
        assertThat(RangeShift.follow(10, 20, new TextEdit(2, 8, 0))).isEqualTo(new RangeShift(2, 12, Effect.MOVED));
    }

    @Test
    void typingInsideAClaimChangesItAndGrowsIt() {
        assertThat(RangeShift.follow(10, 20, new TextEdit(15, 0, 3)))
                .isEqualTo(new RangeShift(10, 23, Effect.CHANGED_INSIDE));
    }

    @Test
    void deletingAllOfAClaimDeletesItWithoutMovingIt() {
        assertThat(RangeShift.follow(10, 20, new TextEdit(8, 15, 0))).isEqualTo(new RangeShift(10, 20, Effect.DELETED));
        assertThat(RangeShift.follow(10, 20, new TextEdit(10, 10, 4))).isEqualTo(new RangeShift(10, 20, Effect.DELETED));
    }

    @Test
    void anEditOverTheHeadKeepsWhatSurvives() {
        // Removes [5, 12) and inserts 1 char: the surviving "12..20" now starts at 6.
        assertThat(RangeShift.follow(10, 20, new TextEdit(5, 7, 1)))
                .isEqualTo(new RangeShift(6, 14, Effect.CHANGED_INSIDE));
    }

    @Test
    void anEditOverTheTailKeepsWhatSurvives() {
        assertThat(RangeShift.follow(10, 20, new TextEdit(15, 10, 3)))
                .isEqualTo(new RangeShift(10, 15, Effect.CHANGED_INSIDE));
    }
}
