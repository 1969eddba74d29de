package org.checkbench.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 over short texts, in memory (k1 1.2, b 0.75). Postings are int arrays, one per word,
 * each entry the document's row times 256 plus the word's count in it (capped at 255), so 100,000
 * claims take a few MB. Rows are appended; a replaced or removed document is hidden by the caller
 * and the index is rebuilt when many are.
 */
final class Bm25Index {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final int[] NONE = new int[0];

    private final Map<String, int[]> postings = new HashMap<>();
    private final Map<String, Integer> postingCounts = new HashMap<>();
    private int[] lengths = new int[1024];
    private int rows;
    private long totalLength;

    /** Adds a document and returns its row. */
    int add(String text) {
        List<String> words = MatchText.words(text);
        int row = rows++;
        if (row == lengths.length) {
            lengths = Arrays.copyOf(lengths, row * 2);
        }
        lengths[row] = words.size();
        totalLength += words.size();
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words) {
            counts.merge(word, 1, Integer::sum);
        }
        counts.forEach((word, count) -> {
            int[] list = postings.getOrDefault(word, NONE);
            int used = postingCounts.getOrDefault(word, 0);
            if (used == list.length) {
                list = Arrays.copyOf(list, Math.max(4, used * 2));
                postings.put(word, list);
            }
            list[used] = row * 256 + Math.min(count, 255);
            postingCounts.put(word, used + 1);
        });
        return row;
    }

    int size() {
        return rows;
    }

    /** BM25 of every row for the query's words (0 for rows sharing none), indexed by row. */
    float[] scores(String query) {
        float[] scores = new float[rows];
        if (rows == 0) {
            return scores;
        }
        double averageLength = Math.max(1.0, (double) totalLength / rows);
        for (String word : new HashSet<>(MatchText.words(query))) {
            int[] list = postings.get(word);
            if (list == null) {
                continue;
            }
            int count = postingCounts.get(word);
            double idf = Math.log(1 + (rows - count + 0.5) / (count + 0.5));
            for (int i = 0; i < count; i++) {
                int row = list[i] >>> 8;
                int tf = list[i] & 0xFF;
                double norm = tf + K1 * (1 - B + B * lengths[row] / averageLength);
                scores[row] += (float) (idf * tf * (K1 + 1) / norm);
            }
        }
        return scores;
    }
}
