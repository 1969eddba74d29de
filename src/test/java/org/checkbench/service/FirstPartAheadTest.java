package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.checkbench.model.Article;
import org.checkbench.model.Suggestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The part on screen detected as the text is read (ADR 0118): the top of the article, what the
 * feature model settles there and then the whole part, each what one detection of the whole text
 * gives there; nothing is stored by it.
 */
class FirstPartAheadTest {

    @TempDir
    Path folder;

    private WorkspaceSession session;

    @BeforeEach
    void open() {
        session = new WorkspaceService(new AppDirectories(folder.resolve("data")), Clock.systemUTC(), "olena")
                .open(folder.resolve("w.checkbench"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theTopOfTheArticleIsDetectedAsTheWholeDetectionHasItAndNothingIsStored() throws Exception {
        Article sample = session.articles().importSampleIfEmpty();
        String text = session.articles().load(sample.id()).article().currentText();
        List<Suggestion> stored = session.suggestions().list(sample.id());
        List<List<Suggestion>> settled = new ArrayList<>();
        List<List<Suggestion>> parts = new ArrayList<>();

        org.checkbench.detect.EncoderSource.shipped().releaseIfIdleFor(java.time.Duration.ZERO);
        FirstPartAhead ahead = FirstPartAhead.start(session.suggestions(), sample.id(), text, -1);
        ahead.deliverTo(recorder(settled, parts));
        assertThat(ahead.awaitFirstPart(() -> false)).as("the encoder was loaded: the window's detection scores the part").isFalse();
        assertThat(ahead.from()).isZero();
        assertThat(ahead.to()).isEqualTo(Math.min(text.length(), FirstPartAhead.OPENING_CHARACTERS));
        assertThat(ahead.covers(0, ahead.to())).isTrue();
        assertThat(ahead.covers(0, ahead.to() + 1)).isFalse();
        assertThat(settled).as("what the feature model settles, before the encoder loads").hasSize(1);
        assertThat(parts).isEmpty();

        // Opened again, the encoder loaded: the whole part.
        FirstPartAhead again = FirstPartAhead.start(session.suggestions(), sample.id(), text, -1);
        again.deliverTo(recorder(settled, parts));
        assertThat(again.awaitFirstPart(() -> false)).as("the part was scored").isTrue();
        List<Suggestion> whole = session.suggestions().detect(sample.id(), text, session.suggestions().defaultThreshold(),
                0, 0, new SuggestionService.DetectionProgress() { });
        assertThat(parts).hasSize(1);
        assertThat(places(parts.get(0), ahead.to())).as("the part, as the whole detection has it")
                .isEqualTo(places(whole, ahead.to())).isNotEmpty();
        assertThat(places(whole, ahead.to())).as("settled answers are final").containsAll(places(settled.get(0), ahead.to()));
        assertThat(session.suggestions().list(sample.id())).as("nothing stored by it").isEqualTo(stored);
    }

    @Test
    void theEncoderLoadsOnceTheWindowHasBuiltTheScreenAndNotForAnArticleNoLongerShown() throws Exception {
        Article sample = session.articles().importSampleIfEmpty();
        String text = session.articles().load(sample.id()).article().currentText();
        org.checkbench.detect.EncoderSource encoder = org.checkbench.detect.EncoderSource.shipped();

        // Closed before the window built its screen: the settled part came, the encoder's load did not start.
        encoder.releaseIfIdleFor(java.time.Duration.ZERO);
        FirstPartAhead closed = FirstPartAhead.prepare(session.suggestions(), sample.id(), text, -1);
        closed.deliverTo(settledThen(closed::stop));
        closed.begin();
        assertThat(closed.awaitFirstPart(() -> false)).isFalse();
        assertThat(encoder.isLoaded()).as("no encoder loaded for an article no longer shown").isFalse();

        // The screen built as the settled part comes: the load starts then, and this waits for it.
        FirstPartAhead shown = FirstPartAhead.prepare(session.suggestions(), sample.id(), text, -1);
        shown.deliverTo(settledThen(shown::screenBuilt));
        shown.begin();
        assertThat(shown.awaitFirstPart(() -> false)).isFalse();
        assertThat(encoder.isLoaded()).as("loaded once the screen was built").isTrue();
    }

    /** A listener that runs {@code then} on the detecting thread when the settled part comes. */
    private static FirstPartAhead.Listener settledThen(Runnable then) {
        return new FirstPartAhead.Listener() {
            @Override
            public void settled(List<Suggestion> suggested, List<int[]> units) {
                then.run();
            }

            @Override
            public void firstPart(List<Suggestion> suggested) {
                // only with the encoder loaded before: awaitFirstPart then says so
            }
        };
    }

    private static FirstPartAhead.Listener recorder(List<List<Suggestion>> settled, List<List<Suggestion>> parts) {
        return new FirstPartAhead.Listener() {
            @Override
            public void settled(List<Suggestion> suggested, List<int[]> units) {
                settled.add(suggested);
            }

            @Override
            public void firstPart(List<Suggestion> suggested) {
                parts.add(suggested);
            }
        };
    }

    /** The suggestions starting before {@code to}: place, words, score to 6 places, reasons. */
    private static List<String> places(List<Suggestion> suggestions, int to) {
        List<String> places = new ArrayList<>();
        for (Suggestion s : suggestions) {
            if (s.overlaps(0, to)) {
                places.add(s.start() + "-" + s.end() + " " + s.exact() + " "
                        + String.format(Locale.ROOT, "%.6f", s.score()) + " " + s.reasons());
            }
        }
        return places;
    }
}
