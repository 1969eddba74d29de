package org.checkbench.anchor;

import java.util.ArrayList;
import java.util.List;

import org.checkbench.model.WordDiff;
import org.checkbench.model.WordDiff.Kind;
import org.checkbench.model.WordDiff.Piece;

/** Builds the {@link WordDiff} of two texts from their {@link TextAlignment}. */
public final class WordDiffs {

    private WordDiffs() {
    }

    public static WordDiff of(String oldText, String newText) {
        return of(TextAlignment.of(oldText, newText));
    }

    public static WordDiff of(TextAlignment alignment) {
        return new Builder(alignment).build();
    }

    private static final class Builder {

        private final TextAlignment alignment;
        private final WordTokens oldTokens;
        private final WordTokens newTokens;
        private final String oldText;
        private final String newText;
        private final List<Piece> pieces = new ArrayList<>();
        private int equalStart = -1;
        private int equalEnd = -1;

        Builder(TextAlignment alignment) {
            this.alignment = alignment;
            this.oldTokens = alignment.oldTokens();
            this.newTokens = alignment.newTokens();
            this.oldText = oldTokens.text();
            this.newText = newTokens.text();
        }

        WordDiff build() {
            int i = 0;
            int j = 0;
            int newAt = 0; // how much of the new text the pieces cover so far
            while (i < oldTokens.size() || j < newTokens.size()) {
                if (i < oldTokens.size() && !alignment.isPairedInOrder(i)) {
                    int from = i;
                    boolean moved = alignment.isMoved(from);
                    while (i < oldTokens.size() && !alignment.isPairedInOrder(i) && alignment.isMoved(i) == moved) {
                        i++;
                    }
                    deleted(from, i, moved);
                } else if (j < newTokens.size() && !cameInOrder(j)) {
                    int from = j;
                    boolean moved = alignment.oldOf(j) >= 0;
                    while (j < newTokens.size() && !cameInOrder(j) && (alignment.oldOf(j) >= 0) == moved) {
                        j++;
                    }
                    newAt = equal(newAt, newTokens.start(from));
                    add(Kind.INSERTED, newText.substring(newTokens.start(from), newTokens.end(j - 1)),
                            newTokens.start(from), newTokens.end(j - 1), moved);
                    newAt = newTokens.end(j - 1);
                } else {
                    // Both sides stand at a word kept in order: they are each other's.
                    newAt = equal(newAt, newTokens.end(j));
                    i++;
                    j++;
                }
            }
            equal(newAt, newText.length());
            flushEqual();
            return new WordDiff(pieces, alignment.wordsAdded(), alignment.wordsRemoved());
        }

        private boolean cameInOrder(int newToken) {
            int old = alignment.oldOf(newToken);
            return old >= 0 && alignment.isPairedInOrder(old);
        }

        /** Old words [from, to) gone from here, with the old spacing that separated them from what came before. */
        private void deleted(int from, int to, boolean moved) {
            int start = oldTokens.start(from);
            int end = oldTokens.end(to - 1);
            if (from > 0) {
                spacing(oldText.substring(oldTokens.end(from - 1), start));
            }
            add(Kind.DELETED, oldText.substring(start, end), start, end, moved);
            if (from == 0 && to < oldTokens.size()) {
                spacing(oldText.substring(end, oldTokens.start(to)));
            }
        }

        private void spacing(String whitespace) {
            // A deleted paragraph keeps its own line; a word deleted within a line, one space.
            String shown = whitespace.indexOf('\n') >= 0 ? whitespace : whitespace.isEmpty() ? "" : " ";
            add(Kind.EQUAL, shown, -1, -1, false);
        }

        /** Kept text [newAt, upTo) of the new text, gathered until the next change. */
        private int equal(int newAt, int upTo) {
            if (upTo > newAt) {
                if (equalStart < 0) {
                    equalStart = newAt;
                }
                equalEnd = upTo;
            }
            return Math.max(newAt, upTo);
        }

        private void flushEqual() {
            if (equalStart >= 0) {
                pieces.add(new Piece(Kind.EQUAL, newText.substring(equalStart, equalEnd), equalStart, equalEnd, false));
                equalStart = -1;
            }
        }

        private void add(Kind kind, String text, int start, int end, boolean moved) {
            flushEqual();
            if (!text.isEmpty()) {
                pieces.add(new Piece(kind, text, start, end, moved));
            }
        }
    }
}
