package org.checkbench.detect;

import java.util.Locale;
import java.util.Set;

/**
 * What kind of unit of an article a span is, before any model looks at it. Datelines, bylines,
 * photo credits and very short fragments are never claims, whatever their numbers and names make a
 * model think; they get score 0 and their kind as the reason, so a checker sees why nothing is
 * suggested there. Rules, not a model: each is a shape newsrooms print the same way everywhere.
 */
public enum UnitKind {
    /** A sentence or caption worth scoring. */
    TEXT(null),
    /** A date, time or place line: "Thursday, February 23, 2006", "Updated 6:42 p.m. ET", "DETROIT —". */
    DATELINE("dateline"),
    /** "By Maria Okafor, Health Correspondent", "Contact the reporter at news@example.org". */
    BYLINE("byline"),
    /** "Photo: Kwame Boateng for the Tribune", "Illustration courtesy of NASA/JPL-Caltech". */
    PHOTO_CREDIT("photo credit"),
    /** Fewer than three words or twelve letters: "P. 6(e)", "Staff report", a section label. */
    FRAGMENT("fragment");

    private final String reason;

    UnitKind(String reason) {
        this.reason = reason;
    }

    /** The reason shown for a unit of this kind; null for {@link #TEXT}. */
    public String reason() {
        return reason;
    }

    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "today", "yesterday");
    private static final Set<String> TIME_WORDS = Set.of("updated", "posted", "published", "last", "modified",
            "on", "at", "am", "pm", "a.m", "p.m", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt",
            "gmt", "bst", "cet", "utc", "th", "st", "nd", "rd", "of", "the");
    private static final Set<String> JOINING_WORDS = Set.of("and", "&", "de", "van", "von", "da", "del", "la", "le",
            "bin", "al", "of");
    private static final String[] CREDIT_STARTS = {"photo:", "photo credit", "photos:", "photograph:",
        "photography:", "image:", "images:", "picture:", "credit:", "illustration:", "illustration by",
        "illustration courtesy", "photo by", "photo courtesy", "(photo", "[photo", "courtesy of", "video:"};
    private static final String[] CREDIT_ENDS = {"getty images", "/ap", "(ap photo)", "/reuters", "/afp",
        "via reuters", "shutterstock", "/ staff photographer", "staff photographer", "for the tribune"};

    public static UnitKind of(String unit) {
        String text = unit.strip();
        int words = 0;
        int letters = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            boolean wordChar = Character.isLetterOrDigit(c);
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar || (inWord && (c == '\'' || c == '’' || c == '-'));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (isPhotoCredit(lower, words)) {
            return PHOTO_CREDIT;
        }
        if (isByline(text, lower, words)) {
            return BYLINE;
        }
        if (isDateline(text, lower, words)) {
            return DATELINE;
        }
        return words < 3 || letters < 12 ? FRAGMENT : TEXT;
    }

    private static boolean isPhotoCredit(String lower, int words) {
        if (words > 14) {
            return false;
        }
        for (String start : CREDIT_STARTS) {
            if (lower.startsWith(start)) {
                return true;
            }
        }
        for (String end : CREDIT_ENDS) {
            if (lower.endsWith(end) && words <= 8) {
                return true;
            }
        }
        return false;
    }

    private static boolean isByline(String text, String lower, int words) {
        if (words > 12) {
            return false;
        }
        if (lower.startsWith("contact ") && lower.contains("@")) {
            return true;
        }
        if (!lower.startsWith("by ") || text.endsWith(".") && !endsWithInitial(text)) {
            return false;
        }
        // "By Maria Okafor, Health Correspondent", "By Priya Raman | Education reporter": the name
        // up to a comma or bar has every word capitalised (joining words aside); a title may follow.
        String name = text.substring(3).split("[,|]", 2)[0];
        for (String word : name.strip().split("\\s+")) {
            if (word.isEmpty() || JOINING_WORDS.contains(word)) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithInitial(String text) {
        int n = text.length();
        return n >= 3 && Character.isUpperCase(text.charAt(n - 2)) && !Character.isLetter(text.charAt(n - 3));
    }

    private static boolean isDateline(String text, String lower, int words) {
        if (words > 12) {
            return false;
        }
        String trimmed = text.replaceAll("[\\s]+$", "");
        if ((trimmed.endsWith("—") || trimmed.endsWith("--") || trimmed.endsWith(" -") || trimmed.endsWith("–"))
                && words <= 6 && isAllCapsWord(text)) {
            return true; // "DETROIT —", "SPRINGFIELD, Ill. (AP) —"
        }
        boolean dateSeen = false;
        for (String token : lower.split("[\\s,()/]+")) {
            String word = token.replaceAll("\\.$", "");
            if (word.isEmpty()) {
                continue;
            }
            if (DATE_WORDS.contains(word)) {
                dateSeen = true;
            } else if (word.chars().allMatch(c -> Character.isDigit(c) || c == ':' || c == '-' || c == '.')) {
                dateSeen |= word.chars().anyMatch(Character::isDigit);
            } else if (!TIME_WORDS.contains(word) && !word.matches("\\d+(st|nd|rd|th)")) {
                return false;
            }
        }
        return dateSeen;
    }

    /** True when the text starts with a word of two or more capitals and no lower-case letter. */
    private static boolean isAllCapsWord(String text) {
        int i = 0;
        int capitals = 0;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
            capitals++;
            i++;
        }
        return capitals >= 2;
    }
}
