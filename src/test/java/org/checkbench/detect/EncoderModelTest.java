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

    /**
     * A long scoring call (a whole article's rest) hands glibc's freed memory back before its first
     * batch as well as at its end (ADR 0159), so the tokenizer's and the JIT's freed blocks are not
     * under the lanes' tensors; the scores are those of the sentences scored alone.
     */
    @Test
    void aLongScoringCallTrimsBeforeItsFirstBatchAndAtItsEnd() throws IOException {
        boolean glibc = GlibcMalloc.returnLargeBlocksToTheSystem();
        String sample = SentenceSplitterTest.sampleArticle();
        List<String> sentences = new ArrayList<>();
        List<SentenceSpan> spans = new SentenceSplitter().split(sample);
        for (int i = 0; sentences.size() < EncoderModel.BATCH * (EncoderModel.TRIM_AFTER_BATCHES + 1); i++) {
            sentences.add(spans.get(i % spans.size()).of(sample) + " " + i);
        }
        EncoderModel model = encoder.model();
        long before = GlibcMalloc.trimCosts()[0];

        double[] scored = model.probabilities(sentences);

        long trims = GlibcMalloc.trimCosts()[0] - before;
        assertThat(trims).as("trims during a long call").isGreaterThanOrEqualTo(glibc ? 2 : 0);
        assertThat(scored[5]).isCloseTo(model.probabilities(List.of(sentences.get(5)))[0], within(1e-5));
    }

    /**
     * The shipped session allocates each weight on its own so that ONNX Runtime can free the matrix
     * weights it prepacked (ADR 0158: 11 MiB less while the encoder is loaded); that must change no
     * score, not even in the last bit, against the session that keeps them in one block.
     */
    @Test
    void weightsAllocatedEachOnTheirOwnScoreExactlyAsInOneBlock() throws IOException {
        String sample = SentenceSplitterTest.sampleArticle();
        List<String> sentences = new ArrayList<>();
        for (SentenceSpan span : new SentenceSplitter().split(sample)) {
            sentences.add(span.of(sample));
        }
        int maxTokens = encoder.settings().maxTokens();
        double[] eachOnItsOwn;
        try (EncoderModel model = EncoderModel.loadShipped(maxTokens, true)) {
            eachOnItsOwn = model.probabilities(sentences);
        }
        double[] oneBlock;
        try (EncoderModel model = EncoderModel.loadShipped(maxTokens, false)) {
            oneBlock = model.probabilities(sentences);
        }

        assertThat(sentences).hasSizeGreaterThan(EncoderModel.BATCH);
        assertThat(eachOnItsOwn).containsExactly(oneBlock);
    }
}
