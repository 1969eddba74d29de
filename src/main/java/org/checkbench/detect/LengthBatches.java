package org.checkbench.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Groups sentences into encoder batches by token count: shortest first, each batch padded only to
 * its own longest sentence, and bounded both in sentences and in padded tokens (sentences x that
 * longest). The token bound is what caps ONNX Runtime's intermediate tensors (the feed-forward
 * layer's holds 1,536 floats per padded token): a batch of 32 sentences of 64 tokens would need
 * twice the memory of one of 32 tokens, and glibc keeps a thread's peak (ADR 0112).
 */
final class LengthBatches {

    private LengthBatches() {
    }

    /**
     * @param tokenCounts  each sentence's token count (after cutting), by index
     * @param maxSentences at most this many sentences in a batch
     * @param maxTokens    at most this many padded tokens in a batch (one long sentence alone may exceed it)
     * @return the batches, as indexes into {@code tokenCounts}, shortest sentences first
     */
    static int[][] plan(int[] tokenCounts, int maxSentences, int maxTokens) {
        if (maxSentences < 1 || maxTokens < 1) {
            throw new IllegalArgumentException("batch limits must be positive: " + maxSentences + ", " + maxTokens);
        }
        Integer[] order = new Integer[tokenCounts.length];
        Arrays.setAll(order, i -> i);
        // Stable: sentences of equal length keep their text order, so the same text batches the same way.
        Arrays.sort(order, Comparator.comparingInt(i -> tokenCounts[i]));
        List<int[]> batches = new ArrayList<>();
        int from = 0;
        while (from < order.length) {
            int to = from + 1;
            // Sorted ascending: the sentence being added is the batch's longest, so it sets the padded width.
            while (to < order.length && to - from < maxSentences
                    && (long) (to - from + 1) * tokenCounts[order[to]] <= maxTokens) {
                to++;
            }
            int[] batch = new int[to - from];
            for (int k = 0; k < batch.length; k++) {
                batch[k] = order[from + k];
            }
            batches.add(batch);
            from = to;
        }
        return batches.toArray(new int[0][]);
    }
}
