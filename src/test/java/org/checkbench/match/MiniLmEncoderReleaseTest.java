package org.checkbench.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The window lets the idle sentence encoder go (ADR 0147); loaded again, it gives the same vectors. */
class MiniLmEncoderReleaseTest {

    private static final List<String> TEXTS = List.of("Unemployment fell to 3.2 percent in March.",
            "The bridge cost twice what the city planned.");

    @Test
    void aReleasedEncoderLoadsAgainWithTheSameVectors() {
        MiniLmEncoder encoder = MiniLmEncoder.shared();
        List<float[]> before = encoder.embed(TEXTS);
        int loads = encoder.loads();

        assertThat(encoder.releaseIfIdleFor(Duration.ofHours(1))).as("used a moment ago").isFalse();
        assertThat(encoder.releaseIfIdleFor(Duration.ZERO)).isTrue();
        assertThat(encoder.isLoaded()).isFalse();
        assertThat(encoder.releaseIfIdleFor(Duration.ZERO)).as("nothing left to release").isFalse();

        List<float[]> after = encoder.embed(TEXTS);
        assertThat(encoder.loads()).isEqualTo(loads + 1);
        assertThat(encoder.isLoaded()).isTrue();
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(after.get(i)).hasSize(before.get(i).length);
            for (int d = 0; d < before.get(i).length; d++) {
                assertThat(after.get(i)[d]).isCloseTo(before.get(i)[d], within(1e-6f));
            }
        }
    }
}
