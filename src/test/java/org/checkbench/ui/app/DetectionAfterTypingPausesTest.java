package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.onFxTrue;
import static org.checkbench.ui.AppHarness.waitUntil;

import java.util.concurrent.atomic.AtomicInteger;

import javafx.collections.ListChangeListener;

import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.fx.BackgroundTask;
import org.junit.jupiter.api.Test;

/**
 * A save while the checker is still typing starts no detection: the next key would make its answer
 * out of date before it is shown (issue 18: each such detection cost the cores and the heap the
 * typing needed). Once typing pauses the saved text is detected and its suggestions are shown.
 */
class DetectionAfterTypingPausesTest extends RunningAppTest {

    private static final String TITLE = "Find check-worthy sentences";

    @Test
    void aSaveWhileTypingWaitsForThePauseThenItsTextIsDetected() throws Exception {
        waitUntil(() -> onFxTrue(() -> app.window().tasks().running().isEmpty()));
        AtomicInteger started = new AtomicInteger();
        ListChangeListener<BackgroundTask<?>> counting = change -> {
            while (change.next()) {
                started.addAndGet((int) change.getAddedSubList().stream().filter(t -> t.title().equals(TITLE)).count());
            }
        };
        onFx(() -> app.window().tasks().running().addListener(counting));

        String added = "\nThe council spent 4.2 million euros on the bridge in 2023.";
        int detectionsWhileTyping = onFx(() -> {
            int end = area().getLength();
            area().insertText(end, added); // a key, and the save that comes during steady typing
            open().saveNow();
            return started.get();
        });
        assertThat(detectionsWhileTyping).as("detections started by the save while typing").isZero();

        // No more keys: typing has paused, and the text that save stored is detected.
        waitUntil(() -> started.get() == 1 && onFxTrue(() -> app.window().tasks().running().isEmpty()));
        onFx(() -> app.window().tasks().running().removeListener(counting));
        String text = onFx(() -> open().surface().text());
        int addedAt = text.indexOf(added.strip());
        assertThat(onFx(() -> open().suggestions().items())).as("the typed sentence is suggested")
                .anySatisfy(s -> assertThat(s.start()).isGreaterThanOrEqualTo(addedAt));
        assertThat(started.get()).as("one detection, after the pause").isEqualTo(1);
    }
}
