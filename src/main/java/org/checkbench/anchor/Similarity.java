package org.checkbench.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How alike two wordings are: the words they share in the same order (longest common
 * subsequence), as a share of both (Dice): {@code 2 * common / (words of a + words of b)}.
 * Punctuation and case do not count. A claim of n words with k of them replaced scores
 * {@code (n - k) / n}, so "up to a third of the words changed" is a similarity of at least 2/3.
 */
public final class Similarity {

    private Similarity() {
    }

    /** The words of [from, to) of the tokens, case-folded. */
    public static List<String> words(WordTokens tokens, int from, int to) {
        List<String> words = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            if (tokens.isWord(i)) {
                words.add(tokens.key(i).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** The words of a text, case-folded. */
    public static List<String> words(String text) {
        WordTokens tokens = WordTokens.of(text);
        return words(tokens, 0, tokens.size());
    }

    /** 1 for the same words in the same order, 0 for nothing in common; 1 for two empty wordings. */
    public static double of(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        return 2.0 * commonSubsequence(a, b) / (a.size() + b.size());
    }

    public static double of(String a, String b) {
        return of(words(a), words(b));
    }

    /** How many times each word occurs: with {@link #atMost} a quick bound before the exact measure. */
    public static java.util.Map<String, Integer> counts(List<String> words) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String word : words) {
            counts.merge(word, 1, Integer::sum);
        }
        return counts;
    }

    /**
     * An upper bound of {@link #of} from word counts alone (the words in common, in any order):
     * cheap enough to rule out most pairs before the exact measure.
     */
    public static double atMost(java.util.Map<String, Integer> a, int sizeA, java.util.Map<String, Integer> b, int sizeB) {
        if (sizeA + sizeB == 0) {
            return 1;
        }
        java.util.Map<String, Integer> small = a.size() <= b.size() ? a : b;
        java.util.Map<String, Integer> large = small == a ? b : a;
        int shared = 0;
        for (java.util.Map.Entry<String, Integer> word : small.entrySet()) {
            shared += Math.min(word.getValue(), large.getOrDefault(word.getKey(), 0));
        }
        return 2.0 * shared / (sizeA + sizeB);
    }

    /** Length of the longest common subsequence, in O(|a|·|b|) time and O(|b|) memory. */
    static int commonSubsequence(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String wordA : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = wordA.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
