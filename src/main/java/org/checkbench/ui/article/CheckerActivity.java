package org.checkbench.ui.article;

import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Whether the checker is working in the window right now (a key, click or scroll in the last
 * 1.5 s): background detection then scores on one core only, leaving the other to the editor.
 * One per window; any thread may ask.
 */
public final class CheckerActivity {

    /** How long after the checker's last key, click or scroll detection keeps to one core. */
    static final long ACTIVE_FOR_NANOS = 1_500_000_000L;

    private volatile long lastActivity = System.nanoTime() - ACTIVE_FOR_NANOS;

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
        lastActivity = System.nanoTime();
    }

    /** True shortly after the checker's last action. */
    boolean active() {
        return System.nanoTime() - lastActivity < ACTIVE_FOR_NANOS;
    }
}
