package org.checkbench.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as the matcher reads it. A claim copied from social media carries links, picture links,
 * @handles and #hashtags, and an embedded tweet ends with "— Name (@handle) Month D, YYYY". Links
 * and dates say nothing about the claim and mislead the encoder; the author's name does say
 * something (a fact-check names who said it), so it stays, in front ("Name: text"). Measured on the
 * CLEF 2020 tweets: docs/matching.md.
 */
public final class MatchText {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+|pic\\.twitter\\.com/\\S+|\\bwww\\.\\S+)");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "\\s*[—–-]+\\s*([^—–()]{0,80}?)\\s*\\(@\\w+\\)\\s*(\\p{L}+\\s+\\d{1,2},\\s*\\d{4})?\\s*$");
    private static final Pattern TAG = Pattern.compile("[#@](\\w+)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|(?<=\\p{L})(?=\\d)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MatchText() {
    }

    /** The claim's words without links, tags turned into words and a tweet's byline as "Name: ". */
    public static String clean(String text) {
        String result = text == null ? "" : text.replace('\u00a0', ' ');
        String author = null;
        Matcher byline = ATTRIBUTION.matcher(result);
        if (byline.find()) {
            author = byline.group(1).strip();
            result = result.substring(0, byline.start());
        }
        result = LINK.matcher(result).replaceAll(" ");
        result = TAG.matcher(result).replaceAll(m -> Matcher.quoteReplacement(CAMEL.matcher(m.group(1)).replaceAll(" ")));
        result = SPACES.matcher(result).replaceAll(" ").strip();
        return author == null || author.isEmpty() ? result : author + ": " + result;
    }

    /** Lower-case words: runs of letters and digits (what BM25 counts). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String source = (text == null ? "" : text) + " ";
        source.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        });
        return words;
    }
}
