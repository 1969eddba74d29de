package org.checkbench.anchor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Pass 3 of {@link TextAlignment}, first half: inside a run of changed sentences, which old
 * sentence became which new one. Sentences are paired in order, one to one, each pair at least
 * {@link TextAlignment#MIN_SENTENCE_SIMILARITY} alike, keeping as many words as possible (dynamic
 * programming, as translated texts are aligned sentence by sentence). Only the words of paired
 * sentences are then diffed, so a new sentence can never take its first words from one old
 * sentence and its last from another. A pair is kept only when each sentence is clearly the
 * other's most similar one in the run: when two old sentences fit a new one about equally well
 * (two reports in the same words but for a date), which one it came from would be a guess. When the
 * writer joins two sentences, the one paired keeps its words through the diff, and the other's
 * words are found by the fuzzy search.
 */
final class SentencePairing {

    /** Old sentence {@code oldIndex} of the run became new sentence {@code newIndex}. */
    record Pair(int oldIndex, int newIndex) {
    }

    /** A rival this close in similarity makes a pair a guess. */
    static final double TIE = 0.05;

    private SentencePairing() {
    }

    /**
     * @param oldWords the words of each old sentence of the run, in order
     * @param newWords the same for the new sentences
     */
    static List<Pair> pair(List<List<String>> oldWords, List<List<String>> newWords, double minSimilarity) {
        int k = oldWords.size();
        int m = newWords.size();
        int[][] score = new int[k + 1][m + 1];
        int[][] kept = new int[k + 1][m + 1];
        double[][] similarity = new double[k + 1][m + 1];
        for (int i = 1; i <= k; i++) {
            for (int j = 1; j <= m; j++) {
                List<String> a = oldWords.get(i - 1);
                List<String> b = newWords.get(j - 1);
                if (!a.isEmpty() && !b.isEmpty() && 2.0 * Math.min(a.size(), b.size()) / (a.size() + b.size()) >= minSimilarity - TIE) {
                    similarity[i][j] = Similarity.of(a, b);
                }
                kept[i][j] = similarity[i][j] >= minSimilarity ? Similarity.commonSubsequence(a, b) : 0;
                score[i][j] = Math.max(Math.max(score[i - 1][j], score[i][j - 1]),
                        kept[i][j] > 0 ? score[i - 1][j - 1] + kept[i][j] : 0);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int i = k;
        int j = m;
        while (i > 0 && j > 0) {
            if (kept[i][j] > 0 && score[i][j] == score[i - 1][j - 1] + kept[i][j]) {
                if (clearlyBest(similarity, i, j)) {
                    pairs.add(new Pair(i - 1, j - 1));
                }
                i--;
                j--;
            } else if (score[i][j] == score[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        Collections.reverse(pairs);
        return pairs;
    }

    /** No other sentence of the run, old or new, comes within {@link #TIE} of this pair's similarity. */
    private static boolean clearlyBest(double[][] similarity, int i, int j) {
        double pair = similarity[i][j];
        for (int other = 1; other < similarity.length; other++) {
            if (other != i && similarity[other][j] > pair - TIE) {
                return false;
            }
        }
        for (int other = 1; other < similarity[i].length; other++) {
            if (other != j && similarity[i][other] > pair - TIE) {
                return false;
            }
        }
        return true;
    }
}
