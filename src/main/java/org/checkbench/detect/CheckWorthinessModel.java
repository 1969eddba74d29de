package org.checkbench.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic regression over {@link SentenceFeatures}: score = sigmoid(bias + sum of the weights of
 * the features present). The weights ship as a small text resource written by {@link ModelTrainer};
 * the file also holds the default threshold, chosen on held-out training data.
 *
 * <p>File format, UTF-8: lines starting with {@code #} are comments (how it was trained), then
 * {@code threshold<TAB>value}, {@code bias<TAB>value} and one {@code feature<TAB>weight} per line.
 */
public final class CheckWorthinessModel {

    /** Classpath location of the shipped weights. */
    public static final String SHIPPED_RESOURCE = "/org/checkbench/detect/checkworthiness-model.tsv";

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;
    private final List<String> comments;

    public CheckWorthinessModel(Map<String, Double> weights, double bias, double threshold, List<String> comments) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), was " + threshold);
        }
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.threshold = threshold;
        this.comments = List.copyOf(comments);
    }

    /** The model shipped in the jar, read once. */
    public static CheckWorthinessModel shipped() {
        return ShippedHolder.MODEL;
    }

    private static final class ShippedHolder {
        static final CheckWorthinessModel MODEL = loadShipped();

        private static CheckWorthinessModel loadShipped() {
            try (InputStream in = CheckWorthinessModel.class.getResourceAsStream(SHIPPED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The check-worthiness weights " + SHIPPED_RESOURCE
                            + " are missing from the classpath; regenerate them with `detect --train`.");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + SHIPPED_RESOURCE, e);
            }
        }
    }

    public double score(SentenceFeatures features) {
        double z = bias;
        for (String name : features.names()) {
            Double weight = weights.get(name);
            if (weight != null) {
                z += weight;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    public double threshold() {
        return threshold;
    }

    public int featureCount() {
        return weights.size();
    }

    /** The weight of one feature, 0 when the model does not know it; for tests and explanations. */
    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    public static CheckWorthinessModel read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Double> weights = new HashMap<>();
        List<String> comments = new ArrayList<>();
        Double bias = null;
        Double threshold = null;
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IOException("Model line " + lineNumber + " is not name<TAB>value: " + line);
            }
            String name = line.substring(0, tab);
            double value;
            try {
                value = Double.parseDouble(line.substring(tab + 1));
            } catch (NumberFormatException e) {
                throw new IOException("Model line " + lineNumber + " has no number: " + line, e);
            }
            switch (name) {
                case "threshold" -> threshold = value;
                case "bias" -> bias = value;
                default -> weights.put(name, value);
            }
        }
        if (bias == null || threshold == null) {
            throw new IOException("Model file lacks its bias or threshold line");
        }
        return new CheckWorthinessModel(weights, bias, threshold, comments);
    }

    /** Writes the model with features sorted by name, so that regenerated files diff cleanly. */
    public void write(Writer out) throws IOException {
        for (String comment : comments) {
            out.write("# " + comment + "\n");
        }
        out.write(String.format(Locale.ROOT, "threshold\t%.2f%n", threshold));
        out.write(String.format(Locale.ROOT, "bias\t%.4f%n", bias));
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(weights.entrySet());
        sorted.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        for (Map.Entry<String, Double> entry : sorted) {
            out.write(String.format(Locale.ROOT, "%s\t%.4f%n", entry.getKey(), entry.getValue()));
        }
        out.flush();
    }
}
