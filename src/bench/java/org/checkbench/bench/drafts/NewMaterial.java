package org.checkbench.bench.drafts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.checkbench.anchor.Similarity;

/**
 * Sentences a writer adds to a new draft. They are new material: each shares less than half of
 * its words (in order, {@link Similarity}) with the sentences of the first draft around the place
 * it is added ({@link #NEIGHBOURHOOD} on each side) and with the other ones added there, and less than
 * {@link #MAX_LIKENESS_ANYWHERE} with any sentence of the first draft. A sentence closer than that
 * would be that old sentence reworded (or moved), which the generator makes as an edit of it, with
 * the provenance to match; drawn as "new", it would make the ground truth call a rewording
 * unrelated. Far away, a sentence of the same frame is just another report: a long article has
 * hundreds of "X said that N people arrived in Y", and claims must not jump to them.
 */
final class NewMaterial {

    private static final double MAX_LIKENESS = 0.5;
    private static final double MAX_LIKENESS_ANYWHERE = 0.75;
    static final int NEIGHBOURHOOD = 12;

    private final NewsText news;
    private final List<List<String>> firstDraft = new ArrayList<>();
    private final List<Map<String, Integer>> firstDraftCounts = new ArrayList<>();
    /** Word -> {sentence index, count} of the first draft, to bound likeness without visiting every sentence. */
    private final Map<String, List<int[]>> postings = new HashMap<>();
    private final List<List<String>> added = new ArrayList<>();
    private final List<Map<String, Integer>> addedCounts = new ArrayList<>();
    private final List<Integer> addedNear = new ArrayList<>();

    /** @param firstDraft the first draft's sentences in text order */
    NewMaterial(NewsText news, List<String> firstDraft) {
        this.news = news;
        for (String sentence : firstDraft) {
            List<String> words = Similarity.words(sentence);
            Map<String, Integer> counts = counts(words);
            for (Map.Entry<String, Integer> word : counts.entrySet()) {
                postings.computeIfAbsent(word.getKey(), w -> new ArrayList<>())
                        .add(new int[] {this.firstDraft.size(), word.getValue()});
            }
            this.firstDraft.add(words);
            firstDraftCounts.add(counts);
        }
    }

    NewsText news() {
        return news;
    }

    /** A new sentence to add next to first-draft sentence {@code index}. */
    String sentenceNear(int index) {
        while (true) {
            String candidate = news.sentence(false);
            List<String> words = Similarity.words(candidate);
            Map<String, Integer> counts = counts(words);
            int from = Math.max(0, index - NEIGHBOURHOOD);
            int to = Math.min(firstDraft.size(), index + NEIGHBOURHOOD + 1);
            if (unlikeAll(words, counts, firstDraft.subList(from, to), firstDraftCounts.subList(from, to), MAX_LIKENESS)
                    && unlikeAddedNear(index, words, counts) && unlikeAnyFirstDraftSentence(words, counts)) {
                added.add(words);
                addedCounts.add(counts);
                addedNear.add(index);
                return candidate;
            }
        }
    }

    private boolean unlikeAddedNear(int index, List<String> words, Map<String, Integer> counts) {
        for (int i = 0; i < added.size(); i++) {
            if (Math.abs(addedNear.get(i) - index) <= NEIGHBOURHOOD
                    && !unlikeAll(words, counts, added.subList(i, i + 1), addedCounts.subList(i, i + 1), MAX_LIKENESS)) {
                return false;
            }
        }
        return true;
    }

    private boolean unlikeAnyFirstDraftSentence(List<String> words, Map<String, Integer> counts) {
        int[] shared = new int[firstDraft.size()];
        for (Map.Entry<String, Integer> word : counts.entrySet()) {
            for (int[] posting : postings.getOrDefault(word.getKey(), List.of())) {
                shared[posting[0]] += Math.min(posting[1], word.getValue());
            }
        }
        for (int i = 0; i < shared.length; i++) {
            List<String> other = firstDraft.get(i);
            if (2.0 * shared[i] / (other.size() + words.size()) >= MAX_LIKENESS_ANYWHERE
                    && Similarity.of(words, other) >= MAX_LIKENESS_ANYWHERE) {
                return false;
            }
        }
        return true;
    }

    private static boolean unlikeAll(List<String> words, Map<String, Integer> counts, List<List<String>> others,
            List<Map<String, Integer>> othersCounts, double maxLikeness) {
        for (int i = 0; i < others.size(); i++) {
            List<String> other = others.get(i);
            // Words in common (as multisets) bound the words in common in order: most are ruled out here.
            int shared = 0;
            for (Map.Entry<String, Integer> word : othersCounts.get(i).entrySet()) {
                shared += Math.min(word.getValue(), counts.getOrDefault(word.getKey(), 0));
            }
            if (2.0 * shared / (other.size() + words.size()) >= maxLikeness && Similarity.of(words, other) >= maxLikeness) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }
}
