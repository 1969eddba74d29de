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
import org.checkbench.service.FirstPartAhead;
import org.checkbench.service.SuggestionService;
import org.checkbench.ui.RunningAppTest;
import org.junit.jupiter.api.Test;

/**
 * An article's part on screen is detected as its text is read, while the window builds its screen
 * (ADR 0118): what that shows early is what the whole detection ends with there, nothing appears and
 * then goes again, and a checker who scrolls away before it lands still ends with the whole answer.
 */
class FirstPartAheadWindowTest extends RunningAppTest {

    /** The sample article the app opens with, read before any test opens another. */
    private static String sample;

    @org.junit.jupiter.api.BeforeAll
    static void readTheSample() throws Exception {
        sample = onFx(() -> open().surface().text());
    }

    @Test
    void thePartDetectedAheadIsShownFirstAndIsWhatTheWholeDetectionEndsWithThere() throws Exception {
        String text = freshText(1, " the ", " her ");
        Opening opening = openWithRecording("Detected ahead", text, false);

        List<Suggestion> end = waitForTheWholeDetection(opening, text);
        assertThat(opening.ahead).as("the part on screen was detected ahead").isNotNull();
        assertThat(opening.firstPartShown).as("the part on screen was shown before the rest").isNotNull();
        // The part on screen: detected ahead (what the feature model settles there first), scored once
        // the encoder is loaded, and then what the end has there.
        assertThat(opening.ahead.covers(opening.onScreen[0], opening.onScreen[1])).isTrue();
        int from = opening.onScreen[0];
        int to = opening.onScreen[1];
        assertThat(placesOverlapping(opening.firstPartShown, from, to)).as("the part on screen, as the end has it")
                .isEqualTo(placesOverlapping(end, from, to)).isNotEmpty();
        assertNothingAppearedAndWent(opening, end);
        assertThat(opening.unstyledAtShown).as("every suggestion shown with the article is drawn in its text (ADR 0167)").isEmpty();
    }

    @Test
    void scrollingAwayBeforeThePartDetectedAheadLandsStillEndsWithTheWholeDetection() throws Exception {
        String text = freshText(12, " a ", " e ");
        Opening opening = openWithRecording("Scrolled at once", text, true);

        List<Suggestion> end = waitForTheWholeDetection(opening, text);
        assertThat(opening.ahead).isNotNull();
        assertThat(onFx(() -> app.window().editor().visibleRange()[0])).as("still scrolled away from the top")
                .isGreaterThan(opening.ahead.to());
        assertNothingAppearedAndWent(opening, end);
    }

    /** What the test saw of an opening: the detection ahead, every list of suggestions shown, the part on screen when shown. */
    private static final class Opening {
        volatile FirstPartAhead ahead;
        final List<List<Suggestion>> shown = new ArrayList<>();
        List<Suggestion> shownBefore;
        /** Suggestions shown when the article's screen was built whose first character lacks the suggestion style. */
        List<Suggestion> unstyledAtShown;
        volatile List<Suggestion> firstPartShown;
        volatile int[] onScreen;
        volatile boolean detected;
    }

