package org.checkbench.detect;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The fine-tuned transformer encoder (all-MiniLM-L6-v2 trained on ClaimBuster, int8, see
 * {@code train/README.md} and ADR 0110): sentences in, probability of "check-worthy" out. The
 * tokenizer is DJL's binding of HuggingFace tokenizers reading the model's own
 * {@code tokenizer.json}, the same library and file that made the training data's token ids.
 *
 * <p>Thread-safe (ONNX Runtime sessions are); {@link #close()} frees the native memory. Loading
 * takes a few hundred milliseconds and tens of MB: do it off the FX thread, once.
 */
public final class EncoderModel implements AutoCloseable {

    static final String RESOURCE_DIR = "/org/checkbench/detect/encoder/";
    static final String MODEL_RESOURCE = RESOURCE_DIR + "checkworthiness-encoder.onnx";
    static final String TOKENIZER_RESOURCE = RESOURCE_DIR + "tokenizer.json";

    /** Sentences per ONNX call: large enough to keep the matrix kernels busy, small enough to show progress. */
    static final int BATCH = 32;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final int maxTokens;

    private EncoderModel(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer, int maxTokens) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.maxTokens = maxTokens;
    }

    /**
     * Loads the model and tokenizer shipped in the jar.
     *
     * @throws EncoderUnavailableException with a reason a user can read when a file is missing or
     *     the native runtime cannot start on this machine
     */
    public static EncoderModel loadShipped(int maxTokens) {
        byte[] model = resource(MODEL_RESOURCE);
        HuggingFaceTokenizer tokenizer;
        try (InputStream in = EncoderModel.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
            if (in == null) {
                throw new EncoderUnavailableException("its tokenizer " + TOKENIZER_RESOURCE + " is missing from the jar");
            }
            tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("addSpecialTokens", "true",
                    "truncation", "false", "padding", "false"));
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            throw EncoderUnavailableException.because("the tokenizer library could not start", e);
        }
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // No arena and no memory patterns: the window's whole process must stay within about
            // 400 MB (issue 18); an arena keeps its peak (a batch of long sentences) for good.
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            // Idle ONNX Runtime threads would otherwise spin on the cores the FX thread needs.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            return new EncoderModel(environment, environment.createSession(model, options), tokenizer, maxTokens);
        } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
            tokenizer.close();
            throw EncoderUnavailableException.because("ONNX Runtime could not load it", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = EncoderModel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new EncoderUnavailableException("its weights " + name + " are missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw EncoderUnavailableException.because("its weights could not be read", e);
        }
    }

    /** Probabilities of "check-worthy", in the order given. */
    public double[] probabilities(List<String> sentences) {
        return probabilities(sentences, done -> { });
    }

    /**
     * Probabilities of "check-worthy", in the order given; {@code progress} hears the number of
     * sentences scored so far after each batch. Sentences are batched by token count, so padding
     * costs little; each is cut to the first {@code maxTokens} tokens (with its end marker).
     */
    public double[] probabilities(List<String> sentences, IntConsumer progress) {
        long[][] ids = new long[sentences.size()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = tokens(sentences.get(i));
        }
        Integer[] order = new Integer[ids.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> ids[i].length));
        double[] result = new double[ids.length];
        int done = 0;
        for (int from = 0; from < order.length; from += BATCH) {
            Integer[] batch = Arrays.copyOfRange(order, from, Math.min(order.length, from + BATCH));
            float[] logits = run(batch, ids);
            for (int k = 0; k < batch.length; k++) {
                result[batch[k]] = 1 / (1 + Math.exp(-logits[k]));
            }
            done += batch.length;
            progress.accept(done);
        }
        return result;
    }

    private long[] tokens(String sentence) {
        Encoding encoding = tokenizer.encode(sentence);
        long[] ids = encoding.getIds();
        if (ids.length <= maxTokens) {
            return ids;
        }
        long[] cut = Arrays.copyOf(ids, maxTokens);
        cut[maxTokens - 1] = ids[ids.length - 1]; // keep [SEP]
        return cut;
    }

    private float[] run(Integer[] batch, long[][] ids) {
        int width = 0;
        for (Integer i : batch) {
            width = Math.max(width, ids[i].length);
        }
        long[][] input = new long[batch.length][width];
        long[][] mask = new long[batch.length][width];
        for (int k = 0; k < batch.length; k++) {
            long[] row = ids[batch[k]];
            System.arraycopy(row, 0, input[k], 0, row.length);
            Arrays.fill(mask[k], 0, row.length, 1L);
        }
        try (OnnxTensor inputTensor = OnnxTensor.createTensor(environment, input);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
                OrtSession.Result result = session.run(Map.of("input_ids", inputTensor, "attention_mask", maskTensor))) {
            return (float[]) result.get(0).getValue();
        } catch (OrtException e) {
            throw new IllegalStateException("The check-worthiness encoder failed on a batch: " + e.getMessage(), e);
        }
    }

    /** Tokens per sentence after cutting, for tests and benchmarks. */
    int tokenCount(String sentence) {
        return tokens(sentence).length;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // Closing frees native memory; a failure here leaves nothing for the user to do.
        }
        tokenizer.close();
    }

}
