package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LengthBatchesTest {

    @Test
    void everySentenceLandsInExactlyOneBatchWithinBothLimits() {
        Random random = new Random(15);
        int[] counts = new int[1_000];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = 3 + random.nextInt(62); // [CLS] + a word + [SEP] up to the 64-token cut
        }

        int[][] batches = LengthBatches.plan(counts, 32, 1024);

        int[] seen = new int[counts.length];
        int previousLongest = 0;
        for (int[] batch : batches) {
            int longest = Arrays.stream(batch).map(i -> counts[i]).max().orElseThrow();
            assertThat(batch.length).isBetween(1, 32);
            assertThat(batch.length * longest).isLessThanOrEqualTo(1024);
            assertThat(counts[batch[0]]).as("shortest first, batch after batch").isGreaterThanOrEqualTo(previousLongest);
            previousLongest = longest;
            for (int i : batch) {
                seen[i]++;
            }
        }
        assertThat(seen).containsOnly(1);
        // Sentences of 32 tokens or fewer fill whole batches of 32; longer ones need smaller batches.
        long shortSentences = Arrays.stream(counts).filter(c -> c <= 32).count();
        assertThat(batches[0]).hasSize(32);
        assertThat(batches.length).isGreaterThan((int) (counts.length / 32));
        assertThat(shortSentences).isGreaterThan(400);
    }

    @Test
    void sortingByLengthPadsFarLessThanBatchingInTextOrder() {
        Random random = new Random(7);
        int[] counts = new int[640];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = 5 + random.nextInt(60);
        }
        long real = Arrays.stream(counts).sum();

        long padded = 0;
        for (int[] batch : LengthBatches.plan(counts, 32, 1024)) {
            padded += (long) batch.length * Arrays.stream(batch).map(i -> counts[i]).max().orElseThrow();
        }
        long inTextOrder = 0;
        for (int from = 0; from < counts.length; from += 32) {
            inTextOrder += 32L * Arrays.stream(counts, from, from + 32).max().orElseThrow();
        }

        assertThat(padded).isLessThan(real + real / 20); // under 5 % padding
        assertThat(inTextOrder).isGreaterThan(real + real / 2); // against over 50 % unsorted
    }

    @Test
    void aSentenceLongerThanTheTokenBudgetStillGetsABatchOfItsOwn() {
        int[][] batches = LengthBatches.plan(new int[] {64, 64, 10}, 32, 100);

        assertThat(batches).hasNumberOfRows(3);
        assertThat(batches[0]).containsExactly(2);
        assertThat(batches[1]).containsExactly(0);
        assertThat(batches[2]).containsExactly(1);
        assertThat(LengthBatches.plan(new int[0], 32, 1024)).isEmpty();
        assertThatThrownBy(() -> LengthBatches.plan(new int[] {3}, 0, 1024)).isInstanceOf(IllegalArgumentException.class);
    }
}
