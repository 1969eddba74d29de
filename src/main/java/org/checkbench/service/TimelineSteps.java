package org.checkbench.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The steps of a debug timeline, each with the moment and the thread that made it, written to standard
 * error in ms from an origin: what {@link OpeningTimeline} (from opening being asked for) and
 * {@link LaunchTimeline} (from the JVM's start) share.
 */
final class TimelineSteps {

    private record Step(long nanos, String thread, String what) {
    }

    private final List<Step> steps = new ArrayList<>();

    /** {@code what} happened now, on this thread. */
    synchronized void add(String what) {
        steps.add(new Step(System.nanoTime(), Thread.currentThread().getName(), what));
    }

    synchronized void clear() {
        steps.clear();
    }

    /** Writes the steps so far, in order of their moments, as "{@code label}: ms since {@code originNanos}  thread  what"; then forgets them when {@code forget}. */
    void print(String label, long originNanos, boolean forget) {
        List<Step> copy;
        synchronized (this) {
            copy = new ArrayList<>(steps);
            if (forget) {
                steps.clear();
            }
        }
        copy.sort((a, b) -> Long.compare(a.nanos(), b.nanos()));
        for (Step step : copy) {
            System.err.printf(Locale.ROOT, "%s: %7.1f ms  %-32s %s%n", label, (step.nanos() - originNanos) / 1e6,
                    step.thread(), step.what());
        }
    }
}
