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

    /** Typing stopped the article's detection half-way: its rest is scored after the keys, with the encoder kept. */
    @Test
    void notLetGoWhileAStoppedDetectionHasTheArticlesRestToScore() throws Exception {
        WorkspaceService service = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "me");
        service.watchCheckerWork(() -> true);
        try (WorkspaceSession session = service.open(folder.resolve("w.checkbench"))) {
            Article article = session.articles().importText("Encoder", TEXT, null);
            SuggestionService suggestions = session.suggestions();
            suggestions.detect(article.id(), TEXT, suggestions.defaultThreshold(), 0, 0,
                    new SuggestionService.DetectionProgress() {
                        @Override
                        public void scored(int done, int total) {
                            if (done == total) {
                                throw new java.util.concurrent.CancellationException("a save while the checker typed");
                            }
                        }
                    });
        } catch (java.util.concurrent.CancellationException expected) {
            // as ArticleSuggestions stops a detection
        }
        assertThat(EncoderSource.shipped().isLoaded()).isTrue();
        Thread.sleep(WorkspaceService.DETECTION_QUIET.toMillis() + 200);

        assertThat(service.letEncoderGoWhileCheckerWorks()).isFalse();
        assertThat(EncoderSource.shipped().isLoaded()).isTrue();
    }
}
