package org.checkbench.detect;

import java.util.List;
import java.util.Locale;

/** Counts of a binary decision against labels, with the check-worthy class as positive. */
public record Evaluation(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    /** Scores every sentence with the detector and compares its decision at {@code threshold} with the label. */
    public static Evaluation of(Detector detector, List<LabelledSentence> rows, double threshold) {
        List<ScoredSentence> scored = detector.scoreAll(rows.stream().map(LabelledSentence::sentence).toList());
        double[] scores = new double[rows.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = scored.get(i).score();
        }
        return of(scores, rows, threshold);
    }

    /** Compares {@code scores[i] >= threshold} with the label of {@code rows.get(i)}. */
    public static Evaluation of(double[] scores, List<LabelledSentence> rows, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < scores.length; i++) {
            LabelledSentence row = rows.get(i);
            boolean predicted = scores[i] >= threshold;
            if (predicted && row.checkWorthy()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (row.checkWorthy()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Evaluation(tp, fp, fn, tn);
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int total() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    public String summary() {
        return String.format(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d, tn %d; %d sentences)",
                precision(), recall(), f1(), truePositives, falsePositives, falseNegatives, trueNegatives, total());
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
