package org.checkbench.detect;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the {@link Cue}s in one sentence from word lists and a few phrase patterns. The lists are
 * deliberately plain: every cue must be explainable to a checker in two words.
 */
final class CueFinder {

    private static final Set<String> NUMBER_WORDS = Set.of(
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
            "trillion", "trillions", "dozen", "dozens", "half", "twice", "triple", "quarter", "third");
    private static final Set<String> STATISTIC_WORDS = Set.of(
            "%", "percent", "percentage", "rate", "rates", "average", "median", "majority", "poll",
            "polls", "survey", "census", "statistics", "per", "capita", "ratio", "unemployment",
            "inflation", "deficit", "gdp", "debt", "growth");
    private static final Set<String> MONEY_WORDS = Set.of(
            "$", "€", "£", "¥", "dollar", "dollars", "euro", "euros", "pounds", "rubles", "roubles", "yen",
            "budget", "tax", "taxes", "spending", "spent", "cost", "costs", "paid", "funding", "billion", "trillion");
    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> DATE_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
            "ago", "decade", "decades", "century", "annually", "earlier", "since");
    private static final Set<String> ATTRIBUTION_VERBS = Set.of(
            "said", "says", "told", "tells", "reported", "reports", "confirmed", "confirms", "stated",
            "announced", "revealed", "declared", "claimed", "claims", "testified", "wrote", "estimated",
            "estimates", "warned", "found", "showed", "shows", "concluded", "noted", "added", "explained",
            "admitted", "denied", "acknowledged", "published", "cited");
    private static final Set<String> SOURCE_NOUNS = Set.of(
            "report", "study", "survey", "data", "officials", "official", "ministry", "agency", "department",
            "census", "intelligence", "spokesman", "spokeswoman", "spokesperson", "researchers", "analysts",
            "government", "commission", "office", "bureau");
    private static final Set<String> COMPARISON_WORDS = Set.of(
            "than", "most", "least", "largest", "biggest", "highest", "lowest", "smallest",
            "fewer", "record", "compared", "only", "ever");
    // "best" and "worst" are left to the model: in speech they are mostly praise or blame, not a ranking.
    private static final Set<String> CHANGE_WORDS = Set.of(
            "increase", "increased", "increases", "decrease", "decreased", "rose", "risen", "rise", "fell",
            "fallen", "grew", "grown", "doubled", "tripled", "halved", "dropped", "declined", "cut", "cuts",
            "raised", "lowered", "reduced", "created", "lost", "gained", "soared", "plunged");
    private static final Set<String> CAUSAL_WORDS = Set.of(
            "because", "caused", "causes", "cause", "therefore", "consequently", "thanks", "led", "leads",
            "resulted", "result", "responsible", "due", "blamed");
    private static final Set<String> OPINION_WORDS = Set.of(
            "think", "believe", "feel", "should", "must", "ought", "hope", "want", "wish", "opinion",
            "wrong", "right", "good", "bad", "great", "terrible", "wonderful", "important", "deserve");
    private static final Set<String> PREDICTION_WORDS = Set.of(
            "will", "won't", "i'll", "we'll", "going", "gonna", "would", "plan", "promise", "intend");

    private CueFinder() {
    }

    static EnumSet<Cue> find(String sentence, List<String> tokens, List<String> lowerTokens) {
        EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
        boolean attribution = false;
        boolean sourceNoun = false;
        int properNames = 0;
        for (int i = 0; i < lowerTokens.size(); i++) {
            String word = lowerTokens.get(i);
            String previous = i > 0 ? lowerTokens.get(i - 1) : "";
            String next = i + 1 < lowerTokens.size() ? lowerTokens.get(i + 1) : "";
            if (Tokenizer.isNumber(word) || NUMBER_WORDS.contains(word)) {
                cues.add(Tokenizer.isYear(word) ? Cue.DATE : Cue.NUMBER);
            }
            if (STATISTIC_WORDS.contains(word) || word.equals("cent") && previous.equals("per")) {
                cues.add(Cue.STATISTIC);
            }
            if (MONEY_WORDS.contains(word)) {
                cues.add(Cue.MONEY);
            }
            if (isDateWord(word, tokens.get(i), i, previous, next)) {
                cues.add(Cue.DATE);
            }
            if (ATTRIBUTION_VERBS.contains(word) || word.equals("according") && next.equals("to")) {
                attribution = true;
            }
            sourceNoun |= SOURCE_NOUNS.contains(word);
            boolean multiple = word.equals("times") && (Tokenizer.isNumber(previous) || NUMBER_WORDS.contains(previous));
            if (COMPARISON_WORDS.contains(word) || multiple || word.equals("first") && next.equals("time")) {
                cues.add(Cue.COMPARISON);
            }
            if (CHANGE_WORDS.contains(word)) {
                cues.add(Cue.CHANGE);
            }
            if (CAUSAL_WORDS.contains(word) && isCausalUse(word, next, previous)) {
                cues.add(Cue.CAUSAL_CLAIM);
            }
            if (OPINION_WORDS.contains(word) && (!word.equals("right") || !next.equals("now"))) {
                cues.add(Cue.OPINION);
            }
            if (PREDICTION_WORDS.contains(word) && (!word.equals("going") || next.equals("to"))) {
                cues.add(Cue.PREDICTION);
            }
            if (i > 0 && isProperName(tokens.get(i))) {
                properNames++;
            }
        }
        if (properNames > 0) {
            cues.add(Cue.NAMED_ENTITY);
        }
        if (attribution && (properNames > 0 || sourceNoun) || sentence.toLowerCase(Locale.ROOT).contains("according to")) {
            cues.add(Cue.NAMED_SOURCE);
        }
        if (hasQuotation(sentence)) {
            cues.add(Cue.QUOTATION);
        }
        if (sentence.stripTrailing().endsWith("?")) {
            cues.add(Cue.QUESTION);
        }
        return cues;
    }

    private static boolean isDateWord(String word, String asWritten, int index, String previous, String next) {
        if (MONTHS.contains(word)) {
            // "march" and "may" are also verbs: count them only when capitalised mid-sentence or before a number.
            return index > 0 && Character.isUpperCase(asWritten.charAt(0)) || Tokenizer.isNumber(next);
        }
        if (word.equals("may")) {
            return index > 0 && asWritten.equals("May") && Tokenizer.isNumber(next);
        }
        if (DATE_WORDS.contains(word)) {
            return !word.equals("since") || Tokenizer.isNumber(next) || MONTHS.contains(next);
        }
        boolean relativePeriod = next.equals("week") || next.equals("month") || next.equals("year")
                || next.equals("summer") || next.equals("winter") || next.equals("spring") || next.equals("autumn");
        if ((word.equals("last") || word.equals("this") || word.equals("next")) && relativePeriod) {
            return true;
        }
        return word.length() == 5 && word.endsWith("s") && Tokenizer.isYear(word.substring(0, 4))
                || previous.equals("in") && Tokenizer.isYear(word);
    }

    private static boolean isCausalUse(String word, String next, String previous) {
        return switch (word) {
            case "thanks", "due", "led", "leads" -> next.equals("to");
            case "result" -> previous.equals("a") || next.equals("of");
            case "responsible" -> next.equals("for");
            default -> true;
        };
    }

    /** A capitalised word that is not the pronoun "I"; the caller skips the sentence's first word. */
    private static boolean isProperName(String token) {
        return Character.isUpperCase(token.charAt(0)) && !token.equals("I") && !token.startsWith("I'");
    }

    private static boolean hasQuotation(String sentence) {
        int straight = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '“' || c == '”' || c == '«' || c == '„') {
                return true;
            }
            if (c == '"') {
                straight++;
            }
        }
        return straight >= 2;
    }
}
