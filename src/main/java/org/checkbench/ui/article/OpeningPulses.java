package org.checkbench.ui.article;

import javafx.scene.Scene;

import org.checkbench.service.OpeningTimeline;

/**
 * With the opening timeline on ({@code -Dcheckbench.openingTimeline=true}), the first pulses after an
 * article's screen starts being built, as timeline steps: when each pulse's layout starts and ends.
 * What the frame with the first suggestions waits for after the build is that pulse's CSS and layout,
 * and the queue of answers before it; the benchmark's "first layout" line is taken after that queue.
 */
final class OpeningPulses {

    private static final int PULSES = 4;

    private OpeningPulses() {
    }

    /** Watches {@code scene}'s next few pulses when the timeline is on; nothing otherwise. FX thread. */
    static void watch(Scene scene) {
        if (!OpeningTimeline.on() || scene == null) {
            return;
        }
        int[] seen = {0};
        Runnable[] listeners = new Runnable[2];
        listeners[0] = () -> OpeningTimeline.step("pulse " + (seen[0] + 1) + ": CSS done, layout starts");
        listeners[1] = () -> {
            OpeningTimeline.step("pulse " + (++seen[0]) + ": layout done");
            if (seen[0] == PULSES) {
                javafx.application.Platform.runLater(() -> {
                    scene.removePreLayoutPulseListener(listeners[0]);
                    scene.removePostLayoutPulseListener(listeners[1]);
                });
            }
        };
        scene.addPreLayoutPulseListener(listeners[0]);
        scene.addPostLayoutPulseListener(listeners[1]);
        watchFramesDrawn(scene);
    }

    /**
     * When the renderer has drawn each of the first frames: JavaFX says so only through its internal
     * performance tracker (on the classpath; in a modular image it is not exported, and the step is missing).
     */
    private static void watchFramesDrawn(Scene scene) {
        try {
            com.sun.javafx.perf.PerformanceTracker tracker = com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene);
            int[] drawn = {0};
            tracker.setOnRenderedFrameTask(() -> {
                if (drawn[0] < PULSES) {
                    OpeningTimeline.step("frame " + (++drawn[0]) + " drawn");
                }
            });
        } catch (LinkageError | RuntimeException notAvailable) {
            OpeningTimeline.step("frames drawn: not available (" + notAvailable + ")");
        }
    }
}
