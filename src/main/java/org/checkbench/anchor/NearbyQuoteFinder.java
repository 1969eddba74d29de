package org.checkbench.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fuzzy half of carrying a claim: when the diff could not follow a claim's words (they were
 * rewritten, or the sentence around them was), look for the most similar stretch of words near
 * the place the claim's surroundings went to, and use the claim's context (the text just before
 * and after it) to tell equally similar stretches apart.
 *
 * <p>Only words that came from no other part of the old text are candidates: new words, or the
 * claim's own. Words the diff traced to another sentence belong to that sentence, so a claim can
 * never be moved onto them however alike they read. Two places equally good are reported, never
 * chosen between.
 */
final class NearbyQuoteFinder {

    /** How far (in tokens) the search reaches around the mapped place. */
    private static final int MAX_REGION_TOKENS = 6_000;
    /** A rival place this close in similarity makes the choice a guess... */
    private static final double TIE = 0.05;
    /** ... unless the context around the best place matches this many more characters. */
    private static final int CONTEXT_LEAD = 8;

    /** A stretch of the new text, tokens [startToken, endToken). */
    record Place(int startToken, int endToken, double similarity, int context) {

        boolean overlaps(Place other) {
            return startToken < other.endToken && other.startToken < endToken;
        }
    }

    /** The place found, or none with the equally good places (empty when nothing was similar enough). */
    record Result(Place found, List<Place> candidates) {
    }

    private final TextAlignment alignment;
    private final WordTokens newTokens;

    NearbyQuoteFinder(TextAlignment alignment) {
        this.alignment = alignment;
        this.newTokens = alignment.newTokens();
    }

    /**
     * @param oldFrom first token of the claim in the old text
     * @param oldTo one past its last token
     * @param prefix the old text just before the claim
     * @param suffix the old text just after it
     */
    Result find(int oldFrom, int oldTo, String prefix, String suffix, double minSimilarity) {
        WordTokens oldTokens = alignment.oldTokens();
        List<String> claimWords = Similarity.words(oldTokens, oldFrom, oldTo);
        if (claimWords.isEmpty()) {
            return new Result(null, List.of());
        }
        int[] region = region(oldFrom, oldTo);
        List<Place> places = new ArrayList<>();
        int runStart = region[0];
        for (int j = region[0]; j <= region[1]; j++) {
            boolean allowed = j < region[1] && isOwnOrNew(j, oldFrom, oldTo);
            if (!allowed) {
                if (j > runStart) {
                    scoreRun(runStart, j, claimWords, minSimilarity, places);
                }
                runStart = j + 1;
            }
        }
        if (places.isEmpty()) {
            return new Result(null, List.of());
        }
        places.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        Place best = places.get(0);
        List<Place> rivals = new ArrayList<>();
        for (Place place : places) {
            if (place.similarity() < best.similarity() - TIE) {
                break;
            }
            if (!place.overlaps(best) && rivals.stream().noneMatch(place::overlaps)) {
                rivals.add(place);
            }
        }
        best = withPunctuation(best, oldFrom, oldTo, prefix, suffix);
        if (betterExplainedByAnotherSentence(best, oldFrom, oldTo)) {
            return new Result(null, List.of(best));
        }
        if (rivals.isEmpty()) {
            return new Result(best, List.of());
        }
        List<Place> all = new ArrayList<>();
        all.add(best);
        int bestRivalContext = 0;
        for (Place rival : rivals) {
            Place scored = withPunctuation(rival, oldFrom, oldTo, prefix, suffix);
            all.add(scored);
            bestRivalContext = Math.max(bestRivalContext, scored.context());
        }
        if (best.context() >= bestRivalContext + CONTEXT_LEAD) {
            return new Result(best, List.of());
        }
        return new Result(null, all);
    }

    /**
     * The new tokens between the nearest words around the claim that the diff kept in order, and
     * the old tokens between those same words: {newFrom, newTo, oldFrom, oldTo}.
     */
    private int[] region(int oldFrom, int oldTo) {
        int from = 0;
        int oldBefore = 0;
        for (int t = oldFrom - 1; t >= 0 && t >= oldFrom - MAX_REGION_TOKENS; t--) {
            if (alignment.isPairedInOrder(t)) {
                from = alignment.newOf(t) + 1;
                oldBefore = t + 1;
                break;
            }
        }
        int to = newTokens.size();
        WordTokens oldTokens = alignment.oldTokens();
        int oldAfter = oldTokens.size();
        for (int t = oldTo; t < oldTokens.size() && t < oldTo + MAX_REGION_TOKENS; t++) {
            if (alignment.isPairedInOrder(t)) {
                to = alignment.newOf(t);
                oldAfter = t;
                break;
            }
        }
        if (to - from > MAX_REGION_TOKENS) {
            to = from + MAX_REGION_TOKENS;
        }
        return new int[] {from, Math.max(from, to), oldBefore, oldAfter};
    }

