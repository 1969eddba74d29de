package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

/** What detecting a text all at once, without a part first, gives: what a detection in parts must end with. */
final class OneWholeDetection {

    private OneWholeDetection() {
    }

    /**
     * Asserts that {@code detected} has the units, answers and reasons of one whole detection of {@code text},
     * and its scores up to float rounding (scored in other batches, a sentence keeps its score: activations are
     * quantised per token, so batch-mates do not matter).
     */
    static void assertSameAs(List<SentenceSuggestion> detected, String text) {
        List<SentenceSuggestion> atOnce = new Detector(new SentenceSplitter(), CheckWorthinessModel.shipped(),
                EncoderSource.shipped(), 0).detect(text);
        assertThat(detected).hasSameSizeAs(atOnce);
        for (int i = 0; i < detected.size(); i++) {
            assertThat(detected.get(i).start()).isEqualTo(atOnce.get(i).start());
            assertThat(detected.get(i).end()).isEqualTo(atOnce.get(i).end());
            assertThat(detected.get(i).suggested()).isEqualTo(atOnce.get(i).suggested());
            assertThat(detected.get(i).reasons()).isEqualTo(atOnce.get(i).reasons());
            assertThat(detected.get(i).score()).isCloseTo(atOnce.get(i).score(), within(1e-6));
        }
    }
}
