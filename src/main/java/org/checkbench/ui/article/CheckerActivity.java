package org.checkbench.ui.article;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Whether the checker is working in the window right now (a key, click or scroll in the last
 * 1.5 s): background detection then scores on one core only, leaving the other to the editor.
 * Background work that only prepares for later waits between its batches until the checker has
 * rested ({@link #awaitRest}): on two cores its CPU, its garbage and the JIT's work for it otherwise
 * delay the frames of the keys being typed (issue 18, ADR 0114). One per window; any thread may ask.
 */
public final class CheckerActivity {

    /** How long after the checker's last key, click or scroll detection keeps to one core. */
    static final long ACTIVE_FOR_NANOS = 1_500_000_000L;

    /**
     * How long the window must be left alone before waiting background work goes on: longer than
     * the gap between two keys of steady typing (about 100–250 ms), short enough that a pause to
     * read lets it go on.
     */
    public static final long REST_NANOS = 300_000_000L;

    /** How a waiting thread sleeps (replaced in tests together with the clock). */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final LongSupplier clock;
    private final Sleeper sleeper;
    private volatile long lastActivity;

    public CheckerActivity() {
        this(System::nanoTime, Thread::sleep);
    }

    CheckerActivity(LongSupplier clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
        lastActivity = clock.getAsLong() - ACTIVE_FOR_NANOS;
    }

    /** Hears the checker's keys, clicks and scrolls anywhere in {@code scene} (before any handler). */
    public static CheckerActivity watching(Scene scene) {
        CheckerActivity activity = new CheckerActivity();
        EventHandler<Event> acted = event -> activity.acted();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, acted);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, acted);
        scene.addEventFilter(ScrollEvent.SCROLL, acted);
        return activity;
    }

    /** The checker did something (typing that reaches the text counts even without a key event). */
    void acted() {
        lastActivity = clock.getAsLong();
    }

    /** {@link System#nanoTime()} on this activity's clock: what {@link #actedSince} compares with. */
    public long now() {
        return clock.getAsLong();
    }

    /** True when the checker pressed a key, clicked, scrolled or edited the text after {@code nanoTime} ({@link #now}). */
    public boolean actedSince(long nanoTime) {
        return lastActivity - nanoTime > 0;
    }

    /** True shortly after the checker's last action. */
    boolean active() {
        return clock.getAsLong() - lastActivity < ACTIVE_FOR_NANOS;
    }

    /**
     * Called by background work between batches (never on the FX thread): returns once the checker
     * has left the window alone for {@link #REST_NANOS}, at once when they already have. Returns
     * false instead when {@code stop} says the work is no longer wanted (asked at least every 50 ms)
     * or the thread is interrupted; the work then ends as it would have at that batch.
     */
    public boolean awaitRest(BooleanSupplier stop) {
        return awaitRest(REST_NANOS, stop);
    }

    /**
     * As {@link #awaitRest(BooleanSupplier)}, for work that must not meet the checker at all (a
     * collection's pause): it waits for a longer rest, {@code restNanos}.
     */
    public boolean awaitRest(long restNanos, BooleanSupplier stop) {
        while (!stop.getAsBoolean()) {
            long rested = clock.getAsLong() - lastActivity;
            if (rested >= restNanos) {
                return true;
            }
            try {
                sleeper.sleep(Math.max(1, Math.min(50, (restNanos - rested) / 1_000_000 + 1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
