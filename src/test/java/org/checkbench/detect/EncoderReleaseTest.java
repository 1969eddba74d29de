package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The window lets an idle encoder go and loads it again when needed (ADR 0147): the scores must be
 * the same, and an encoder in use is never closed. A source of its own, not the shared one other
 * tests hold.
 */
class EncoderReleaseTest {

    private static final List<String> SENTENCES = List.of(
            "Unemployment fell to 3.2 percent in March, the lowest since 1969.",
            "I think we can do better than this.",
            "The city spent $4 million on the bridge last year, twice what it planned.",
            "Iodine deficiency can lead to brain damage in children.");

    private static EncoderSource ownShippedSource() {
        return EncoderSource.from(() -> {
            EncoderSettings settings = EncoderSettings.shipped();
            return new LoadedEncoder(EncoderModel.loadShipped(settings.maxTokens()), settings);
        });
    }

    @Test
    void aReleasedEncoderLoadsAgainAndScoresTheSame() {
        EncoderSource source = ownShippedSource();
        Detector detector = new Detector(new SentenceSplitter(), CheckWorthinessModel.shipped(), source, 0);
        List<ScoredSentence> before = detector.scoreAll(SENTENCES);
        assertThat(source.isLoaded()).isTrue();

        assertThat(detector.releaseEncoderIfIdleFor(Duration.ZERO)).isTrue();
        assertThat(source.isLoaded()).isFalse();
        assertThat(detector.releaseEncoderIfIdleFor(Duration.ZERO)).as("nothing left to release").isFalse();

        List<ScoredSentence> after = detector.scoreAll(SENTENCES);
        assertThat(after).isEqualTo(before);
        assertThat(source.loads()).isEqualTo(2);
        assertThat(detector.notice()).isEmpty();
        source.releaseIfIdleFor(Duration.ZERO);
    }

    /**
     * After an idle encoder was let go, a detection whose new sentences the feature model settles
     * (typing into an opinion, or into a sentence full of figures) does not load it again: the same
     * suggestions, without a second load. A sentence that needs the encoder loads it.
     */
    @Test
    void aReleasedEncoderIsLoadedAgainOnlyForASentenceThatNeedsIt() {
        EncoderSource source = ownShippedSource();
        Detector detector = new Detector(new SentenceSplitter(), CheckWorthinessModel.shipped(), source);
        String settled = "I think we can do better than this.\n\n"
                + "The city spent $4 million on the bridge last year, twice what it planned.\n";
        String open = "Moderna is doing very well, and Pfizer is doing very well.\n";
        List<SentenceSuggestion> withEncoder = new Detector(new SentenceSplitter(), CheckWorthinessModel.shipped(),
                source, 0).detect(settled + open);
        assertThat(detector.releaseEncoderIfIdleFor(Duration.ZERO)).isTrue();

        List<SentenceSuggestion> typed = detector.detect(settled);

        assertThat(source.loads()).as("not loaded again for sentences the feature model settles").isEqualTo(1);
        assertThat(typed).extracting(SentenceSuggestion::suggested).containsExactly(false, true);
        assertThat(typed).isEqualTo(withEncoder.subList(0, 2));

        List<SentenceSuggestion> needing = detector.detect(settled + open);

        assertThat(source.loads()).isEqualTo(2);
        assertThat(needing.get(2).score()).isEqualTo(withEncoder.get(2).score());
        source.releaseIfIdleFor(Duration.ZERO);
    }

    @Test
    void anEncoderInUseOrUsedLatelyStays() {
        EncoderSource source = ownShippedSource();
        try (EncoderSource.Lease lease = source.lease()) {
            assertThat(lease.encoder()).isPresent();
            assertThat(source.releaseIfIdleFor(Duration.ZERO)).as("a lease is open").isFalse();
            assertThat(lease.encoder().get().model().probabilities(SENTENCES.subList(0, 1))).hasSize(1);
        }
        assertThat(source.releaseIfIdleFor(Duration.ofHours(1))).as("used a moment ago").isFalse();
        assertThat(source.isLoaded()).isTrue();
        assertThat(source.releaseIfIdleFor(Duration.ZERO)).isTrue();
        assertThat(source.loads()).isEqualTo(1);
    }

    @Test
    void aFailedLoadIsNeitherReleasedNorTriedAgain() {
        int[] tries = {0};
        EncoderSource failing = EncoderSource.from(() -> {
            tries[0]++;
            throw new EncoderUnavailableException("its weights are missing from the jar");
        });
        Detector detector = new Detector(new SentenceSplitter(), CheckWorthinessModel.shipped(), failing, 0);
        double featureOnly = Detector.featuresOnly().score(SENTENCES.get(0)).score();

        assertThat(detector.score(SENTENCES.get(0)).score()).isEqualTo(featureOnly);
        assertThat(detector.releaseEncoderIfIdleFor(Duration.ZERO)).isFalse();
        assertThat(detector.score(SENTENCES.get(0)).score()).isEqualTo(featureOnly);
        assertThat(tries[0]).isEqualTo(1);
        assertThat(detector.notice()).isPresent();
    }
}
