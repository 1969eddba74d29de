package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.onFxTrue;
import static org.checkbench.ui.AppHarness.waitUntil;

import org.checkbench.ui.RunningAppTest;
import org.junit.jupiter.api.Test;

/**
 * The detection that takes up one this article's caller stopped (a save came while it ran) is
 * scored on one lane, and only that one (ADR 0159): the article knows its own detections; another
 * article's, or one after a detection that ran to its end, asks the window how many lanes.
 */
class StoppedDetectionRestTest extends RunningAppTest {

    @Test
    void onlyTheDetectionAfterAStoppedOneTakesUpItsRest() throws Exception {
        waitUntil(() -> onFxTrue(() -> app.window().tasks().running().isEmpty()));
        String onScreen = onFx(() -> open().surface().text());
        // Long enough that the first detection is still running when the second save stops it.
        String longer = (onScreen + "\n\n").repeat(60);

        onFx(() -> {
            open().suggestions().refreshAfterSave(() -> longer);
            open().suggestions().refreshAfterSave(() -> onScreen);
        });
        waitUntil(() -> onFxTrue(() -> app.window().tasks().running().isEmpty()));
        assertThat(onFx(() -> open().suggestions().latestDetectionResumesAStoppedOne()))
                .as("the save's detection after the one it stopped").isTrue();

        onFx(() -> open().suggestions().refreshAfterSave(() -> onScreen));
        waitUntil(() -> onFxTrue(() -> app.window().tasks().running().isEmpty()));
        assertThat(onFx(() -> open().suggestions().latestDetectionResumesAStoppedOne()))
                .as("a detection after one that ran to its end").isFalse();
        assertThat(onFx(() -> open().suggestions().items())).as("the text on screen's answer is shown").isNotEmpty();
    }
}
