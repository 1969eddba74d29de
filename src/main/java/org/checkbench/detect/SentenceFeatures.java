package org.checkbench.detect;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the model sees of one sentence: its {@link Cue}s and the names of its binary features
 * (cues, words, word pairs, a length bucket). Numbers are folded into {@code <num>} and years into
 * {@code <year>} so that "11,000 soldiers" and "60 billion" teach the model the same thing.
 */
public record SentenceFeatures(EnumSet<Cue> cues, List<String> names) {

    public static SentenceFeatures of(String sentence) {
        List<String> tokens = Tokenizer.tokens(sentence);
        List<String> lower = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            lower.add(token.toLowerCase(Locale.ROOT));
        }
        EnumSet<Cue> cues = CueFinder.find(sentence, tokens, lower);

        Set<String> names = new LinkedHashSet<>();
        for (Cue cue : cues) {
            names.add("cue:" + cue.name());
        }
        names.add("len:" + lengthBucket(tokens.size()));
        String previous = "<s>";
        for (String word : lower) {
            String normalized = normalize(word);
            names.add("w:" + normalized);
            names.add("b:" + previous + ' ' + normalized);
            previous = normalized;
        }
        return new SentenceFeatures(cues, List.copyOf(names));
    }

    private static String normalize(String word) {
        if (Tokenizer.isYear(word)) {
            return "<year>";
        }
        if (Tokenizer.isNumber(word)) {
            return "<num>";
        }
        return word;
    }

    private static String lengthBucket(int tokens) {
        if (tokens < 6) {
            return "short";
        }
        if (tokens < 13) {
            return "medium";
        }
        return tokens < 26 ? "long" : "very-long";
    }
}
