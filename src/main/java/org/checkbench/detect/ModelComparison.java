package org.checkbench.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The detectors side by side on one labelled set: the feature model alone (the old detector, still
 * the fallback), the encoder alone, their ensemble as the app runs it (sentences whose answer the
 * feature model settles skip the encoder, ADR 0111 and 0113), and the ensemble with every sentence
 * through the encoder. Every one sees the same units and the same {@link UnitKind} rules; each
 * decides at its own threshold.
 */
public final class ModelComparison {

    /** One detector's result on the set. */
    public record Row(String model, double threshold, Evaluation evaluation) {
    }

    private ModelComparison() {
    }

    /**
     * @param threshold the threshold on the app's scale for the feature model and the ensemble
     * @return the feature row, then the encoder and both ensemble rows when the encoder loads
     */
    public static List<Row> of(List<LabelledSentence> rows, double threshold) {
        List<String> sentences = rows.stream().map(LabelledSentence::sentence).toList();
        List<Row> result = new ArrayList<>();
        result.add(new Row("feature model", threshold, evaluate(Detector.featuresOnly().scoreAll(sentences), rows, threshold)));
        Optional<LoadedEncoder> encoder = EncoderSource.shipped().get();
        if (encoder.isPresent()) {
            double[] probabilities = encoder.get().model().probabilities(sentences);
            for (int i = 0; i < probabilities.length; i++) {
                if (UnitKind.of(sentences.get(i)) != UnitKind.TEXT) {
                    probabilities[i] = 0;
                }
            }
            double encoderThreshold = encoder.get().settings().encoderThreshold();
            result.add(new Row("encoder", encoderThreshold, Evaluation.of(probabilities, rows, encoderThreshold)));
            result.add(new Row("ensemble", threshold,
                    evaluate(Detector.standard().scoreAll(sentences, threshold), rows, threshold)));
            result.add(new Row("ensemble, all", threshold, evaluate(Detector.standard().scoreAll(sentences), rows, threshold)));
        }
        return result;
    }

    private static Evaluation evaluate(List<ScoredSentence> scored, List<LabelledSentence> rows, double threshold) {
        double[] scores = new double[scored.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = scored.get(i).score();
        }
        return Evaluation.of(scores, rows, threshold);
    }
}
