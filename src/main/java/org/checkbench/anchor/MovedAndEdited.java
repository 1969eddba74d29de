package org.checkbench.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 4 of {@link TextAlignment}: a paragraph the writer both moved and edited throughout, so
 * that none of its sentences is left word for word to find it by. Among the sentences still
 * without a single paired word on each side, two are paired when they are at least
 * {@link #MIN_SIMILARITY} alike (a word or two changed) and each is clearly the other's best
 * match; the rest of their two paragraphs are then paired sentence by sentence as for any moved
 * paragraph. The bar is high because nothing but likeness speaks for the pair: in a long article a
 * deleted sentence and a new one far away can share their whole frame ("X said that N people
 * arrived in Y") and still be different reports.
 */
final class MovedAndEdited {

    static final double MIN_SIMILARITY = 0.8;
    private static final double MARGIN = 0.1;
    /** Words found in more unpaired sentences than this do not help to find the right one. */
    private static final int MAX_POSTINGS = 100;

    /** What pass 4 needs from the alignment being built. */
    interface Pairing {
        /** Whether any token of sentence {@code segment} of the old (or new) text is paired. */
        boolean anyPaired(boolean old, int segment);

        /** Pairs the words of two sentences by a diff. */
        void diff(int oldSegment, int newSegment);
    }

    private final WordTokens oldTokens;
    private final WordTokens newTokens;
    private final Pairing pairing;
    private final double paragraphSimilarity;

    MovedAndEdited(WordTokens oldTokens, WordTokens newTokens, Pairing pairing, double paragraphSimilarity) {
        this.oldTokens = oldTokens;
        this.newTokens = newTokens;
        this.pairing = pairing;
        this.paragraphSimilarity = paragraphSimilarity;
    }

    void pair() {
        List<Integer> olds = lost(oldTokens, true);
        List<Integer> news = lost(newTokens, false);
        if (olds.isEmpty() || news.isEmpty()) {
            return;
        }
        List<List<String>> newWords = new ArrayList<>();
        List<Map<String, Integer>> newCounts = new ArrayList<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int n = 0; n < news.size(); n++) {
            List<String> words = words(newTokens, news.get(n));
            newWords.add(words);
            newCounts.add(Similarity.counts(words));
            for (String word : new HashSet<>(words)) {
                postings.computeIfAbsent(word, w -> new ArrayList<>()).add(n);
            }
        }
        double[] bestForNew = new double[news.size()];
        double[] secondForNew = new double[news.size()];
        int[] bestOldForNew = new int[news.size()];
        List<int[]> proposals = new ArrayList<>();
        for (int o = 0; o < olds.size(); o++) {
            List<String> words = words(oldTokens, olds.get(o));
            Map<String, Integer> counts = Similarity.counts(words);
            Set<Integer> candidates = new HashSet<>();
            for (String word : new HashSet<>(words)) {
                List<Integer> with = postings.get(word);
                if (with != null && with.size() <= MAX_POSTINGS) {
                    candidates.addAll(with);
                }
            }
            double best = 0;
            double second = 0;
            int bestNew = -1;
            for (int n : candidates) {
                // Below the bar minus the margin, a candidate changes neither the best nor a close second.
                if (Similarity.atMost(counts, words.size(), newCounts.get(n), newWords.get(n).size()) < MIN_SIMILARITY - MARGIN) {
                    continue;
                }
                double similarity = Similarity.of(words, newWords.get(n));
                if (similarity > best) {
                    second = best;
                    best = similarity;
                    bestNew = n;
                } else if (similarity > second) {
                    second = similarity;
                }
                if (similarity > bestForNew[n]) {
                    secondForNew[n] = bestForNew[n];
                    bestForNew[n] = similarity;
                    bestOldForNew[n] = o;
                } else if (similarity > secondForNew[n]) {
                    secondForNew[n] = similarity;
                }
            }
            if (bestNew >= 0 && best >= MIN_SIMILARITY && best - second >= MARGIN) {
                proposals.add(new int[] {o, bestNew});
            }
        }
        for (int[] proposal : proposals) {
            int n = proposal[1];
            if (bestOldForNew[n] == proposal[0] && bestForNew[n] - secondForNew[n] >= MARGIN) {
                int oldSegment = olds.get(proposal[0]);
                int newSegment = news.get(n);
                pairing.diff(oldSegment, newSegment);
                pairRestOfParagraphs(oldSegment, newSegment);
            }
        }
    }

    /** The other sentences of two paragraphs now known to be one, moved: paired in order where alike. */
    private void pairRestOfParagraphs(int oldSegment, int newSegment) {
        List<Integer> olds = unpairedInParagraph(oldTokens, oldSegment, true);
        List<Integer> news = unpairedInParagraph(newTokens, newSegment, false);
        if (olds.isEmpty() || news.isEmpty()) {
            return;
        }
        List<List<String>> oldWords = new ArrayList<>();
        olds.forEach(s -> oldWords.add(words(oldTokens, s)));
        List<List<String>> newWords = new ArrayList<>();
        news.forEach(s -> newWords.add(words(newTokens, s)));
        for (SentencePairing.Pair pair : SentencePairing.pair(oldWords, newWords, paragraphSimilarity)) {
            pairing.diff(olds.get(pair.oldIndex()), news.get(pair.newIndex()));
        }
    }

    private List<Integer> unpairedInParagraph(WordTokens tokens, int segment, boolean old) {
        int first = segment;
        while (first > 0 && !tokens.startsParagraph(first)) {
            first--;
        }
        List<Integer> result = new ArrayList<>();
        for (int s = first; s < tokens.segmentCount() && (s == first || !tokens.startsParagraph(s)); s++) {
            if (s != segment && !pairing.anyPaired(old, s)) {
                result.add(s);
            }
        }
        return result;
    }

    /** Sentences of at least three words none of which is paired. */
    private List<Integer> lost(WordTokens tokens, boolean old) {
        List<Integer> result = new ArrayList<>();
        for (int s = 0; s < tokens.segmentCount(); s++) {
            if (!pairing.anyPaired(old, s) && tokens.wordCount(tokens.segmentStart(s), tokens.segmentEnd(s)) >= 3) {
                result.add(s);
            }
        }
        return result;
    }

    private static List<String> words(WordTokens tokens, int segment) {
        return Similarity.words(tokens, tokens.segmentStart(segment), tokens.segmentEnd(segment));
    }
}
