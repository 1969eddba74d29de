package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The shipped encoder's batching and memory handling, with the real model and ONNX Runtime. */
class EncoderModelTest {

    private final LoadedEncoder encoder = EncoderSource.shipped().get().orElseThrow();

    /**
     * Batches are cut by padded tokens as well as sentences, and the arena is emptied after every
     * call: neither may change a score. The sample article's sentences scored together (batches
     * of several lengths, long ones in smaller batches, two lanes) must score as each alone does.
     */
    @Test
    void aSentenceScoresTheSameWhateverItIsBatchedWith() throws IOException {
        String sample = SentenceSplitterTest.sampleArticle();
        List<String> sentences = new ArrayList<>();
        for (SentenceSpan span : new SentenceSplitter().split(sample)) {
            sentences.add(span.of(sample));
        }
        // Long sentences too, so that some batches are cut by the token budget rather than by count.
        String longest = sentences.stream().max((a, b) -> a.length() - b.length()).orElseThrow();
        for (int i = 0; i < 40; i++) {
            sentences.add(longest + " " + sentences.get(i % sentences.size()));
        }
        EncoderModel model = encoder.model();
        assertThat(sentences.stream().filter(s -> model.tokenCount(s) > EncoderModel.BATCH_TOKENS / EncoderModel.BATCH))
                .hasSizeGreaterThan(EncoderModel.BATCH);

        double[] together = model.probabilities(sentences);

        for (int i = 0; i < sentences.size(); i += 7) {
            double alone = model.probabilities(List.of(sentences.get(i)))[0];
            assertThat(together[i]).as(sentences.get(i)).isCloseTo(alone, within(1e-5));
        }
        double[] again = model.probabilities(sentences);
        assertThat(again).containsExactly(together, within(1e-9));
        assertThat(java.util.Arrays.stream(together).boxed().toList()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
    }
}
