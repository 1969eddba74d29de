import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Runs an exported check-worthiness ONNX file through ONNX Runtime (the runtime the app uses) on
 * token ids made by Tokenize.java, and writes one probability per row: how quantise_static.py
 * compares a quantised file with the fp32 model it came from, on sentences without using labels.
 * {@code java -cp CLASSPATH train/Score.java MODEL.onnx IN.ids.tsv OUT.probs.txt [maxTokens]}
 */
public class Score {
    public static void main(String[] args) throws Exception {
        int maxTokens = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        List<long[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            long[] ids = Arrays.stream(line.split("\t", 3)[2].split(" ")).mapToLong(Long::parseLong).toArray();
            if (ids.length > maxTokens) {
                long last = ids[ids.length - 1];
                ids = Arrays.copyOf(ids, maxTokens);
                ids[maxTokens - 1] = last;
            }
            rows.add(ids);
        }
        Integer[] order = new Integer[rows.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> rows.get(i).length));
        double[] probs = new double[rows.size()];
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(Integer.getInteger("threads", 2));
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        try (OrtSession session = env.createSession(args[0], options)) {
            for (int from = 0; from < order.length; from += 32) {
                int n = Math.min(32, order.length - from);
                int width = 0;
                for (int k = 0; k < n; k++) {
                    width = Math.max(width, rows.get(order[from + k]).length);
                }
                long[][] ids = new long[n][width];
                long[][] mask = new long[n][width];
                for (int k = 0; k < n; k++) {
                    long[] row = rows.get(order[from + k]);
                    System.arraycopy(row, 0, ids[k], 0, row.length);
                    Arrays.fill(mask[k], 0, row.length, 1L);
                }
                try (OnnxTensor a = OnnxTensor.createTensor(env, ids); OnnxTensor b = OnnxTensor.createTensor(env, mask);
                        OrtSession.Result result = session.run(Map.of("input_ids", a, "attention_mask", b))) {
                    float[] logits = (float[]) result.get(0).getValue();
                    for (int k = 0; k < n; k++) {
                        probs[order[from + k]] = 1 / (1 + Math.exp(-logits[k]));
                    }
                }
            }
        }
        long cpuNanos = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.err.printf("scored %d rows; main thread CPU %.1f s%n", rows.size(), cpuNanos / 1e9);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (double p : probs) {
                out.write(String.format(java.util.Locale.ROOT, "%.6f%n", p));
            }
        }
    }
}
