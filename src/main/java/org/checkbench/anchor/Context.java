package org.checkbench.anchor;

/**
 * How well the text around a place matches a claim's remembered context (the W3C Web Annotation
 * model's prefix and suffix). Any run of whitespace matches any other, so reflowed text still
 * counts as the same context.
 */
final class Context {

    private Context() {
    }

    /** How many characters of {@code prefix}, read backwards from its end, stand just before {@code index}. */
    static int matchingBefore(String text, int index, String prefix) {
        int t = index - 1;
        int p = prefix.length() - 1;
        int matched = 0;
        while (t >= 0 && p >= 0) {
            boolean textSpace = WordTokens.isSpace(text.charAt(t));
            boolean prefixSpace = WordTokens.isSpace(prefix.charAt(p));
            if (textSpace && prefixSpace) {
                while (t >= 0 && WordTokens.isSpace(text.charAt(t))) {
                    t--;
                }
                while (p >= 0 && WordTokens.isSpace(prefix.charAt(p))) {
                    p--;
                }
            } else if (text.charAt(t) == prefix.charAt(p)) {
                t--;
                p--;
            } else {
                break;
            }
            matched++;
        }
        return matched;
    }

    /** How many characters of {@code suffix}, from its start, stand from {@code index} on. */
    static int matchingAfter(String text, int index, String suffix) {
        int t = index;
        int s = 0;
        int matched = 0;
        while (t < text.length() && s < suffix.length()) {
            boolean textSpace = WordTokens.isSpace(text.charAt(t));
            boolean suffixSpace = WordTokens.isSpace(suffix.charAt(s));
            if (textSpace && suffixSpace) {
                while (t < text.length() && WordTokens.isSpace(text.charAt(t))) {
                    t++;
                }
                while (s < suffix.length() && WordTokens.isSpace(suffix.charAt(s))) {
                    s++;
                }
            } else if (text.charAt(t) == suffix.charAt(s)) {
                t++;
                s++;
            } else {
                break;
            }
            matched++;
        }
        return matched;
    }
}
