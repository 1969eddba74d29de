package org.checkbench.detect;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the shipped encoder's thresholds on a labelled set (ClaimBuster's ground truth, the only
 * use made of its labels besides early stopping): for the encoder alone and for the ensemble, the
 * threshold that maximises F1 of the check-worthy class, placed midway between two neighbouring
 * scores so that it does not sit on one sentence. Run by hand after training
 * ({@code detect --choose-thresholds}), written into {@code encoder.properties}.
 */
public final class ThresholdChoice {

    /** A chosen threshold and the result it gives on the set it was chosen on. */
    public record Choice(double threshold, Evaluation evaluation) {
    }

    /** The encoder's and the ensemble's choices, on the raw probability scales they are applied to. */
    public record Choices(Choice encoder, Choice ensemble) {
    }

    private ThresholdChoice() {
    }

    /** Empty when the encoder cannot load. */
    public static Optional<Choices> forShippedEncoder(List<LabelledSentence> rows) {
        Optional<LoadedEncoder> loaded = EncoderSource.shipped().get();
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        List<String> sentences = rows.stream().map(LabelledSentence::sentence).toList();
        double[] encoder = loaded.get().model().probabilities(sentences);
        double[] ensemble = new double[encoder.length];
        CheckWorthinessModel features = CheckWorthinessModel.shipped();
        for (int i = 0; i < encoder.length; i++) {
            if (UnitKind.of(sentences.get(i)) != UnitKind.TEXT) {
                encoder[i] = 0;
            } else {
                ensemble[i] = loaded.get().settings().combine(encoder[i],
                        features.score(SentenceFeatures.of(sentences.get(i))));
            }
        }
        return Optional.of(new Choices(best(encoder, rows), best(ensemble, rows)));
    }

    static Choice best(double[] scores, List<LabelledSentence> rows) {
        double[] distinct = Arrays.stream(scores).distinct().sorted().toArray();
        Choice best = null;
        for (int i = 0; i + 1 < distinct.length; i++) {
            double threshold = (distinct[i] + distinct[i + 1]) / 2;
            Evaluation evaluation = Evaluation.of(scores, rows, threshold);
            if (best == null || evaluation.f1() > best.evaluation().f1()) {
                best = new Choice(threshold, evaluation);
            }
        }
        return best;
    }
}
