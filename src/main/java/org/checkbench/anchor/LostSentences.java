package org.checkbench.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The old sentences that lost most of their words to the diff (deleted, or rewritten beyond
 * recognition), as a last check before a claim is said to be found with changed words: if one of
 * them reads at least as much like the new sentence the claim was found in as the claim's own
 * sentence does, the new sentence may well be that one's, and attaching the claim would be a
 * guess. Two reports of an attack in the same words but for the place are the typical case.
 */
final class LostSentences {

    /** A rival this close in similarity makes the claim's place a guess. */
    private static final double TIE = 0.05;
    /** Words in more lost sentences than this are not used to find candidates. */
    private static final int MAX_POSTINGS = 200;

    private final TextAlignment alignment;
    private final List<Integer> segments = new ArrayList<>();
    private final List<List<String>> words = new ArrayList<>();
    private final List<Map<String, Integer>> counts = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();

    LostSentences(TextAlignment alignment) {
        this.alignment = alignment;
        WordTokens old = alignment.oldTokens();
        for (int s = 0; s < old.segmentCount(); s++) {
            int lost = 0;
            int all = 0;
            for (int t = old.segmentStart(s); t < old.segmentEnd(s); t++) {
                if (old.isWord(t)) {
                    all++;
                    lost += alignment.newOf(t) < 0 ? 1 : 0;
                }
            }
            if (all > 0 && lost * 2 >= all) {
                List<String> sentence = Similarity.words(old, old.segmentStart(s), old.segmentEnd(s));
                int index = segments.size();
                segments.add(s);
                words.add(sentence);
                counts.add(Similarity.counts(sentence));
                for (String word : new HashSet<>(sentence)) {
                    postings.computeIfAbsent(word, w -> new ArrayList<>()).add(index);
                }
            }
        }
    }

    /**
     * Whether another lost old sentence fits the new sentences [newFrom, newTo) (segments) about as
     * well as the claim's own old sentences [oldFrom, oldTo) do.
     */
    boolean rivalFor(int oldFrom, int oldTo, int newFrom, int newTo) {
        WordTokens old = alignment.oldTokens();
        WordTokens fresh = alignment.newTokens();
        List<String> own = Similarity.words(old, old.segmentStart(oldFrom), old.segmentEnd(oldTo - 1));
        List<String> place = Similarity.words(fresh, fresh.segmentStart(newFrom), fresh.segmentEnd(newTo - 1));
        double ownSimilarity = Similarity.of(own, place);
        Map<String, Integer> placeCounts = Similarity.counts(place);
        Set<Integer> candidates = new HashSet<>();
        for (String word : new HashSet<>(place)) {
            List<Integer> with = postings.get(word);
            if (with != null && with.size() <= MAX_POSTINGS) {
                candidates.addAll(with);
            }
        }
        for (int candidate : candidates) {
            int segment = segments.get(candidate);
            if (segment >= oldFrom && segment < oldTo) {
                continue;
            }
            if (Similarity.atMost(counts.get(candidate), words.get(candidate).size(), placeCounts, place.size()) > ownSimilarity - TIE
                    && Similarity.of(words.get(candidate), place) > ownSimilarity - TIE) {
                return true;
            }
        }
        return false;
    }
}
