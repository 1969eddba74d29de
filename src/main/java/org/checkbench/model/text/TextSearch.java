package org.checkbench.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a phrase in an article's text: every occurrence, optionally matching case and whole words
 * only. The phrase is taken literally (no patterns to learn); "whole words" means no letter or
 * digit right before or after it. Pure Java: the window's find bar and tests use it alike.
 */
public final class TextSearch {

    /** One occurrence: [start, end) of the text. */
    public record Match(int start, int end) {
    }

    private final Pattern pattern;

    private TextSearch(Pattern pattern) {
        this.pattern = pattern;
    }

    /** A search for {@code phrase}; an empty phrase finds nothing. */
    public static TextSearch of(String phrase, boolean matchCase, boolean wholeWords) {
        if (phrase == null || phrase.isEmpty()) {
            return new TextSearch(null);
        }
        String literal = Pattern.quote(phrase);
        String regex = wholeWords ? "(?<![\\p{L}\\p{N}])" + literal + "(?![\\p{L}\\p{N}])" : literal;
        int flags = matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return new TextSearch(Pattern.compile(regex, flags));
    }

    /** Every occurrence in {@code text}, in text order, never overlapping. */
    public List<Match> findAll(CharSequence text) {
        List<Match> matches = new ArrayList<>();
        if (pattern == null) {
            return matches;
        }
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                matches.add(new Match(matcher.start(), matcher.end()));
            }
        }
        return matches;
    }

    /** True if exactly [start, end) of {@code text} is an occurrence (what Replace replaces). */
    public boolean matchesAt(CharSequence text, int start, int end) {
        if (pattern == null || start < 0 || end > text.length() || start >= end) {
            return false;
        }
        Matcher matcher = pattern.matcher(text);
        matcher.region(start, end);
        matcher.useTransparentBounds(true);
        return matcher.matches();
    }
}
