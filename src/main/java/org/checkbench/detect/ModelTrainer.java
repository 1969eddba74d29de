package org.checkbench.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains the {@link CheckWorthinessModel}: L2-regularised logistic regression by stochastic
 * gradient descent with AdaGrad step sizes, single-threaded with a fixed seed so that the same
 * data and settings always give the same weights.
 *
 * <p>Procedure: every {@code heldOutOneIn}-th row (by a stable hash of its id) is held out; a model
 * trained on the rest picks the threshold that maximises F1 on the held-out rows. The shipped model
 * is then retrained on all rows with the same settings and keeps that threshold. No other labelled
 * file is looked at, so an evaluation on a separate file (ClaimBuster's groundtruth.tsv) stays honest.
 */
public final class ModelTrainer {

    public record Settings(int epochs, double learningRate, double l2, int minFeatureCount, int heldOutOneIn,
                           long seed) {

        public static Settings defaults() {
            return new Settings(10, 0.05, 1e-3, 5, 5, 20261126L);
        }
    }

    /** The trained model and how its threshold did on the held-out rows. */
    public record Result(CheckWorthinessModel model, Evaluation heldOut, int trainingRows, int heldOutRows) {
    }

    private ModelTrainer() {
    }

    public static Result train(List<LabelledSentence> rows, Settings settings) {
        List<LabelledSentence> fitRows = new ArrayList<>();
        List<LabelledSentence> heldOutRows = new ArrayList<>();
        for (LabelledSentence row : rows) {
            (isHeldOut(row, settings) ? heldOutRows : fitRows).add(row);
        }
        if (fitRows.isEmpty() || heldOutRows.isEmpty()) {
            throw new IllegalArgumentException("Need rows both to fit and to hold out; got " + rows.size());
        }
        CheckWorthinessModel firstPass = fit(fitRows, settings).toModel();
        double[] heldOutScores = new double[heldOutRows.size()];
        for (int i = 0; i < heldOutScores.length; i++) {
            heldOutScores[i] = firstPass.score(SentenceFeatures.of(heldOutRows.get(i).sentence()));
        }
        double threshold = bestThreshold(heldOutScores, heldOutRows);
        Evaluation heldOut = Evaluation.of(heldOutScores, heldOutRows, threshold);

        Weights all = fit(rows, settings);
        List<String> comments = List.of(
                "Checkbench check-worthiness weights: logistic regression over cues, words and word pairs.",
                "Trained on the ClaimBuster crowdsourced set (Arslan, Hassan, Li and Tremayne, ICWSM 2020,"
                        + " doi:10.5281/zenodo.3609356); see CREDITS.txt.",
                "Regenerate: java -jar target/checkbench.jar detect --train crowdsourced.tsv --out FILE",
                String.format(Locale.ROOT, "Settings: epochs %d, learning rate %s, L2 %s, min feature count %d,"
                                + " held out 1 in %d, seed %d", settings.epochs(), settings.learningRate(), settings.l2(),
                        settings.minFeatureCount(), settings.heldOutOneIn(), settings.seed()),
                String.format(Locale.ROOT, "Threshold %.2f chosen on %d held-out rows: %s", threshold,
                        heldOutRows.size(), heldOut.summary()));
        CheckWorthinessModel model = new CheckWorthinessModel(all.nonZero(), all.bias, threshold, comments);
        return new Result(model, heldOut, fitRows.size(), heldOutRows.size());
    }

    private static boolean isHeldOut(LabelledSentence row, Settings settings) {
        // String.hashCode is specified by the Java language, so the split is the same everywhere.
        return Math.floorMod(row.id().hashCode() * 31 + 7, settings.heldOutOneIn()) == 0;
    }

    private static Weights fit(List<LabelledSentence> rows, Settings settings) {
        List<List<String>> featureNames = new ArrayList<>(rows.size());
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledSentence row : rows) {
            List<String> names = SentenceFeatures.of(row.sentence()).names();
            featureNames.add(names);
            for (String name : names) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> vocabulary = new ArrayList<>();
        counts.entrySet().stream()
                .filter(entry -> entry.getValue() >= settings.minFeatureCount() || entry.getKey().startsWith("cue:"))
                .map(Map.Entry::getKey)
                .sorted()
                .forEach(name -> {
                    index.put(name, vocabulary.size());
                    vocabulary.add(name);
                });
        int[][] examples = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            examples[i] = featureNames.get(i).stream().filter(index::containsKey).mapToInt(index::get).toArray();
        }

        double[] w = new double[vocabulary.size()];
        double[] squaredGradients = new double[vocabulary.size()];
        double bias = 0;
        double biasSquaredGradient = 0;
        int[] order = new int[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int position : order) {
                int[] features = examples[position];
                double z = bias;
                for (int f : features) {
                    z += w[f];
                }
                double error = 1 / (1 + Math.exp(-z)) - (rows.get(position).checkWorthy() ? 1 : 0);
                for (int f : features) {
                    double gradient = error + settings.l2() * w[f];
                    squaredGradients[f] += gradient * gradient;
                    w[f] -= settings.learningRate() * gradient / Math.sqrt(squaredGradients[f] + 1e-8);
                }
                biasSquaredGradient += error * error;
                bias -= settings.learningRate() * error / Math.sqrt(biasSquaredGradient + 1e-8);
            }
        }
        return new Weights(vocabulary, w, bias);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    private static double bestThreshold(double[] scores, List<LabelledSentence> rows) {
        double best = 0.5;
        double bestF1 = -1;
        for (int percent = 5; percent <= 95; percent++) {
            double threshold = percent / 100.0;
            double f1 = Evaluation.of(scores, rows, threshold).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = threshold;
            }
        }
        return best;
    }

    private record Weights(List<String> vocabulary, double[] values, double bias) {

        CheckWorthinessModel toModel() {
            return new CheckWorthinessModel(nonZero(), bias, 0.5, List.of());
        }

        /** Weights below 0.0005 round to 0.0000 in the file anyway; leaving them out keeps it small. */
        Map<String, Double> nonZero() {
            Map<String, Double> map = new HashMap<>();
            for (int i = 0; i < values.length; i++) {
                if (Math.abs(values[i]) >= 0.0005) {
                    map.put(vocabulary.get(i), values[i]);
                }
            }
            return map;
        }
    }
}
