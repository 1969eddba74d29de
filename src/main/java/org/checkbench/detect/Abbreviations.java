package org.checkbench.detect;

import java.util.Locale;
import java.util.Set;

/**
 * Words that end in a full stop without ending a sentence. Kept apart from the splitter so the
 * lists can grow without touching the scanning logic.
 */
final class Abbreviations {

    /**
     * Titles always precede a name, so the stop after them never ends a sentence
     * ("Maj. Charlie Dietz", "Dr. Kim").
     */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "messrs", "dr", "prof", "rev", "fr", "sr", "jr", "st",
            "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig",
            "gov", "sen", "rep", "reps", "pres", "supt", "det", "insp", "amb", "hon", "atty", "sec",
            "mt", "ft", "vs", "v", "cf", "dept", "e.g", "i.e");

    /**
     * Abbreviations that are usually followed by more of the same sentence ("Jan. 5", "Acme Inc.
     * said") but can end one ("... founded in Jan. The next ..."): the stop ends a sentence only
     * when a typical sentence opener follows.
     */
    private static final Set<String> USUALLY_INSIDE = Set.of(
            "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "tue", "tues", "thu", "thur", "thurs", "fri",
            "inc", "corp", "co", "ltd", "llc", "bros", "assn", "univ", "natl", "intl",
            "ariz", "calif", "colo", "conn", "fla", "okla", "tenn", "tex",
            "a.m", "p.m", "etc", "al", "no", "nos", "vol", "pp", "approx", "ca");
    // Left out on purpose: abbreviations that are also common words ("ill", "mass", "sun", "mar",
    // "wed", "miss"), where a false "not a boundary" would glue two sentences together.

    /** Words that typically open a sentence; after an ambiguous abbreviation they signal a new one. */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
            "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "if", "when",
            "while", "after", "before", "since", "as", "his", "her", "its", "their", "our", "my",
            "no", "not", "some", "many", "most", "all", "one", "what", "why", "how", "who", "where",
            "however", "meanwhile", "still", "then", "also", "although", "though", "because");

    /** Verbs of an attribution after a quotation: “...?” Dietz asked. */
    private static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "asked", "asks", "added", "told", "tells", "wrote", "writes", "explained",
            "replied", "declared", "concluded", "insisted", "warned", "shouted", "cried", "recalled", "noted");

    private Abbreviations() {
    }

    /** The word before a stop, without the stop, e.g. "Maj" or "U.S". */
    static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isUsuallyInside(String word) {
        return USUALLY_INSIDE.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isSentenceOpener(String word) {
        return SENTENCE_OPENERS.contains(word.toLowerCase(Locale.ROOT));
    }
}
