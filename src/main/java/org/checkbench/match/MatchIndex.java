package org.checkbench.match;

import org.checkbench.model.DocumentKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What has been checked, ready to be matched: each document is a claim's words and, where the
 * fact-check has one, its headline. A query is scored against every document as
 * <pre>  cos(query, claim) + cos(query, headline) + 0.01 · BM25(query, claim + headline)</pre>
 * (a document without headline counts its claim twice). The sum of the two cosines and the word
 * weight were chosen on the CLEF 2020 train and dev tweets (docs/matching.md: encoder alone 0.79
 * MAP@5 on dev, with the cleaning 0.82, fused like this 0.86). Not thread-safe: the caller guards it.
 */
public final class MatchIndex {

    /** How much one BM25 point weighs against one cosine point. */
    static final float WORD_WEIGHT = 0.01f;

    private final VectorIndex vectors;
    private final Bm25Index words = new Bm25Index();
    private final List<DocumentKey> keys = new ArrayList<>();
    private int[] claimRows = new int[256];
    private int[] headlineRows = new int[256];
    private boolean[] hidden = new boolean[256];
    private final Map<DocumentKey, Integer> latest = new HashMap<>();
    private int hiddenCount;

    public MatchIndex(int dimension) {
        this.vectors = new VectorIndex(dimension);
    }

    /**
     * Adds or replaces a document. {@code headlineVector} may be null (a claim of an article).
     */
    public void put(DocumentKey key, String text, float[] claimVector, String headline, float[] headlineVector) {
        remove(key);
        int doc = keys.size();
        if (doc == hidden.length) {
            claimRows = Arrays.copyOf(claimRows, doc * 2);
            headlineRows = Arrays.copyOf(headlineRows, doc * 2);
            hidden = Arrays.copyOf(hidden, doc * 2);
        }
        keys.add(key);
        claimRows[doc] = vectors.add(claimVector);
        headlineRows[doc] = headlineVector == null ? -1 : vectors.add(headlineVector);
        int wordRow = words.add(headline == null ? text : text + " " + headline);
        if (wordRow != doc) {
            throw new IllegalStateException("word and document rows out of step");
        }
        latest.put(key, doc);
    }

    public boolean remove(DocumentKey key) {
        Integer doc = latest.remove(key);
        if (doc == null) {
            return false;
        }
        hidden[doc] = true;
        hiddenCount++;
        return true;
    }

    public boolean contains(DocumentKey key) {
        return latest.containsKey(key);
    }

    public int size() {
        return latest.size();
    }

    /** Rows kept for replaced or removed documents; the owner rebuilds when there are many. */
    public int staleRows() {
        return hiddenCount;
    }

    /** The {@code limit} best documents for a cleaned query and its unit vector, best first. */
    public List<Match> search(String queryText, float[] queryVector, int limit) {
        float[] cosines = vectors.cosines(queryVector);
        float[] bm25 = words.scores(queryText);
        int docs = keys.size();
        float[] scores = new float[docs];
        for (int doc = 0; doc < docs; doc++) {
            if (hidden[doc]) {
                scores[doc] = Float.NEGATIVE_INFINITY;
                continue;
            }
            float claim = cosines[claimRows[doc]];
            float headline = headlineRows[doc] < 0 ? claim : cosines[headlineRows[doc]];
            scores[doc] = claim + headline + WORD_WEIGHT * bm25[doc];
        }
        List<Match> result = new ArrayList<>();
        for (int doc : TopK.indices(scores, limit)) {
            if (scores[doc] == Float.NEGATIVE_INFINITY) {
                break;
            }
            float claim = cosines[claimRows[doc]];
            float headline = headlineRows[doc] < 0 ? claim : cosines[headlineRows[doc]];
            result.add(new Match(keys.get(doc), scores[doc], Math.max(claim, headline)));
        }
        return result;
    }

    /**
     * One document found.
     *
     * @param score the fused score that ranks matches (not comparable across queries)
     * @param similarity the better cosine of claim and headline, 0..1 for the user and thresholds
     */
    public record Match(DocumentKey key, float score, float similarity) {
    }
}
