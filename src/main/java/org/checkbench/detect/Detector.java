package org.checkbench.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The entry point the rest of Checkbench calls: split an article into sentences and score each for
 * check-worthiness. Stateless and thread-safe, so one instance can serve a background executor.
 * Pure computation: call it off the FX thread for long texts (a 1 MB article takes a fraction of a
 * second).
 */
public final class Detector {

    private final SentenceSplitter splitter;
    private final CheckWorthinessModel model;

    public Detector(SentenceSplitter splitter, CheckWorthinessModel model) {
        this.splitter = splitter;
        this.model = model;
    }

    /** The splitter and the weights shipped in the jar. */
    public static Detector standard() {
        return new Detector(new SentenceSplitter(), CheckWorthinessModel.shipped());
    }

    /** The threshold chosen on held-out training data; preferences may override it per call. */
    public double defaultThreshold() {
        return model.threshold();
    }

    public List<SentenceSuggestion> detect(String text) {
        return detect(text, defaultThreshold());
    }

    /** Every unit of {@code text} in order, suggested when its score is at least {@code threshold}. */
    public List<SentenceSuggestion> detect(String text, double threshold) {
        List<SentenceSpan> spans = splitter.split(text);
        List<SentenceSuggestion> suggestions = new ArrayList<>(spans.size());
        for (SentenceSpan span : spans) {
            ScoredSentence scored = score(span.of(text));
            suggestions.add(new SentenceSuggestion(span.start(), span.end(), scored.score(), scored.reasons(),
                    scored.score() >= threshold));
        }
        return suggestions;
    }

    /** Scores one sentence as given, without splitting it. */
    public ScoredSentence score(String sentence) {
        SentenceFeatures features = SentenceFeatures.of(sentence);
        List<String> reasons = new ArrayList<>(features.cues().size());
        for (Cue cue : features.cues()) {
            reasons.add(cue.reason());
        }
        return new ScoredSentence(model.score(features), reasons);
    }
}
