package org.checkbench.anchor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.DeltaType;

/**
 * Which word of a new revision is which word of the old one: the word-level diff that claims are
 * carried by and that the compare view shows. Built in four passes, so that a 1 MB text with
 * thousands of edits aligns in a fraction of a second and no word is paired with a word it did
 * not come from:
 *
 * <ol>
 * <li>the sentences (segments) of both texts are diffed with Myers' algorithm (java-diff-utils,
 *     ADR 0060); equal sentences pair their words one to one;</li>
 * <li>a sentence that left one place and appears unchanged at another (a moved paragraph) is
 *     paired when it is the only one of its kind on both sides, and the rest of its paragraph
 *     with it ({@link SegmentMoves});</li>
 * <li>inside each run of changed sentences, old and new sentences are paired in order where
 *     clearly alike ({@link SentencePairing}) and their words diffed; matches a reader would call
 *     chance (a lone "the" between two rewritten stretches) are dropped ({@link ChanceMatches});</li>
 * <li>a paragraph moved and edited throughout is found by its sentences' likeness, under a high
 *     bar ({@link MovedAndEdited}).</li>
 * </ol>
 *
 * Matches from passes 1 and 3 keep the order of the text ("in order"); those of 2 and 4 are moves.
 */
public final class TextAlignment {

    /** A run of changed sentences with more old × new sentences than this is not paired (all rewritten). */
    private static final long MAX_SENTENCE_PAIRS = 250_000;
    /** A sentence needs this many words to be paired on its own as moved. */
    private static final int MIN_WORDS_TO_MOVE = 3;
    /**
     * Two sentences at the same place (or in the same moved paragraph) are one sentence edited
     * when they share at least half their words ({@link Similarity}).
     */
    static final double MIN_SENTENCE_SIMILARITY = 0.5;

    private final WordTokens oldTokens;
    private final WordTokens newTokens;
    private final int[] oldToNew;
    private final int[] newToOld;
    private final boolean[] movedOld;
    private final int[] oldKeyIds;
    private final int[] newKeyIds;
    /** Per old sentence: whether a sentence with the same words occurs more than once in the two texts. */
    private boolean[] repeatedOld;
    /** Per old sentence: paired by the sentence diff together with both of its neighbours. */
    private boolean[] firmOld;

    private TextAlignment(WordTokens oldTokens, WordTokens newTokens) {
        this.oldTokens = oldTokens;
        this.newTokens = newTokens;
        this.oldToNew = new int[oldTokens.size()];
        this.newToOld = new int[newTokens.size()];
        this.movedOld = new boolean[oldTokens.size()];
        Arrays.fill(oldToNew, -1);
        Arrays.fill(newToOld, -1);
        Map<String, Integer> ids = new HashMap<>();
        this.oldKeyIds = keyIds(oldTokens, ids);
        this.newKeyIds = keyIds(newTokens, ids);
    }

    public static TextAlignment of(String oldText, String newText) {
        return of(WordTokens.of(oldText), WordTokens.of(newText));
    }

    public static TextAlignment of(WordTokens oldTokens, WordTokens newTokens) {
        TextAlignment alignment = new TextAlignment(oldTokens, newTokens);
        alignment.align();
        return alignment;
    }

    public WordTokens oldTokens() {
        return oldTokens;
    }

    public WordTokens newTokens() {
        return newTokens;
    }

    /** The new token an old token became, or -1 when it was deleted or rewritten. */
    public int newOf(int oldToken) {
        return oldToNew[oldToken];
    }

    /** The old token a new token came from, or -1 when it is new. */
    public int oldOf(int newToken) {
        return newToOld[newToken];
    }

    /** Whether the old token was paired as part of a moved sentence rather than in text order. */
    public boolean isMoved(int oldToken) {
        return movedOld[oldToken];
    }