    /**
     * The sample article, {@code copies} times, each copy's sentences made new to the detector
     * ({@code word} replaced by {@code other} of the same length and a copy number), with the encoder
     * let go as after a pause: the part on screen waits for it to load, as on a first opening.
     */
    private static String freshText(int copies, String word, String other) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int copy = 0; copy < copies; copy++) {
            text.append(sample.replace(word, other).replace("percent", "percent " + copy)).append('\n');
        }
        EncoderSource.shipped().releaseIfIdleFor(Duration.ZERO);
        return text.toString();
    }

    /** Opens a new article with {@code text}, recording every list of suggestions the window shows from then on. */
    private static Opening openWithRecording(String title, String text, boolean scrollAtOnce) throws Exception {
        waitForTasks();
        long id = open().session().articles().importText(title, text, "test").id();
        Opening opening = new Opening();
        ListChangeListener<Suggestion> recording = change -> opening.shown.add(List.copyOf(change.getList()));
        onFx(() -> app.window().workspace().openArticle(id, bundle -> {
            opening.ahead = bundle.ahead();
            app.window().showArticle(bundle);
            opening.shownBefore = List.copyOf(open().suggestions().items());
            var area = app.window().editor().area();
            opening.unstyledAtShown = opening.shownBefore.stream().filter(s -> !area.getStyleOfChar(s.start())
                    .contains(org.checkbench.ui.article.ClaimStyles.SUGGESTION_CLASS)).toList();
            open().suggestions().items().addListener(recording);
            open().setDetectionListener(new org.checkbench.ui.article.DetectionListener() {
                @Override
                public void finished(java.util.Optional<String> notice) {
                    opening.detected = true;
                }
            });
            open().suggestions().onFirstPartShown(() -> {
                if (opening.firstPartShown == null) {
                    opening.firstPartShown = List.copyOf(open().suggestions().items());
                    opening.onScreen = app.window().editor().visibleRange();
                }
            });
            if (scrollAtOnce) {
                // Before anything was laid out or detected: the checker jumps to the end of the article.
                app.window().editor().area().moveTo(app.window().editor().area().getLength());
                app.window().editor().area().requestFollowCaret();
            }
        }));
        waitUntil(() -> open().article().id() == id);
        return opening;
    }

    /** Waits until the window's detection as opened is done and shown; checks it is what one detection of the whole text gives. */
    private static List<Suggestion> waitForTheWholeDetection(Opening opening, String text) throws Exception {
        SuggestionService service = open().session().suggestions();
        long articleId = onFx(() -> open().article().id());
        waitUntil(() -> opening.detected && onFxTrue(() -> app.window().tasks().running().isEmpty()));
        waitForTasks();
        // The harness's settings leave the threshold at the detector's default.
        List<Suggestion> atOnce = service.detect(articleId, text, service.defaultThreshold(), 0, 0,
                new SuggestionService.DetectionProgress() { });
        List<Suggestion> end = onFx(() -> List.copyOf(open().suggestions().items()));
        assertThat(end).as("as stored").isEqualTo(service.list(articleId));
        assertThat(placesOverlapping(end, 0, text.length())).as("as one detection of the whole text gives them")
                .isEqualTo(placesOverlapping(atOnce, 0, text.length()));
        return end;
    }

    private static void assertNothingAppearedAndWent(Opening opening, List<Suggestion> end) throws Exception {
        List<Suggestion> before = opening.shownBefore;
        List<String> endPlaces = placesOverlapping(end, 0, Integer.MAX_VALUE);
        for (List<Suggestion> step : new ArrayList<>(opening.shown)) {
            List<String> earlier = placesOverlapping(before, 0, Integer.MAX_VALUE);
            for (String appeared : placesOverlapping(step, 0, Integer.MAX_VALUE)) {
                if (!earlier.contains(appeared)) {
                    assertThat(endPlaces).as("appeared on the way, still there at the end").contains(appeared);
                }
            }
            before = step;
        }
    }

    /**
     * Each suggestion overlapping {@code [from, to)} as its place, words, score and reasons (ids differ
     * between a detection and the store). Scores to 6 places: the encoder's score of one sentence
     * moves in the 8th place with the length of the batch it was padded into.
     */
    private static List<String> placesOverlapping(List<Suggestion> suggestions, int from, int to) {
        List<String> places = new ArrayList<>();
        for (Suggestion s : suggestions) {
            if (s.overlaps(from, to)) {
                places.add(s.start() + "-" + s.end() + " " + s.exact() + " "
                        + String.format(java.util.Locale.ROOT, "%.6f", s.score()) + " " + s.reasons());
            }
        }
        return places;
    }
}