    /**
     * The reverse question: could the place found just as well be what became of another old
     * sentence that lost its words around here? Then giving it to this claim would be a guess.
     */
    private boolean betterExplainedByAnotherSentence(Place place, int oldFrom, int oldTo) {
        WordTokens oldTokens = alignment.oldTokens();
        int[] region = region(oldFrom, oldTo);
        List<String> placeWords = Similarity.words(newTokens, place.startToken(), place.endToken());
        int firstSegment = oldTokens.segmentOf(Math.min(region[2], oldTokens.size() - 1));
        int lastSegment = region[3] == 0 ? -1 : oldTokens.segmentOf(Math.min(region[3], oldTokens.size()) - 1);
        for (int segment = firstSegment; segment <= lastSegment; segment++) {
            List<String> lost = new ArrayList<>();
            for (int t = oldTokens.segmentStart(segment); t < oldTokens.segmentEnd(segment); t++) {
                if ((t < oldFrom || t >= oldTo) && alignment.newOf(t) < 0 && oldTokens.isWord(t)) {
                    lost.add(oldTokens.key(t).toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (!lost.isEmpty() && Similarity.of(lost, placeWords) > place.similarity() - TIE) {
                return true;
            }
        }
        return false;
    }

    private boolean isOwnOrNew(int newToken, int oldFrom, int oldTo) {
        int old = alignment.oldOf(newToken);
        return old < 0 || (old >= oldFrom && old < oldTo);
    }

    /** Every stretch of words in [from, to) about as long as the claim, kept when similar enough. */
    private void scoreRun(int from, int to, List<String> claimWords, double minSimilarity, List<Place> places) {
        List<Integer> wordTokens = new ArrayList<>();
        for (int j = from; j < to; j++) {
            if (newTokens.isWord(j)) {
                wordTokens.add(j);
            }
        }
        List<String> words = Similarity.words(newTokens, from, to);
        int n = claimWords.size();
        int shortest = Math.max(1, (int) Math.ceil(n * 2.0 / 3));
        int longest = Math.min(words.size(), n + (n + 2) / 3);
        // Words as small ids (-1: not a word of the claim), to count shared words while sliding.
        Map<String, Integer> ids = new HashMap<>();
        int[] wanted = new int[n];
        for (String word : claimWords) {
            wanted[ids.computeIfAbsent(word, w -> ids.size())]++;
        }
        int[] wordIds = new int[words.size()];
        for (int i = 0; i < wordIds.length; i++) {
            wordIds[i] = ids.getOrDefault(words.get(i), -1);
        }
        for (int length = shortest; length <= longest; length++) {
            int[] have = new int[n];
            int shared = 0;
            for (int i = 0; i < words.size(); i++) {
                shared += enter(wordIds[i], have, wanted);
                if (i >= length) {
                    shared -= leave(wordIds[i - length], have, wanted);
                }
                if (i + 1 < length) {
                    continue;
                }
                int first = i + 1 - length;
                // Words in common bound the similarity from above; most windows stop here.
                if (2.0 * shared / (n + length) < minSimilarity) {
                    continue;
                }
                double similarity = Similarity.of(claimWords, words.subList(first, i + 1));
                if (similarity >= minSimilarity) {
                    places.add(new Place(wordTokens.get(first), wordTokens.get(i) + 1, similarity, 0));
                }
            }
        }
    }

    /** A word comes into the window: 1 when it adds a shared word. */
    private static int enter(int id, int[] have, int[] wanted) {
        if (id < 0) {
            return 0;
        }
        have[id]++;
        return have[id] <= wanted[id] ? 1 : 0;
    }

    /** A word leaves the window: 1 when it takes a shared word away. */
    private static int leave(int id, int[] have, int[] wanted) {
        if (id < 0) {
            return 0;
        }
        have[id]--;
        return have[id] < wanted[id] ? 1 : 0;
    }

    /**
     * Takes in the punctuation the claim had at its edges (an opening quote, a full stop) when the
     * same marks stand there in the new text, and scores the context around the result.
     */
    private Place withPunctuation(Place place, int oldFrom, int oldTo, String prefix, String suffix) {
        WordTokens oldTokens = alignment.oldTokens();
        int leading = 0;
        while (oldFrom + leading < oldTo && !oldTokens.isWord(oldFrom + leading)) {
            leading++;
        }
        int start = place.startToken();
        for (int k = leading; k > 0; k--) {
            if (marksMatch(oldFrom + leading - k, place.startToken() - k, k, oldFrom, oldTo)) {
                start = place.startToken() - k;
                break;
            }
        }
        int trailing = 0;
        while (oldTo - trailing - 1 >= oldFrom && !oldTokens.isWord(oldTo - trailing - 1)) {
            trailing++;
        }
        int end = place.endToken();
        for (int k = trailing; k > 0; k--) {
            if (marksMatch(oldTo - trailing, place.endToken(), k, oldFrom, oldTo)) {
                end = place.endToken() + k;
                break;
            }
        }
        String text = newTokens.text();
        int context = Context.matchingBefore(text, newTokens.start(start), prefix)
                + Context.matchingAfter(text, newTokens.end(end - 1), suffix);
        return new Place(start, end, place.similarity(), context);
    }

    /** Whether the k marks from old token {@code oldAt} stand, free to take, from new token {@code newAt}. */
    private boolean marksMatch(int oldAt, int newAt, int k, int oldFrom, int oldTo) {
        if (newAt < 0 || newAt + k > newTokens.size()) {
            return false;
        }
        WordTokens oldTokens = alignment.oldTokens();
        for (int i = 0; i < k; i++) {
            int newToken = newAt + i;
            if (newTokens.isWord(newToken) || !newTokens.key(newToken).equals(oldTokens.key(oldAt + i))
                    || !isOwnOrNew(newToken, oldFrom, oldTo)) {
                return false;
            }
        }
        return true;
    }
}