    /**
     * Whether where the old token went needs checking against its context: its sentence occurs
     * word for word more than once in the two texts, and the diff did not find it inside a stretch
     * of unchanged text (where the order of the copies settles which is which).
     */
    public boolean needsContextCheck(int oldToken) {
        int segment = oldTokens.segmentOf(oldToken);
        return repeatedOld[segment] && !firmOld[segment];
    }

    private void markFirm(int oldCount, int newCount, List<int[]> hunks) {
        int[] partner = new int[oldCount];
        Arrays.fill(partner, -1);
        int oldSegment = 0;
        int newSegment = 0;
        for (int[] hunk : hunks) {
            for (; oldSegment < hunk[0]; oldSegment++, newSegment++) {
                partner[oldSegment] = newSegment;
            }
            oldSegment = hunk[1];
            newSegment = hunk[3];
        }
        for (; oldSegment < oldCount; oldSegment++, newSegment++) {
            partner[oldSegment] = newSegment;
        }
        firmOld = new boolean[oldCount];
        for (int s = 0; s < oldCount; s++) {
            boolean before = s == 0 ? partner[s] == 0 : partner[s - 1] >= 0 && partner[s - 1] == partner[s] - 1;
            boolean after = s == oldCount - 1 ? partner[s] == newCount - 1
                    : partner[s + 1] >= 0 && partner[s + 1] == partner[s] + 1;
            firmOld[s] = partner[s] >= 0 && before && after;
        }
    }

    /** Whether the old token was paired in text order, by the diff itself (not as a move). */
    public boolean isPairedInOrder(int oldToken) {
        return oldToNew[oldToken] >= 0 && !movedOld[oldToken];
    }

    private void markRepeated(int[] oldSegments, int[] newSegments) {
        Map<Integer, Integer> oldCounts = new HashMap<>();
        Map<Integer, Integer> newCounts = new HashMap<>();
        for (int id : oldSegments) {
            oldCounts.merge(id, 1, Integer::sum);
        }
        for (int id : newSegments) {
            newCounts.merge(id, 1, Integer::sum);
        }
        repeatedOld = new boolean[oldSegments.length];
        for (int s = 0; s < oldSegments.length; s++) {
            repeatedOld[s] = oldCounts.get(oldSegments[s]) > 1 || newCounts.getOrDefault(oldSegments[s], 0) > 1;
        }
    }

    /** Words of the old text not found in the new one (moved words are found). */
    public int wordsRemoved() {
        return unpairedWords(oldTokens, oldToNew);
    }

    /** Words of the new text that were not in the old one. */
    public int wordsAdded() {
        return unpairedWords(newTokens, newToOld);
    }

    private static int unpairedWords(WordTokens tokens, int[] pairs) {
        int words = 0;
        for (int i = 0; i < pairs.length; i++) {
            if (pairs[i] < 0 && tokens.isWord(i)) {
                words++;
            }
        }
        return words;
    }

    private static int[] keyIds(WordTokens tokens, Map<String, Integer> ids) {
        int[] result = new int[tokens.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = ids.computeIfAbsent(tokens.key(i), key -> ids.size());
        }
        return result;
    }

