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
 * Saves come faster than a long article is detected: each asks for a detection, but one runs at a
 * time, the newest text waiting for the stopped one to finish its batch (issue 18: seven running
 * side by side each held a copy of the text and its sentences). The newest text is the one detected.
 */
class OneDetectionAtATimeTest extends RunningAppTest {

    private static final String TITLE = "Find check-worthy sentences";

    @Test
    void savesInARowRunOneDetectionAtATimeAndTheLastOneAnswers() throws Exception {
        waitUntil(() -> onFxTrue(() -> app.window().tasks().running().isEmpty()));
        AtomicInteger most = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        ListChangeListener<BackgroundTask<?>> counting = change -> {
            long detecting = change.getList().stream().filter(t -> t.title().equals(TITLE)).count();
            most.accumulateAndGet((int) detecting, Math::max);
            while (change.next()) {
                started.addAndGet((int) change.getAddedSubList().stream().filter(t -> t.title().equals(TITLE)).count());
            }
        };
        onFx(() -> app.window().tasks().running().addListener(counting));

        // The text on screen with its first sentence cut: a detection of it suggests nothing there.
        String onScreen = onFx(() -> open().surface().text());
        int firstEnd = onScreen.indexOf(". ") + 2;
        String shorter = " ".repeat(firstEnd) + onScreen.substring(firstEnd);
        onFx(() -> {
            open().suggestions().refreshAfterSave(() -> onScreen);
            open().suggestions().refreshAfterSave(() -> onScreen);
            open().suggestions().refreshAfterSave(() -> shorter);
        });
        waitUntil(() -> onFxTrue(() -> app.window().tasks().running().isEmpty()) && started.get() == 2);
        onFx(() -> app.window().tasks().running().removeListener(counting));

        assertThat(most.get()).as("detections running at once").isEqualTo(1);
        assertThat(started.get()).as("the first, then the newest of those that waited").isEqualTo(2);
        assertThat(onFx(() -> open().suggestions().items())).as("the newest text's answer is shown")
                .isNotEmpty().allSatisfy(s -> assertThat(s.start()).isGreaterThanOrEqualTo(firstEnd));
    }
}
