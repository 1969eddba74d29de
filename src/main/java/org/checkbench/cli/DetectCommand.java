package org.checkbench.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.checkbench.model.text.DecodedText;
import org.checkbench.service.ArticleImportException;
import org.checkbench.service.ArticleTextReader;
import org.checkbench.detect.CheckWorthinessModel;
import org.checkbench.detect.Detector;
import org.checkbench.detect.Evaluation;
import org.checkbench.detect.LabelledSentence;
import org.checkbench.detect.ModelComparison;
import org.checkbench.detect.ThresholdChoice;
import org.checkbench.detect.ModelTrainer;
import org.checkbench.detect.ScoredSentence;
import org.checkbench.detect.SentenceSplitter;
import org.checkbench.detect.SentenceSuggestion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench detect}: sentence splitting and check-worthiness scoring without a window.
 * Exit codes (the table in {@link ExitCodes}): 0 success, 2 wrong usage, 4 an input file that cannot be
 * read or used, 6 --train's output that cannot be written.
 */
@Command(
        name = "detect",
        mixinStandardHelpOptions = true,
        versionProvider = AppVersion.class,
        description = {
            "Split a text file into sentences and score each for check-worthiness.",
            "Prints start<TAB>end<TAB>score<TAB>flag<TAB>reasons<TAB>sentence per sentence; offsets count UTF-16"
                    + " code units of the decoded text; flag is 1 when the threshold suggests the sentence;"
                    + " reasons are comma-separated, '-' when there are none."})
public final class DetectCommand implements Callable<Integer> {

    static final int EXIT_UNUSABLE_FILE = ExitCodes.IMPORT_REFUSED;
    static final int EXIT_USAGE = ExitCodes.USAGE;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Article as a text file (UTF-8, UTF-16, or a legacy encoding: detected, or --encoding).")
    Path file;

    @Option(names = "--sentences", description = "Read one sentence per line from standard input and print"
            + " score<TAB>flag<TAB>reasons for each, in order.")
    boolean sentences;

    @Option(names = "--evaluate", paramLabel = "TSV", arity = "1..*", description = "Print precision, recall and F1"
            + " of the check-worthy class on labelled files (id<TAB>label<TAB>sentence, header line, label 1 or 0)"
            + " for the feature model, the encoder, their ensemble as the app runs it, and the ensemble with"
            + " every sentence through the encoder.")
    List<Path> evaluate;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Read FILE in this encoding (e.g. windows-1251) instead of detecting it.")
    String encoding;

    @Option(names = "--threshold", paramLabel = "SCORE", description = "Suggest sentences scoring at least this"
            + " (0 to 1; default: the model's threshold).")
    Double threshold;

    @Option(names = "--features-only", description = "Score with the feature model alone (the fast fallback and the"
            + " detector before the trained encoder), on the same scale and threshold.")
    boolean featuresOnly;

    @Option(names = "--train", paramLabel = "TSV", hidden = true,
            description = "Retrain the weights on a labelled file (ClaimBuster crowdsourced.tsv) and write them to --out.")
    Path train;

    @Option(names = "--out", paramLabel = "FILE", hidden = true, description = "Where --train writes the weights.")
    Path out;

    @Option(names = "--choose-thresholds", paramLabel = "TSV", hidden = true, description = "Print the F1-maximising"
            + " thresholds of the shipped encoder and ensemble on a labelled file, for encoder.properties (train/README.md).")
    Path chooseThresholds;

    private final InputStream standardInput;

    public DetectCommand() {
        this(System.in);
    }

    /** For tests: standard input replaced by {@code standardInput}. */
    DetectCommand(InputStream standardInput) {
        this.standardInput = standardInput;
    }

