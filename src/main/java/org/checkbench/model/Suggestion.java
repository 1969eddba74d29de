package org.checkbench.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sentence detection thinks worth checking, shown quietly in the editor until the checker
 * accepts it (it becomes a {@link Claim}) or dismisses it. Not a claim: it has no status, note or
 * evidence, and it is recomputed whenever the text is detected again.
 *
 * @param id database id, 0 before it is stored
 * @param start first UTF-16 unit in the text it was detected on
 * @param end one past the last UTF-16 unit
 * @param exact the sentence, {@code text.substring(start, end)}
 * @param score check-worthiness 0..1
 * @param reasons short reasons detection gave ("number", "date", ...)
 */
public record Suggestion(long id, long articleId, int start, int end, String exact, double score, List<String> reasons) {

    public Suggestion {
        Objects.requireNonNull(exact, "exact");
        reasons = List.copyOf(reasons);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad suggestion range " + start + ".." + end);
        }
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be within 0..1, got " + score);
        }
    }

    public Suggestion withId(long newId) {
        return new Suggestion(newId, articleId, start, end, exact, score, reasons);
    }

    public Suggestion withRange(int newStart, int newEnd) {
        return new Suggestion(id, articleId, newStart, newEnd, exact, score, reasons);
    }

    /** True when [start, end) shares at least one character with [otherStart, otherEnd). */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    /** The key a dismissal is remembered by: see {@link #sentenceKey(String)}. */
    public String sentenceKey() {
        return sentenceKey(exact);
    }

    /**
     * The sentence's text with its offsets forgotten and small edits around it ignored: Unicode
     * NFKC, whitespace runs (line breaks of a re-wrapped paragraph) as one space, trimmed, lower
     * case. A dismissed sentence stays dismissed when text before it moves it or its line is
     * re-wrapped; a sentence whose words changed is a new sentence and is suggested again.
     */
    public static String sentenceKey(String sentence) {
        String normalized = Normalizer.normalize(sentence, Normalizer.Form.NFKC);
        return normalized.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
