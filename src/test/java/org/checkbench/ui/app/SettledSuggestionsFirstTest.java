package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.onFxTrue;
import static org.checkbench.ui.AppHarness.waitUntil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;

import org.checkbench.detect.EncoderSource;
import org.checkbench.model.Suggestion;
import org.checkbench.ui.RunningAppTest;
import org.junit.jupiter.api.Test;

/**
 * In the window, a detection shows what the feature model settles on screen before the encoder
 * has answered there (ADR 0117), then the part on screen, then the rest: no suggestion appears and
 * then goes again on the way, and the end is what detecting the whole text at once stores.
 */
class SettledSuggestionsFirstTest extends RunningAppTest {

    @Test
    void suggestionsShownOnTheWayStayAndTheEndIsTheWholeDetectionsAnswer() throws Exception {
        waitUntil(() -> onFxTrue(() -> app.window().tasks().running().isEmpty()));
        waitForTasks();
        // Sentences the encoder has not scored yet (the same length, so the places on screen hold),
        // with the encoder let go as after a pause: the settled ones can come before it is loaded again.
        String onScreen = onFx(() -> open().surface().text());
        String changed = onScreen.replace(" the ", " her ");
        assertThat(changed).isNotEqualTo(onScreen).hasSameSizeAs(onScreen);
        EncoderSource.shipped().releaseIfIdleFor(Duration.ZERO);
        List<Suggestion> shownBefore = onFx(() -> List.copyOf(open().suggestions().items()));
        List<List<Suggestion>> shown = new ArrayList<>();
        ListChangeListener<Suggestion> recording = change -> shown.add(List.copyOf(change.getList()));
        onFx(() -> open().suggestions().items().addListener(recording));

        onFx(() -> open().suggestions().refreshAfterSave(() -> changed));
        waitUntil(() -> onFxTrue(() -> app.window().tasks().running().isEmpty()));
        waitForTasks();
        onFx(() -> open().suggestions().items().removeListener(recording));
        List<Suggestion> end = onFx(() -> List.copyOf(open().suggestions().items()));

        assertThat(shown).as("the settled part, the part on screen, the whole text").hasSizeGreaterThanOrEqualTo(3);
        List<Suggestion> before = shownBefore;
        for (List<Suggestion> step : shown) {
            for (Suggestion appeared : step) {
                if (!before.contains(appeared)) {
                    assertThat(end).as("appeared on the way, still there at the end").contains(appeared);
                }
            }
            before = step;
        }
        long articleId = onFx(() -> open().article().id());
        // The harness's settings leave the threshold at the detector's default.
        List<Suggestion> atOnce = open().session().suggestions().refresh(articleId, changed,
                open().session().suggestions().defaultThreshold());
        assertThat(end).as("as one detection of the whole text stores it").isEqualTo(atOnce);
    }
}
