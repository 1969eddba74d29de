package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.checkbench.detect.EncoderSource;
import org.checkbench.model.Article;
import org.checkbench.model.Suggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window lets the check-worthiness encoder go while the checker types (ADR 0173): only once
 * it has not scored for a moment, only while the checker works, and at most once per
 * {@link WorkspaceService#MODEL_IDLE}; the suggestions after it are the same.
 */
class EncoderWhileTypingTest {

    @TempDir
    Path folder;

    /** One sentence the feature model does not settle, so detecting it needs the encoder. */
    private static final String TEXT = "Moderna is doing very well, and Pfizer is doing very well.\n\n"
            + "Unemployment fell to 3.2 percent in March, the lowest since 1969.\n";
    /** The same with a sentence typed into: new to the score cache, and not settled by the feature model either. */
    private static final String TYPED = TEXT.replace("Pfizer", "Novavax");

    @Test
    void theEncoderGoesWhileTheCheckerWorksOnceIdleAndAtMostOncePerIdlePeriod() throws Exception {
        WorkspaceService service = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "me");
        AtomicBoolean working = new AtomicBoolean(false);
        service.watchCheckerWork(working::get);
        try (WorkspaceSession session = service.open(folder.resolve("w.checkbench"))) {
            Article article = session.articles().importText("Encoder", TEXT, null);
            SuggestionService suggestions = session.suggestions();
            double threshold = suggestions.defaultThreshold();
            List<Suggestion> before = suggestions.refresh(article.id(), TEXT, threshold);
            assertThat(EncoderSource.shipped().isLoaded()).isTrue();

            working.set(true);
            assertThat(service.letEncoderGoWhileCheckerWorks()).as("it has just scored").isFalse();
            Thread.sleep(WorkspaceService.DETECTION_QUIET.toMillis() + 200);
            working.set(false);
            assertThat(service.letEncoderGoWhileCheckerWorks()).as("the checker rests").isFalse();
            assertThat(EncoderSource.shipped().isLoaded()).isTrue();

            working.set(true);
            assertThat(service.letEncoderGoWhileCheckerWorks()).isTrue();
            assertThat(EncoderSource.shipped().isLoaded()).isFalse();

            List<Suggestion> same = suggestions.refresh(article.id(), TEXT, threshold);
            assertThat(same).extracting(Suggestion::start, Suggestion::end, Suggestion::score)
                    .isEqualTo(before.stream().map(s -> tuple(s.start(), s.end(), s.score())).toList());
            suggestions.refresh(article.id(), TYPED, threshold);
            assertThat(EncoderSource.shipped().isLoaded()).as("loaded again for a typed sentence that needs it").isTrue();

            Thread.sleep(WorkspaceService.DETECTION_QUIET.toMillis() + 200);
            assertThat(service.letEncoderGoWhileCheckerWorks()).as("once per idle period").isFalse();
            assertThat(EncoderSource.shipped().isLoaded()).isTrue();
        }
    }

    /**
     * Typing stopped the article's detection before the encoder ran: the encoder goes all the same
     * while the checker types, and the rest, detected after the keys, loads it again and is scored on
     * one lane (ADR 0159: the window's caller is not asked how many), with the suggestions a detection
     * that was never stopped gives. Another article's detection after the stop is no such rest: it
     * asks the window how many lanes, as any detection does.
     */
    @Test
    void afterAStoppedDetectionTheEncoderGoesAndTheRestIsScoredOnOneLaneWithTheSameSuggestions() throws Exception {
        WorkspaceService service = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "me");
        service.watchCheckerWork(() -> true);
        List<Suggestion> resumed;
        int[] lanesAskedResumed = {0};
        try (WorkspaceSession session = service.open(folder.resolve("w.checkbench"))) {
            Article article = session.articles().importText("Encoder", TEXT, null);
            SuggestionService suggestions = session.suggestions();
            double threshold = suggestions.defaultThreshold();
            suggestions.refresh(article.id(), TEXT, threshold);
            stopAtFirstCheckpoint(suggestions, article.id(), TYPED, threshold);
            Thread.sleep(WorkspaceService.DETECTION_QUIET.toMillis() + 200);

            assertThat(service.letEncoderGoWhileCheckerWorks()).as("let go although a rest waits").isTrue();
            assertThat(EncoderSource.shipped().isLoaded()).isFalse();

            resumed = suggestions.detect(article.id(), TYPED, threshold, 0, 0, lanesCounted(lanesAskedResumed, true));
            assertThat(EncoderSource.shipped().isLoaded()).as("loaded again for the rest").isTrue();

            stopAtFirstCheckpoint(suggestions, article.id(), TEXT, threshold);
            String otherText = TEXT.replace("Pfizer", "AstraZeneca");
            Article other = session.articles().importText("Another", otherText, null);
            int[] lanesAskedOther = {0};
            suggestions.detect(other.id(), otherText, threshold, 0, 0, lanesCounted(lanesAskedOther, false));
            assertThat(lanesAskedOther[0]).as("another article's detection after a stop").isPositive();
        }

        WorkspaceService neverStopped = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "me");
        int[] lanesAskedWhole = {0};
        try (WorkspaceSession session = neverStopped.open(folder.resolve("other.checkbench"))) {
            Article article = session.articles().importText("Encoder", TYPED, null);
            SuggestionService suggestions = session.suggestions();
            List<Suggestion> whole = suggestions.detect(article.id(), TYPED, suggestions.defaultThreshold(), 0, 0,
                    lanesCounted(lanesAskedWhole, false));

            assertThat(resumed).isNotEmpty().extracting(Suggestion::start, Suggestion::end, Suggestion::score)
                    .isEqualTo(whole.stream().map(s -> tuple(s.start(), s.end(), s.score())).toList());
        }
        assertThat(lanesAskedWhole[0]).as("a detection never stopped asks the window how many lanes").isPositive();
        assertThat(lanesAskedResumed[0]).as("the rest after a stopped one runs on one lane").isZero();
    }

    /** Starts a detection and stops it at its first checkpoint, as the window does when a save comes while the checker types. */
    private static void stopAtFirstCheckpoint(SuggestionService suggestions, long articleId, String text, double threshold) {
        try {
            suggestions.detect(articleId, text, threshold, 0, 0, new SuggestionService.DetectionProgress() {
                @Override
                public void checkpoint() {
                    throw new java.util.concurrent.CancellationException("a save while the checker typed");
                }
            });
        } catch (java.util.concurrent.CancellationException expected) {
            // as ArticleSuggestions stops a detection
        }
    }

    /**
     * A progress that counts how often the detection asks whether the checker is active (which sets
     * its lanes), and says whether it takes up a stopped detection's rest, as the window's caller does.
     */
    private static SuggestionService.DetectionProgress lanesCounted(int[] asked, boolean resumesAStoppedOne) {
        return new SuggestionService.DetectionProgress() {
            @Override
            public boolean checkerActive() {
                asked[0]++;
                return false;
            }

            @Override
            public boolean resumesAStoppedDetection() {
                return resumesAStoppedOne;
            }
        };
    }

    /** The report warm-up's wait: not done while a stopped detection's rest is still to come (ADR 0159). */
    @Test
    void detectionIsNotDoneWhileAStoppedDetectionsRestIsToCome() throws Exception {
        WorkspaceService service = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "me");
        try (WorkspaceSession session = service.open(folder.resolve("w.checkbench"))) {
            Article article = session.articles().importText("Encoder", TEXT, null);
            SuggestionService suggestions = session.suggestions();
            double threshold = suggestions.defaultThreshold();
            stopAtFirstCheckpoint(suggestions, article.id(), TEXT, threshold);
            long giveUpAt = System.nanoTime() + WorkspaceService.DETECTION_QUIET.toNanos() + 1_000_000_000L;

            assertThat(service.awaitDetectionDone(() -> System.nanoTime() > giveUpAt)).as("its rest is to come").isFalse();

            suggestions.refresh(article.id(), TEXT, threshold);
            long laterGiveUp = System.nanoTime() + WorkspaceService.DETECTION_QUIET.toNanos() + 1_000_000_000L;
            assertThat(service.awaitDetectionDone(() -> System.nanoTime() > laterGiveUp)).as("the rest was detected").isTrue();
        }
    }
}