    @Override
    public Integer call() throws IOException {
        int modes = (file != null ? 1 : 0) + (sentences ? 1 : 0) + (evaluate != null ? 1 : 0) + (train != null ? 1 : 0)
                + (chooseThresholds != null ? 1 : 0);
        if (modes != 1) {
            return usageError("Give exactly one of FILE, --sentences, --evaluate TSV" + (modes == 0 ? "." : ", not several."));
        }
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            return usageError("--threshold must be between 0 and 1, was " + threshold);
        }
        if (train != null) {
            return train();
        }
        if (chooseThresholds != null) {
            return chooseThresholds();
        }
        Detector detector = featuresOnly ? Detector.featuresOnly() : Detector.standard();
        double cutoff = threshold != null ? threshold : detector.defaultThreshold();
        int exit = sentences ? scoreStandardInput(detector, cutoff)
                : evaluate != null ? evaluate(detector, cutoff) : detectFile(detector, cutoff);
        // The figures of a fallback differ: say so on standard error, whichever the mode.
        detector.notice().ifPresent(notice -> {
            err().println("detect: " + notice);
            err().flush();
        });
        return exit;
    }

    private int detectFile(Detector detector, double cutoff) {
        String text;
        try {
            // The same decoding and refusals as importing an article, so offsets match what the app stores.
            DecodedText decoded = ArticleTextReader.readVerbatim(file, Encodings.parse(encoding, spec).orElse(null));
            text = decoded.text();
            if (decoded.needsAttention()) {
                err().println("detect: warning: " + file.getFileName() + " was " + decoded.describe()
                        + ". If the sentences look wrong, give the right one with --encoding NAME.");
                err().flush();
            }
        } catch (ArticleImportException e) {
            throw new CliProblem(EXIT_UNUSABLE_FILE, "detect: " + e.userMessage());
        }
        PrintWriter out = out();
        StringBuilder line = new StringBuilder(256);
        for (SentenceSuggestion suggestion : detector.detect(text, cutoff)) {
            line.setLength(0);
            line.append(suggestion.start()).append('\t').append(suggestion.end()).append('\t')
                    .append(formatScore(suggestion.score())).append('\t').append(suggestion.suggested() ? '1' : '0')
                    .append('\t').append(reasons(suggestion.reasons())).append('\t');
            appendOnOneLine(line, text, suggestion.start(), suggestion.end());
            out.println(line);
        }
        out.flush();
        return 0;
    }

    private int scoreStandardInput(Detector detector, double cutoff) throws IOException {
        PrintWriter out = out();
        BufferedReader reader = new BufferedReader(new InputStreamReader(standardInput, StandardCharsets.UTF_8));
        List<String> lines = reader.lines().toList(); // scored together: the encoder works in batches
        for (ScoredSentence scored : detector.scoreAll(lines)) {
            out.println(formatScore(scored.score()) + '\t' + (scored.score() >= cutoff ? '1' : '0') + '\t'
                    + reasons(scored.reasons()));
        }
        out.flush();
        return 0;
    }

    private int evaluate(Detector detector, double cutoff) {
        for (Path file : evaluate) {
            List<LabelledSentence> rows;
            try {
                rows = LabelledSentence.read(file);
            } catch (IOException e) {
                return unusable(e);
            }
            long positives = rows.stream().filter(LabelledSentence::checkWorthy).count();
            out().printf(Locale.ROOT, "%s: %d sentences, %d check-worthy%n", file, rows.size(), positives);
            out().printf(Locale.ROOT, "  %-14s %9s %9s %7s %6s   %s%n", "model", "threshold", "precision", "recall", "F1",
                    "tp fp fn tn");
            for (ModelComparison.Row row : ModelComparison.of(rows, cutoff)) {
                Evaluation e = row.evaluation();
                out().printf(Locale.ROOT, "  %-14s %9.2f %9.3f %7.3f %6.3f   %d %d %d %d%n", row.model(), row.threshold(),
                        e.precision(), e.recall(), e.f1(), e.truePositives(), e.falsePositives(), e.falseNegatives(),
                        e.trueNegatives());
            }
        }
        out().flush();
        return 0;
    }

    private int train() throws IOException {
        if (out == null) {
            return usageError("--train needs --out FILE");
        }
        List<LabelledSentence> rows;
        try {
            rows = LabelledSentence.read(train);
        } catch (IOException e) {
            return unusable(e);
        }
        ModelTrainer.Result result = ModelTrainer.train(rows, ModelTrainer.Settings.defaults());
        CheckWorthinessModel model = result.model();
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(writer);
        } catch (IOException e) {
            throw new CliProblem(ExitCodes.REPORT_NOT_WRITTEN, "detect: cannot write " + out + ": " + e);
        }
        out().printf(Locale.ROOT, "Trained on %d rows (%d held out to choose the threshold %.2f: %s).%n"
                        + "Wrote %d weights to %s%n", rows.size(), result.heldOutRows(), model.threshold(),
                result.heldOut().summary(), model.featureCount(), out);
        out().flush();
        return 0;
    }

    private int chooseThresholds() {
        List<LabelledSentence> rows;
        try {
            rows = LabelledSentence.read(chooseThresholds);
        } catch (IOException e) {
            return unusable(e);
        }
        var choices = ThresholdChoice.forShippedEncoder(rows);
        if (choices.isEmpty()) {
            err().println("detect: " + Detector.standard().notice().orElse("the encoder did not load"));
            err().flush();
            return EXIT_UNUSABLE_FILE;
        }
        out().printf(Locale.ROOT, "encoder.threshold=%.4f%n# encoder alone at it: %s%n", choices.get().encoder().threshold(),
                choices.get().encoder().evaluation().summary());
        out().printf(Locale.ROOT, "ensemble.threshold=%.4f%n# ensemble at it: %s%n", choices.get().ensemble().threshold(),
                choices.get().ensemble().evaluation().summary());
        out().flush();
        return 0;
    }

    static String formatScore(double score) {
        return String.format(Locale.ROOT, "%.3f", score);
    }

    static String reasons(List<String> reasons) {
        return reasons.isEmpty() ? "-" : String.join(",", reasons);
    }

    /** Tabs and line breaks inside a sentence would break the one-line-per-sentence format. */
    private static void appendOnOneLine(StringBuilder line, String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            line.append(c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' ? ' ' : c);
        }
    }

    private int unusable(IOException e) {
        throw new CliProblem(EXIT_UNUSABLE_FILE, "detect: " + e.getMessage());
    }

    private int usageError(String message) {
        throw new CliProblem(EXIT_USAGE, "detect: " + message + System.lineSeparator()
                + "Usage: checkbench detect FILE | --sentences | --evaluate TSV   (see --help)");
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
