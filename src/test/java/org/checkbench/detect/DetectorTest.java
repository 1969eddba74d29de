package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class DetectorTest {

    private final Detector detector = Detector.standard();

    /**
     * A behavioural check of the shipped weights, not a tuning step: the weights were trained and the
     * threshold chosen on crowdsourced.tsv only. This fails if the weights file is broken, stale or
     * out of step with the feature code.
     */
    @Test
    void shippedWeightsReachTheRequiredF1OnClaimBusterGroundTruth() throws IOException, URISyntaxException {
        Path groundTruth = Path.of(DetectorTest.class.getResource("claimbuster-groundtruth.tsv").toURI());
        List<LabelledSentence> rows = LabelledSentence.read(groundTruth);

        Detector fallback = Detector.featuresOnly(); // the weights file alone; the ensemble: DetectorEncoderTest
        Evaluation evaluation = Evaluation.of(fallback, rows, fallback.defaultThreshold());

        assertThat(rows).hasSize(1032);
        assertThat(evaluation.truePositives() + evaluation.falseNegatives()).isEqualTo(238);
        assertThat(evaluation.f1()).as(evaluation.summary()).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void suggestionsCoverTheSplitterUnitsWithScoresInRangeAndTheDefaultThreshold() throws IOException {
        String sample = SentenceSplitterTest.sampleArticle();

        List<SentenceSuggestion> suggestions = detector.detect(sample);

        assertThat(suggestions).extracting(s -> new SentenceSpan(s.start(), s.end()))
                .containsExactlyElementsOf(new SentenceSplitter().split(sample));
        assertThat(suggestions).allSatisfy(s -> {
            assertThat(s.score()).isBetween(0.0, 1.0);
            assertThat(s.suggested()).isEqualTo(s.score() >= detector.defaultThreshold());
        });
        assertThat(detector.defaultThreshold()).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void factsWithNumbersAndSourcesAreSuggestedAndOpinionIsNot() throws IOException {
        String sample = SentenceSplitterTest.sampleArticle();
        List<SentenceSuggestion> suggestions = detector.detect(sample);

        SentenceSuggestion investment = find(suggestions, sample, "It was revealed earlier this year that Russia plans");
        assertThat(investment.suggested()).isTrue();
        assertThat(investment.reasons()).contains("number", "money", "date", "named source");

        SentenceSuggestion confirmed = find(suggestions, sample, "His claims were backed by US officials");
        assertThat(confirmed.suggested()).isTrue();
        assertThat(confirmed.reasons()).contains("number", "date", "named source");

        SentenceSuggestion promise = find(suggestions, sample, "“This will also allow us to resolve");
        assertThat(promise.suggested()).isFalse();
        assertThat(promise.reasons()).contains("opinion", "prediction or promise");

        SentenceSuggestion hunch = find(suggestions, sample, "“We tried to explain to them where to aim");
        assertThat(hunch.suggested()).isFalse();
        assertThat(hunch.score()).isLessThan(investment.score());
    }

    @Test
    void thresholdParameterDecidesWhatIsSuggested() throws IOException {
        String sample = SentenceSplitterTest.sampleArticle();

        assertThat(detector.detect(sample, 0.0)).allMatch(SentenceSuggestion::suggested);
        assertThat(detector.detect(sample, 1.0)).noneMatch(SentenceSuggestion::suggested);
        long strict = detector.detect(sample, 0.9).stream().filter(SentenceSuggestion::suggested).count();
        long lenient = detector.detect(sample, 0.2).stream().filter(SentenceSuggestion::suggested).count();
        assertThat(strict).isPositive().isLessThan(lenient);
    }

    @Test
    void emptyTextHasNoSuggestions() {
        assertThat(detector.detect("")).isEmpty();
        assertThat(detector.detect("\n \n")).isEmpty();
    }

    private static SentenceSuggestion find(List<SentenceSuggestion> suggestions, String text, String prefix) {
        return suggestions.stream().filter(s -> s.textIn(text).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit starts with: " + prefix));
    }
}
