package org.checkbench.service;

/**
 * When opening an article, what happened when, on which thread: a debug aid to find what sits
 * between opening being asked for and the first suggestions on screen (ADR 0118). Off unless
 * {@code -Dcheckbench.openingTimeline=true}; then each step is kept and {@link #print} writes them
 * to standard error, in ms since opening was asked for. Costs one field read when off.
 */
public final class OpeningTimeline {

    private static final boolean ON = Boolean.getBoolean("checkbench.openingTimeline");

    private static final TimelineSteps STEPS = new TimelineSteps();
    private static volatile long askedAt;

    private OpeningTimeline() {
    }

    /** Whether steps are kept ({@code -Dcheckbench.openingTimeline=true}). */
    public static boolean on() {
        return ON;
    }

    /** Opening an article was asked for: the steps from here on count from now. */
    public static void asked() {
        if (ON) {
            STEPS.clear();
            askedAt = System.nanoTime();
            // The JVM's uptime too, to place -Xlog:gc's pauses (uptime-stamped) among the steps.
            step("opening asked for (JVM uptime " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms)");
        }
    }

    /** {@code what} happened now, on this thread. */
    public static void step(String what) {
        LaunchTimeline.mark(what);
        if (ON) {
            STEPS.add(what);
        }
    }

    /** {@code what} happened now, the last step of an opening: the steps are written out ({@link #print}). */
    public static void shownThenPrint(String what) {
        step(what);
        print();
    }

    /** Writes the steps so far to standard error, in order, and forgets them. */
    public static void print() {
        if (!ON) {
            return;
        }
        STEPS.print("opening timeline", askedAt, true);
    }
}
