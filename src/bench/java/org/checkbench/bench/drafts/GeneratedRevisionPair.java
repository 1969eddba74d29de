package org.checkbench.bench.drafts;

import java.util.List;

import org.checkbench.anchor.Span;

/**
 * Two revisions of an article, the claims marked on the first, and where every character of the
 * second came from: the ground truth that claim carrying is judged against.
 *
 * @param source for each character of {@code newText}: the index of the old character it is a
 *     copy of (moved or not), or {@code -(e + 1)} when edit {@code e} wrote it
 * @param edits what the writer did, each with the part of the old text it replaced
 * @param claims ranges of {@code oldText}, in text order
 */
public record GeneratedRevisionPair(long seed, String oldText, String newText, int[] source, List<Edit> edits,
        List<Span> claims) {

    /** The kinds of change a writer or an editor makes between drafts. */
    public enum Kind {
        NUMBER_CHANGED, WORD_SUBSTITUTED, SENTENCE_INSERTED, SENTENCE_DELETED, PARAGRAPH_MOVED, TYPO_FIXED,
        QUOTE_REWORDED, PUNCTUATION_NORMALISED, WHITESPACE_NORMALISED, SEPARATOR
    }

    /**
     * One change. New characters written by it replace old [oldFrom, oldTo); a pure insertion has
     * oldFrom == oldTo, the place it was made.
     */
    public record Edit(Kind kind, int oldFrom, int oldTo) {
    }

    public GeneratedRevisionPair {
        edits = List.copyOf(edits);
        claims = List.copyOf(claims);
    }

    /**
     * Whether a character of the new text came from the claim's words: a copy of one of them, or
     * written by an edit that replaced some of them or was made strictly inside the claim. Every
     * other character is <em>unrelated</em> to the claim, including copies of the very same words
     * from elsewhere in the old text.
     */
    public boolean isRelated(int newIndex, Span claim) {
        int from = source[newIndex];
        if (from >= 0) {
            return from >= claim.start() && from < claim.end();
        }
        Edit edit = edits.get(-from - 1);
        if (edit.oldFrom() == edit.oldTo()) {
            return edit.oldFrom() > claim.start() && edit.oldFrom() < claim.end();
        }
        return edit.oldFrom() < claim.end() && edit.oldTo() > claim.start();
    }

    /** For each old character, the new character that is its copy, or -1 when it was deleted or replaced. */
    public int[] copies() {
        int[] copies = new int[oldText.length()];
        java.util.Arrays.fill(copies, -1);
        for (int j = 0; j < source.length; j++) {
            if (source[j] >= 0) {
                copies[source[j]] = j;
            }
        }
        return copies;
    }

    public long count(Kind kind) {
        return edits.stream().filter(e -> e.kind() == kind).count();
    }
}