    private void align() {
        Map<SegmentKey, Integer> segmentIds = new HashMap<>();
        int[] oldSegments = segmentIds(oldTokens, oldKeyIds, segmentIds);
        int[] newSegments = segmentIds(newTokens, newKeyIds, segmentIds);
        markRepeated(oldSegments, newSegments);
        List<int[]> hunks = hunks(new MyersDiffWithLinearSpace<Integer>().computeDiff(boxed(oldSegments),
                boxed(newSegments), null));
        int oldSegment = 0;
        int newSegment = 0;
        for (int[] hunk : hunks) {
            pairEqualSegments(oldSegment, hunk[0], newSegment);
            oldSegment = hunk[1];
            newSegment = hunk[3];
        }
        pairEqualSegments(oldSegment, oldSegments.length, newSegment);
        markFirm(oldSegments.length, newSegments.length, hunks);

        SegmentMoves moves = SegmentMoves.find(hunks, oldSegments, newSegments, oldTokens, newTokens, MIN_WORDS_TO_MOVE,
                MIN_SENTENCE_SIMILARITY);
        for (int[] pair : moves.pairs()) {
            pairTokens(oldTokens.segmentStart(pair[0]), newTokens.segmentStart(pair[1]),
                    oldTokens.segmentEnd(pair[0]) - oldTokens.segmentStart(pair[0]), true);
        }
        for (int[] pair : moves.editedPairs()) {
            diffTokens(range(oldTokens.segmentStart(pair[0]), oldTokens.segmentEnd(pair[0])),
                    range(newTokens.segmentStart(pair[1]), newTokens.segmentEnd(pair[1])), true);
        }
        for (int[] hunk : hunks) {
            diffHunk(moves.unpairedOld(hunk[0], hunk[1]), moves.unpairedNew(hunk[2], hunk[3]));
        }
        pairMovedEditedParagraphs();
    }

    /** Pass 4: paragraphs moved and edited throughout ({@link MovedAndEdited}). */
    private void pairMovedEditedParagraphs() {
        new MovedAndEdited(oldTokens, newTokens, new MovedAndEdited.Pairing() {
            @Override
            public boolean anyPaired(boolean old, int segment) {
                WordTokens tokens = old ? oldTokens : newTokens;
                return TextAlignment.anyPaired(old ? oldToNew : newToOld, tokens.segmentStart(segment), tokens.segmentEnd(segment));
            }

            @Override
            public void diff(int oldSegment, int newSegment) {
                diffTokens(range(oldTokens.segmentStart(oldSegment), oldTokens.segmentEnd(oldSegment)),
                        range(newTokens.segmentStart(newSegment), newTokens.segmentEnd(newSegment)), true);
            }
        }, MIN_SENTENCE_SIMILARITY).pair();
    }

