package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The part on screen first (ADR 0117): split on its own into the same units as the whole text, and
 * what the feature model settles there handed over before the encoder is loaded, each with the
 * answer the whole detection gives it, which is the one detecting all at once gives.
 */
class VisiblePartFirstTest {

    @Test
    void splittingAroundARangeGivesTheWholeSplitsUnitsThere() throws IOException {
        SentenceSplitter splitter = new SentenceSplitter();
        String sample = SentenceSplitterTest.sampleArticle();
        StringBuilder wrapped = new StringBuilder();
        for (String word : (sample.replace('\n', ' ') + " ").repeat(2).split(" ")) {
            int lineStart = wrapped.lastIndexOf("\n") + 1;
            wrapped.append(wrapped.length() - lineStart + word.length() > 72 ? "\n" : wrapped.length() == lineStart ? "" : " ")
                    .append(word);
        }
        for (String text : List.of(sample, wrapped.toString())) {
            assertThat(HardWrap.joinedBreaks(text).isEmpty()).isEqualTo(text == sample);
            List<SentenceSpan> whole = splitter.split(text);
            for (int from = 0; from < text.length(); from += 397) {
                int to = Math.min(text.length(), from + 1 + from % 3000);
                int f = from;
                List<SentenceSpan> around = splitter.splitAround(text, from, to).stream()
                        .filter(s -> s.start() < to && s.end() > f).toList();
                assertThat(around).as("[%d, %d)", from, to)
                        .isEqualTo(whole.stream().filter(s -> s.start() < to && s.end() > f).toList()).isNotEmpty();
            }
        }
    }

    @Test
    void whatTheFeatureModelSettlesOnScreenComesBeforeTheEncoderLoadsWithItsFinalAnswer() throws IOException {
        AtomicInteger loads = new AtomicInteger();
        EncoderSource source = countingLoads(loads);
        Detector detector = new Detector(new SentenceSplitter(), CheckWorthinessModel.shipped(), source, 0);
        String sample = SentenceSplitterTest.sampleArticle();
        int to = Math.min(sample.length(), 3000);
        List<String> calls = new ArrayList<>();
        List<SentenceSuggestion> settled = new ArrayList<>();
        List<SentenceSuggestion> first = new ArrayList<>();

        List<SentenceSuggestion> all = detector.detect(sample, detector.defaultThreshold(), 0, to, new DetectionProgress() {
            @Override
            public void settledFirst(List<SentenceSuggestion> suggestions) {
                calls.add("settled, encoder loads: " + loads.get());
                settled.addAll(suggestions);
            }

            @Override
            public void firstPart(List<SentenceSuggestion> suggestions) {
                calls.add("first part, encoder loads: " + loads.get());
                first.addAll(suggestions);
            }
        });
        source.releaseIfIdleFor(Duration.ZERO);

        assertThat(calls).containsExactly("settled, encoder loads: 0", "first part, encoder loads: 1");
        assertThat(settled).as("some suggested, some not, some left to the encoder")
                .anyMatch(SentenceSuggestion::suggested).anyMatch(s -> !s.suggested()).hasSizeLessThan(first.size());
        assertThat(first).containsAll(settled);
        assertThat(all).containsAll(first);
        OneWholeDetection.assertSameAs(all, sample);
    }

    @Test
    void theEncoderIsLoadedAheadOnlyWhenTheStartOfTheTextNeedsIt() throws IOException {
        AtomicInteger loads = new AtomicInteger();
        EncoderSource source = countingLoads(loads);
        Detector detector = new Detector(new SentenceSplitter(), CheckWorthinessModel.shipped(), source, 0);
        String furniture = "Flood waters recede\nBy Jonas Lindqvist\nThursday, February 23, 2006\n";

        assertThat(detector.loadEncoderIfNeededFor(furniture, detector.defaultThreshold(), 0, furniture.length()))
                .as("headline, byline, dateline: nothing for the encoder").isFalse();
        assertThat(loads.get()).isZero();
        String sample = SentenceSplitterTest.sampleArticle();
        assertThat(detector.loadEncoderIfNeededFor(sample, detector.defaultThreshold(), 0, 3000)).isTrue();
        assertThat(detector.loadEncoderIfNeededFor(sample, detector.defaultThreshold(), 0, 3000)).as("loaded already").isFalse();
        assertThat(loads.get()).isOne();
        source.releaseIfIdleFor(Duration.ZERO);
    }

    /** The shipped encoder, counting in {@code loads} each time it is loaded. */
    private static EncoderSource countingLoads(AtomicInteger loads) {
        EncoderSettings settings = EncoderSettings.shipped();
        return EncoderSource.from(settings, () -> {
            loads.incrementAndGet();
            return new LoadedEncoder(EncoderModel.loadShipped(settings.maxTokens()), settings);
        });
    }
}
