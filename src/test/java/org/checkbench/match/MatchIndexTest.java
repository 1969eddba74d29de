package org.checkbench.match;

import org.checkbench.model.DocumentKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The index's arithmetic on hand-made vectors: ranking, replacing, removing, word weight. */
class MatchIndexTest {

    private static float[] unit(float... values) {
        return Vectors.normalized(values);
    }

    @Test
    void ranksByTheSumOfClaimAndHeadlineCosinesAndReportsTheBetterOneAsSimilarity() {
        MatchIndex index = new MatchIndex(4);
        index.put(DocumentKey.factCheck(1), "alpha", unit(1, 0, 0, 0), "beta", unit(0, 1, 0, 0));
        index.put(DocumentKey.factCheck(2), "gamma", unit(1, 1, 0, 0), null, null);
        index.put(DocumentKey.claim(3), "delta", unit(0, 0, 1, 0), null, null);

        List<MatchIndex.Match> found = index.search("nothing shared", unit(1, 0.2f, 0, 0), 3);

        assertThat(found).extracting(MatchIndex.Match::key)
                .containsExactly(DocumentKey.factCheck(2), DocumentKey.factCheck(1), DocumentKey.claim(3));
        assertThat(found.get(1).similarity()).isCloseTo(0.98f, org.assertj.core.data.Offset.offset(0.02f));
    }

    @Test
    void sharedRareWordsBreakATieOfMeaning() {
        MatchIndex index = new MatchIndex(2);
        index.put(DocumentKey.claim(1), "the bridge collapsed", unit(1, 0), null, null);
        index.put(DocumentKey.claim(2), "the Zaporizhzhia bridge collapsed", unit(1, 0), null, null);

        assertThat(index.search("Zaporizhzhia", unit(1, 0), 1)).extracting(MatchIndex.Match::key)
                .containsExactly(DocumentKey.claim(2));
    }

    @Test
    void aReplacedDocumentIsFoundOnceWithItsNewVectorAndARemovedOneNotAtAll() {
        MatchIndex index = new MatchIndex(2);
        index.put(DocumentKey.claim(1), "old words", unit(1, 0), null, null);
        index.put(DocumentKey.claim(2), "other", unit(0.6f, 0.8f), null, null);
        index.put(DocumentKey.claim(1), "new words", unit(0, 1), null, null);

        assertThat(index.search("", unit(0, 1), 5)).extracting(MatchIndex.Match::key)
                .containsExactly(DocumentKey.claim(1), DocumentKey.claim(2));
        assertThat(index.remove(DocumentKey.claim(1))).isTrue();
        assertThat(index.search("", unit(0, 1), 5)).extracting(MatchIndex.Match::key)
                .containsExactly(DocumentKey.claim(2));
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void storedBytesGiveBackTheVector() {
        float[] vector = unit(0.1f, -0.5f, 0.25f, 3f);
        assertThat(Vectors.fromBytes(Vectors.toBytes(vector))).containsExactly(vector);
    }
}
