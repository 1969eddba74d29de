package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ScoreCacheTest {

    @Test
    void theLeastRecentlyUsedSentenceLeavesFirst() {
        ScoreCache cache = new ScoreCache(2);
        ScoredSentence a = new ScoredSentence(0.1, List.of());
        ScoredSentence b = new ScoredSentence(0.2, List.of());
        cache.put("a", a);
        cache.put("b", b);
        assertThat(cache.get("a")).isSameAs(a); // a is now the most recent

        cache.put("c", new ScoredSentence(0.3, List.of()));

        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isSameAs(a);
        assertThat(new ScoreCache(0).get("a")).isNull();
    }

    @Test
    void aSecondDetectionScoresOnlyTheSentencesThatChanged() {
        AtomicInteger loads = new AtomicInteger();
        EncoderSource counting = EncoderSource.from(() -> {
            loads.incrementAndGet();
            return EncoderSource.shipped().get().orElseThrow();
        });
        Detector detector = new Detector(new SentenceSplitter(), CheckWorthinessModel.shipped(), counting);
        // The first sentence needs the encoder: one the feature model settles (ADR 0111, 0113) is never in this cache.
        String text = "Moderna is doing very well, and Pfizer is doing very well. The mayor said he was proud.";
        List<SentenceSuggestion> first = detector.detect(text);
        assertThat(detector.cache().hits()).isZero();

        List<SentenceSuggestion> second = detector.detect(text.replace("proud", "very proud"));

        assertThat(detector.cache().hits()).as("the unchanged first sentence").isEqualTo(1);
        assertThat(second.get(0)).isEqualTo(first.get(0));
        assertThat(second).hasSize(2);
        assertThat(loads).hasValue(1);
    }
}
