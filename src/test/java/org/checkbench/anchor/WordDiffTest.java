package org.checkbench.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.stream.Collectors;

import org.checkbench.model.WordDiff;
import org.checkbench.model.WordDiff.Kind;
import org.checkbench.model.WordDiff.Piece;
import org.checkbench.bench.drafts.GeneratedRevisionPair;
import org.checkbench.bench.drafts.RevisionPairGenerator;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class WordDiffTest {

    private static String shown(WordDiff diff) {
        return diff.pieces().stream().map(p -> switch (p.kind()) {
            case EQUAL -> p.text();
            case DELETED -> "[-" + p.text() + "-]";
            case INSERTED -> "{+" + p.text() + "+}";
        }).collect(Collectors.joining());
    }

    @Test
    void changedWordsShowAsDeletedThenInsertedWithPlainSpacing() {
        WordDiff diff = WordDiffs.of("Kyiv said 11,000 troops arrived.", "Kyiv said 12,500 troops arrived on Friday.");
        assertThat(shown(diff)).isEqualTo("Kyiv said [-11,000-] {+12,500+} troops arrived {+on Friday+}.");
        assertThat(diff.wordsAdded()).isEqualTo(3);
        assertThat(diff.wordsRemoved()).isEqualTo(1);
        // "11,000" replaced by "12,500" is one change to step to; "on Friday" another.
        assertThat(diff.changes()).extracting(c -> diff.pieces().get(c.first()).text(), c -> diff.pieces().get(c.last()).text())
                .containsExactly(tuple("11,000", "12,500"),
                        tuple("on Friday", "on Friday"));
    }

    @Test
    void aDeletedParagraphKeepsItsOwnLine() {
        WordDiff diff = WordDiffs.of("One.\n\nTwo is gone.\n\nThree.", "One.\n\nThree.");
        assertThat(shown(diff)).isEqualTo("One.\n\n[-Two is gone.-]\n\nThree.");
    }

    @Property(tries = 60)
    void theKeptAndInsertedPiecesAreTheNewTextAndTheKeptAndDeletedOnesTheOldWords(
            @ForAll @LongRange(min = 0, max = 1_000_000L) long seed) {
        GeneratedRevisionPair pair = new RevisionPairGenerator(2500, 0.3, 0.3).generate(seed);
        WordDiff diff = WordDiffs.of(pair.oldText(), pair.newText());
        String newText = diff.pieces().stream().filter(p -> p.kind() != Kind.DELETED && p.start() >= 0)
                .map(Piece::text).collect(Collectors.joining());
        assertThat(newText).isEqualTo(pair.newText());
        for (Piece piece : diff.pieces()) {
            if (piece.start() >= 0) {
                String source = piece.kind() == Kind.DELETED ? pair.oldText() : pair.newText();
                assertThat(source.substring(piece.start(), piece.end())).isEqualTo(piece.text());
            }
            if (piece.isChange()) {
                assertThat(piece.text()).doesNotStartWith(" ").doesNotEndWith(" ");
            }
        }
        String oldWords = diff.pieces().stream().filter(p -> p.kind() != Kind.INSERTED && p.start() >= 0)
                .map(Piece::text).collect(Collectors.joining(" "));
        assertThat(Similarity.words(oldWords)).isEqualTo(Similarity.words(pair.oldText()));
    }
}
