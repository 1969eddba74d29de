package org.checkbench.ui.article;

/**
 * The one stretch in which two texts differ: {@code [start, end)} of the first replaced by
 * {@code replacement} gives the second. Another checker's saved text is put on screen this way
 * (ADR 0150), so claims before and after their edit stay where they are and only the words they
 * changed move, as with typing.
 */
record TextDifference(int start, int end, String replacement) {

    /** Null when the texts are the same. */
    static TextDifference between(String shown, String stored) {
        if (shown.equals(stored)) {
            return null;
        }
        int prefix = 0;
        int max = Math.min(shown.length(), stored.length());
        while (prefix < max && shown.charAt(prefix) == stored.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && shown.charAt(shown.length() - 1 - suffix) == stored.charAt(stored.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextDifference(prefix, shown.length() - suffix, stored.substring(prefix, stored.length() - suffix));
    }
}
