package org.checkbench.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * Background work waits between batches until the checker has left the window alone for
 * {@link CheckerActivity#REST_NANOS} (ADR 0114). A clock moved by the test, so nothing depends on
 * how fast the machine is: each of the gate's sleeps moves the clock by as long as it slept, and
 * the checker's keys are played in between.
 */
class CheckerActivityRestTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final List<Long> slept = new ArrayList<>();
    /** Keys the checker types, one before each of the gate's sleeps, until it runs out. */
    private int keysLeft;
    private CheckerActivity activity;

    private CheckerActivity activity() {
        activity = new CheckerActivity(now::get, millis -> {
            slept.add(millis);
            if (keysLeft > 0) {
                keysLeft--;
                activity.acted();
            }
            now.addAndGet(millis * 1_000_000);
        });
        return activity;
    }

    @Test
    void workGoesOnAtOnceWhenTheCheckerHasNotActed() {
        CheckerActivity gate = activity();

        assertThat(gate.awaitRest(() -> false)).isTrue();
        assertThat(slept).isEmpty();
    }

    @Test
    void workWaitsUntilTheLastKeyIsRestNanosOld() {
        CheckerActivity gate = activity();
        gate.acted();
        long lastKeyAt = now.get();

        assertThat(gate.awaitRest(() -> false)).isTrue();

        assertThat(now.get() - lastKeyAt).isGreaterThanOrEqualTo(CheckerActivity.REST_NANOS);
        assertThat(slept).allSatisfy(millis -> assertThat(millis).isBetween(1L, 50L));
    }

    @Test
    void workThatMustNotMeetTheCheckerWaitsForItsOwnLongerRest() {
        CheckerActivity gate = activity();
        gate.acted();
        long lastKeyAt = now.get();
        long threeSeconds = 3_000_000_000L;

        assertThat(gate.awaitRest(threeSeconds, () -> false)).isTrue();

        assertThat(now.get() - lastKeyAt).isGreaterThanOrEqualTo(threeSeconds);
        assertThat(now.get() - lastKeyAt).isLessThan(threeSeconds + 100_000_000L);
    }

    @Test
    void keysTypedWhileWaitingKeepTheWorkWaiting() {
        CheckerActivity gate = activity();
        gate.acted();
        keysLeft = 20; // a key every sleep (at most 50 ms apart): steady typing

        assertThat(gate.awaitRest(() -> false)).isTrue();

        assertThat(keysLeft).isZero();
        long sleptAfterTheLastKey = 0;
        // the last key came just before the 20th sleep: the work went on only a full rest after it
        for (long millis : slept.subList(19, slept.size())) {
            sleptAfterTheLastKey += millis;
        }
        assertThat(sleptAfterTheLastKey * 1_000_000).isGreaterThanOrEqualTo(CheckerActivity.REST_NANOS);
    }

    @Test
    void workNoLongerWantedStopsWaiting() {
        CheckerActivity gate = activity();
        gate.acted();
        keysLeft = Integer.MAX_VALUE; // the checker never rests

        boolean[] stop = {false};
        assertThat(gate.awaitRest(() -> {
            stop[0] = slept.size() >= 5 || stop[0];
            return stop[0];
        })).isFalse();
        assertThat(slept).hasSize(5);
    }

    @Test
    void anInterruptedWaitReturnsAndKeepsTheInterrupt() {
        CheckerActivity gate = new CheckerActivity(now::get, millis -> {
            throw new InterruptedException("closing");
        });
        gate.acted();
        try {
            assertThat(gate.awaitRest(() -> false)).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
