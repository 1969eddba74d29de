package org.checkbench.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 2 of {@link TextAlignment}: sentences that the diff saw leave one place and arrive at
 * another (a moved paragraph). A sentence is paired when it is the only unpaired one with its
 * words on both sides (and has enough words to be more than a coincidence). The pairing then
 * spreads to equal neighbours, so a paragraph moves whole even when it holds a short or repeated
 * sentence, and to the edited sentences of the same paragraph. Similarity alone never pairs
 * sentences far apart: with it, a deleted sentence could be taken for a new one that merely
 * shares its frame.
 */
final class SegmentMoves {

    /** A moved paragraph with more old × new unpaired sentences than this is not searched for edited ones. */
    private static final long MAX_PARAGRAPH_PAIRS = 250_000;

    private final List<int[]> pairs = new ArrayList<>();
    private final List<int[]> editedPairs = new ArrayList<>();
    private final int[] oldPartner;
    private final int[] newPartner;

    private SegmentMoves(int oldSegments, int newSegments) {
        this.oldPartner = new int[oldSegments];
        this.newPartner = new int[newSegments];
        java.util.Arrays.fill(oldPartner, -2); // -2: not in a changed run; -1: changed, unpaired
        java.util.Arrays.fill(newPartner, -2);
    }

    /**
     * @param hunks the changed runs of the sentence diff, each {oldFrom, oldTo, newFrom, newTo}
     * @param oldIds sentence ids of the old text (equal sentences, equal ids)
     */
    static SegmentMoves find(List<int[]> hunks, int[] oldIds, int[] newIds, WordTokens oldTokens, WordTokens newTokens,
            int minWords, double minSimilarity) {
        SegmentMoves moves = new SegmentMoves(oldIds.length, newIds.length);
        Map<Integer, List<Integer>> oldById = new HashMap<>();
        Map<Integer, List<Integer>> newById = new HashMap<>();
        for (int[] hunk : hunks) {
            for (int s = hunk[0]; s < hunk[1]; s++) {
                moves.oldPartner[s] = -1;
                oldById.computeIfAbsent(oldIds[s], k -> new ArrayList<>()).add(s);
            }
            for (int s = hunk[2]; s < hunk[3]; s++) {
                moves.newPartner[s] = -1;
                newById.computeIfAbsent(newIds[s], k -> new ArrayList<>()).add(s);
            }
        }
        List<int[]> seeds = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> entry : oldById.entrySet()) {
            List<Integer> arriving = newById.get(entry.getKey());
            int segment = entry.getValue().get(0);
            if (entry.getValue().size() == 1 && arriving != null && arriving.size() == 1
                    && oldTokens.wordCount(oldTokens.segmentStart(segment), oldTokens.segmentEnd(segment)) >= minWords) {
                seeds.add(new int[] {segment, arriving.get(0)});
            }
        }
        seeds.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] seed : seeds) {
            moves.pair(seed[0], seed[1]);
        }
        for (int[] seed : seeds) {
            moves.spread(seed[0], seed[1], oldIds, newIds, 1);
            moves.spread(seed[0], seed[1], oldIds, newIds, -1);
        }
        moves.pairWithinMovedParagraphs(oldTokens, newTokens, minSimilarity);
        return moves;
    }

    /**
     * The edited sentences of a moved paragraph: once a paragraph is known to have moved (one of
     * its sentences did, unchanged), its other sentences are paired with those of the paragraph it
     * became, in order and only where clearly alike ({@link SentencePairing}), skipping the ones
     * the writer deleted or added.
     */
    private void pairWithinMovedParagraphs(WordTokens oldTokens, WordTokens newTokens, double minSimilarity) {
        Set<Long> done = new HashSet<>();
        for (int[] pair : List.copyOf(pairs)) {
            int[] oldParagraph = paragraphOf(oldTokens, pair[0]);
            int[] newParagraph = paragraphOf(newTokens, pair[1]);
            if (!done.add(((long) oldParagraph[0] << 32) | newParagraph[0])) {
                continue;
            }
            List<Integer> olds = unpaired(oldParagraph[0], oldParagraph[1], oldPartner);
            List<Integer> news = unpaired(newParagraph[0], newParagraph[1], newPartner);
            olds.removeIf(segment -> oldPartner[segment] != -1);
            news.removeIf(segment -> newPartner[segment] != -1);
            if (olds.isEmpty() || news.isEmpty() || (long) olds.size() * news.size() > MAX_PARAGRAPH_PAIRS) {
                continue;
            }
            List<List<String>> oldWords = new ArrayList<>();
            olds.forEach(segment -> oldWords.add(Similarity.words(oldTokens, oldTokens.segmentStart(segment),
                    oldTokens.segmentEnd(segment))));
            List<List<String>> newWords = new ArrayList<>();
            news.forEach(segment -> newWords.add(Similarity.words(newTokens, newTokens.segmentStart(segment),
                    newTokens.segmentEnd(segment))));
            for (SentencePairing.Pair edited : SentencePairing.pair(oldWords, newWords, minSimilarity)) {
                int o = olds.get(edited.oldIndex());
                int n = news.get(edited.newIndex());
                oldPartner[o] = n;
                newPartner[n] = o;
                editedPairs.add(new int[] {o, n});
            }
        }
    }

    /** The sentences [first, end) of the paragraph holding a sentence. */
    private static int[] paragraphOf(WordTokens tokens, int segment) {
        int first = segment;
        while (first > 0 && !tokens.startsParagraph(first)) {
            first--;
        }
        int end = segment + 1;
        while (end < tokens.segmentCount() && !tokens.startsParagraph(end)) {
            end++;
        }
        return new int[] {first, end};
    }

    private void pair(int oldSegment, int newSegment) {
        oldPartner[oldSegment] = newSegment;
        newPartner[newSegment] = oldSegment;
        pairs.add(new int[] {oldSegment, newSegment});
    }

    private void spread(int oldSegment, int newSegment, int[] oldIds, int[] newIds, int step) {
        int o = oldSegment + step;
        int n = newSegment + step;
        while (o >= 0 && n >= 0 && o < oldIds.length && n < newIds.length
                && oldPartner[o] == -1 && newPartner[n] == -1 && oldIds[o] == newIds[n]) {
            pair(o, n);
            o += step;
            n += step;
        }
    }

    /** Pairs {old, new} of sentences moved unchanged. */
    List<int[]> pairs() {
        return pairs;
    }

    /** Pairs {old, new} of sentences moved and edited: their words still need a diff. */
    List<int[]> editedPairs() {
        return editedPairs;
    }

    /** The old sentences in [from, to) that were not paired as moved, in order. */
    List<Integer> unpairedOld(int from, int to) {
        return unpaired(from, to, oldPartner);
    }

    List<Integer> unpairedNew(int from, int to) {
        return unpaired(from, to, newPartner);
    }

    private static List<Integer> unpaired(int from, int to, int[] partner) {
        List<Integer> result = new ArrayList<>();
        for (int s = from; s < to; s++) {
            if (partner[s] < 0) {
                result.add(s);
            }
        }
        return result;
    }
}
