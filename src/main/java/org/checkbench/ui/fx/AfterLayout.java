package org.checkbench.ui.fx;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work once the window has laid out what was just put in it: after the next layout pass of
 * the scene (the frame that shows it), not before. Background work started this way does not take
 * a core from the window while it builds its first frame, and reads the real visible range.
 */
public final class AfterLayout {

    private AfterLayout() {
    }

    /**
     * Runs {@code work} on the FX thread once, right after the scene's next layout pass. If the
     * scene is in no showing window, that is when a window shows it. Call on the FX thread.
     */
    public static void run(Scene scene, Runnable work) {
        Runnable[] listener = new Runnable[1];
        boolean[] done = {false};
        listener[0] = () -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            // Not from inside the pulse: the listener list is being walked, and work may be long.
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(listener[0]);
                work.run();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