    private static boolean anyPaired(int[] partners, int from, int to) {
        for (int t = from; t < to; t++) {
            if (partners[t] >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Myers' changes as runs of changed sentences {oldFrom, oldTo, newFrom, newTo}: a deletion
     * and an insertion that touch (a replacement) are one run.
     */
    private static List<int[]> hunks(List<Change> changes) {
        List<int[]> hunks = new ArrayList<>();
        for (Change change : changes) {
            if (change.deltaType == DeltaType.EQUAL) {
                continue;
            }
            int[] last = hunks.isEmpty() ? null : hunks.get(hunks.size() - 1);
            if (last != null && last[1] == change.startOriginal && last[3] == change.startRevised) {
                last[1] = change.endOriginal;
                last[3] = change.endRevised;
            } else {
                hunks.add(new int[] {change.startOriginal, change.endOriginal, change.startRevised, change.endRevised});
            }
        }
        return hunks;
    }

    /** Equal sentences of both texts get the same id (one dictionary for both). */
    private static int[] segmentIds(WordTokens tokens, int[] keys, Map<SegmentKey, Integer> ids) {
        int[] result = new int[tokens.segmentCount()];
        for (int s = 0; s < result.length; s++) {
            SegmentKey key = new SegmentKey(Arrays.copyOfRange(keys, tokens.segmentStart(s), tokens.segmentEnd(s)));
            result[s] = ids.computeIfAbsent(key, k -> ids.size());
        }
        return result;
    }

    private static List<Integer> boxed(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int value : values) {
            list.add(value);
        }
        return list;
    }

    private void pairEqualSegments(int oldFrom, int oldTo, int newFrom) {
        if (oldFrom >= oldTo) {
            return;
        }
        int oldStart = oldTokens.segmentStart(oldFrom);
        int oldEnd = oldTokens.segmentStart(oldTo);
        pairTokens(oldStart, newTokens.segmentStart(newFrom), oldEnd - oldStart, false);
    }

    private void pairTokens(int oldStart, int newStart, int length, boolean moved) {
        for (int k = 0; k < length; k++) {
            oldToNew[oldStart + k] = newStart + k;
            newToOld[newStart + k] = oldStart + k;
            movedOld[oldStart + k] = moved;
        }
    }

    /**
     * Pass 3: the changed sentences between two stretches of equal ones, paired old to new
     * ({@link SentencePairing}), and the words of each pair diffed.
     */
    private void diffHunk(List<Integer> oldSegments, List<Integer> newSegments) {
        if (oldSegments.isEmpty() || newSegments.isEmpty()) {
            return;
        }
        if ((long) oldSegments.size() * newSegments.size() > MAX_SENTENCE_PAIRS) {
            return; // the whole text rewritten: nothing sensible to pair sentence by sentence
        }
        List<List<String>> oldWords = new ArrayList<>();
        for (int segment : oldSegments) {
            oldWords.add(Similarity.words(oldTokens, oldTokens.segmentStart(segment), oldTokens.segmentEnd(segment)));
        }
        List<List<String>> newWords = new ArrayList<>();
        for (int segment : newSegments) {
            newWords.add(Similarity.words(newTokens, newTokens.segmentStart(segment), newTokens.segmentEnd(segment)));
        }
        for (SentencePairing.Pair pair : SentencePairing.pair(oldWords, newWords, MIN_SENTENCE_SIMILARITY)) {
            int oldSegment = oldSegments.get(pair.oldIndex());
            int newSegment = newSegments.get(pair.newIndex());
            diffTokens(range(oldTokens.segmentStart(oldSegment), oldTokens.segmentEnd(oldSegment)),
                    range(newTokens.segmentStart(newSegment), newTokens.segmentEnd(newSegment)), false);
        }
    }

    /** Diffs two token lists (indices into the texts), keeps the meaningful matches, pairs them. */
    private void diffTokens(int[] oldSide, int[] newSide, boolean moved) {
        List<Integer> a = new ArrayList<>(oldSide.length);
        for (int token : oldSide) {
            a.add(oldKeyIds[token]);
        }
        List<Integer> b = new ArrayList<>(newSide.length);
        for (int token : newSide) {
            b.add(newKeyIds[token]);
        }
        List<Change> changes = new MyersDiffWithLinearSpace<Integer>().computeDiff(a, b, null);
        for (int[] run : ChanceMatches.kept(equalRuns(changes, a.size()), oldSide, oldTokens, newSide, newTokens)) {
            for (int k = 0; k < run[2]; k++) {
                int oldToken = oldSide[run[0] + k];
                int newToken = newSide[run[1] + k];
                oldToNew[oldToken] = newToken;
                newToOld[newToken] = oldToken;
                movedOld[oldToken] = moved;
            }
        }
    }

    /** The equal stretches between Myers' changes, as {oldStart, newStart, length}. */
    private static List<int[]> equalRuns(List<Change> changes, int oldSize) {
        List<int[]> runs = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        for (Change change : changes) {
            if (change.deltaType == DeltaType.EQUAL) {
                continue;
            }
            if (change.startOriginal > oldAt) {
                runs.add(new int[] {oldAt, newAt, change.startOriginal - oldAt});
            }
            oldAt = change.endOriginal;
            newAt = change.endRevised;
        }
        if (oldSize > oldAt) {
            runs.add(new int[] {oldAt, newAt, oldSize - oldAt});
        }
        return runs;
    }

    static int[] range(int from, int to) {
        int[] result = new int[to - from];
        for (int i = 0; i < result.length; i++) {
            result[i] = from + i;
        }
        return result;
    }

    /** A sentence as the sequence of its token keys, to find equal sentences by hashing. */
    private record SegmentKey(int[] keys) {

        @Override
        public boolean equals(Object other) {
            return other instanceof SegmentKey key && Arrays.equals(keys, key.keys);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(keys);
        }
    }
}
