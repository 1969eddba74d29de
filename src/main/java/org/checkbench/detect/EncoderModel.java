package org.checkbench.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

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

    /** The shipped file is 23.6 MB; the buffer grows if a retrained one is larger. */
    private static final int MODEL_BYTES_HINT = 24 << 20;

    /**
     * Padded tokens per ONNX call at most: 32 sentences of up to 32 tokens (most news sentences),
     * fewer when they are longer, so a batch of long sentences needs no more memory than one of
     * ordinary ones (ADR 0112). The kernels are as fast on 1,024 rows as on 2,048.
     */
    static final int BATCH_TOKENS = 512;

    /**
     * A scoring call of this many batches or more hands glibc's freed memory back when it ends: the
     * whole article's, not a re-detection of the sentences one keystroke touched (a trim locks each
     * malloc heap for a few milliseconds).
     */
    static final int TRIM_AFTER_BATCHES = 8;

    /**
     * In such a long call, glibc's freed memory also goes back before the first batch and then at
     * most this often, between batches: the article's rest scored after the keys runs beside the JIT
     * compiling what typing ran, whose freed arenas stacked 15-20 MiB of malloc heaps on the
     * encoder's tensors until the window's next 5-s trim (ADR 0159). A trim is 2-3 ms of a lane.
     */
    static final long TRIM_EVERY_NANOS = 1_000_000_000L;

    /**
     * At most this many threads score at once, each running ONNX Runtime single-threaded (one
     * core each): parallel batches need no synchronisation between threads inside an operator, and
     * the caller decides, batch by batch, how many cores detection may take from the window.
     */
    public static final int MAX_LANES = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** The helper lanes: daemon threads at low priority (honoured where the OS allows it), made on demand. */
    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "checkbench-scoring-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        }
    });

    /** ONNX Runtime's session option that allocates each weight (initializer) on its own, off the arena. */
    static final String INITIALIZERS_EACH_ON_THEIR_OWN = "session.use_device_allocator_for_initializers";

    /** BERT's sentence markers, as the model's tokenizer.json numbers them. */
    private static final long CLS = 101;
    private static final long SEP = 102;

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
        return loadShipped(maxTokens, true);
    }

    /**
     * As {@link #loadShipped(int)}; {@code weightsEachOnTheirOwn} false lets ONNX Runtime allocate
     * the weights as one block, as before ADR 0158, for the test that both score alike.
     */
    static EncoderModel loadShipped(int maxTokens, boolean weightsEachOnTheirOwn) {
        GlibcMalloc.returnLargeBlocksToTheSystem();
        // What opening the article freed goes back before the parse's tens of MB stack on it (ADR 0149).
        GlibcMalloc.trim();
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
        // By path when a copy can be written: no 24 MB buffer of ours beside the session being built.
        java.nio.file.Path modelFile;
        ByteBuffer model;
        try {
            modelFile = ModelFile.temporaryCopy(MODEL_RESOURCE);
            model = modelFile == null ? resource(MODEL_RESOURCE) : null;
        } catch (EncoderUnavailableException e) {
            tokenizer.close();
            throw e;
        }
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // One thread per run: parallelism comes from lanes of whole batches (see MAX_LANES).
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // ONNX Runtime's arena, shared by the lanes and emptied after each scoring call
            // (releaseArena): without it every lane's intermediate tensors went through glibc,
            // whose per-thread heaps kept each lane's peak after the tensors were freed; the whole
            // process must stay within about 400 MB (issue 18, ADR 0112). No memory patterns: they
            // plan a buffer per input shape, and every batch has another shape.
            options.setCPUArenaAllocator(true);
            options.setMemoryPatternOptimization(false);
            // Each weight in a block of its own instead of one block for all: the matrix weights are
            // prepacked into a copy at load, and only a block of their own lets ONNX Runtime free the
            // original, 11 MiB the session otherwise keeps to its end; the same scores (ADR 0158).
            if (weightsEachOnTheirOwn) {
                options.addConfigEntry(INITIALIZERS_EACH_ON_THEIR_OWN, "1");
            }
            java.util.concurrent.locks.Lock inCall = OnnxExitGuard.call(); // the window may quit while it loads
            try {
                OrtSession session = modelFile != null ? environment.createSession(modelFile.toString(), options)
                        : environment.createSession(model, options);
                return new EncoderModel(environment, session, tokenizer, maxTokens);
            } finally {
                inCall.unlock();
                // The session holds its own copy of the weights.
                ModelFile.delete(modelFile);
                if (model != null) {
                    NativeBytes.free(model);
                }
                // Parsing and optimising the graph freed tens of MB of small blocks inside glibc's
                // heaps: handed back now, before the first batches' tensors stack on them (ADR 0149).
                GlibcMalloc.trim();
            }
        } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
            ModelFile.delete(modelFile);
            tokenizer.close();
            throw EncoderUnavailableException.because("ONNX Runtime could not load it", e);
        }
    }

    private static ByteBuffer resource(String name) {
        try (InputStream in = EncoderModel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new EncoderUnavailableException("its weights " + name + " are missing from the jar");
            }
            return NativeBytes.read(in, MODEL_BYTES_HINT);
        } catch (IOException e) {
            throw EncoderUnavailableException.because("its weights could not be read", e);
        }
    }

    /** Probabilities of "check-worthy", in the order given, with every lane this machine has. */
    public double[] probabilities(List<String> sentences) {
        double[] result = new double[sentences.size()];
        score(sentences, (which, probabilities) -> {
            for (int k = 0; k < which.length; k++) {
                result[which[k]] = probabilities[k];
            }
        }, () -> MAX_LANES);
        return result;
    }

    /** Hears each batch as soon as it is scored; called by one lane at a time. */
    @FunctionalInterface
    public interface BatchScored {
        /**
         * @param which indexes into the list being scored
         * @param probabilities their probabilities of "check-worthy", in the same order
         */
        void scored(int[] which, double[] probabilities);
    }

    /**
     * Scores {@code sentences} in batches of similar token counts ({@link LengthBatches}: padding
     * costs little, memory is bounded), each cut to the first {@code maxTokens} tokens (with its end
     * marker), handing every batch to {@code sink} as soon as it is done. Batches run on up to
     * {@code lanes} threads at a time (this one and helpers), asked before each batch: one while the
     * checker types, so the window keeps a core, more when they pause. A sink that throws stops every lane at its next batch and
     * the exception comes out of here.
     */
    public void score(List<String> sentences, BatchScored sink, IntSupplier lanes) {
        long[][] ids = new long[sentences.size()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = tokens(sentences.get(i));
        }
        int[] counts = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            counts[i] = ids[i].length;
        }
        int[][] batches = LengthBatches.plan(counts, BATCH, BATCH_TOKENS);
        if (batches.length == 0) {
            return;
        }
        boolean longCall = batches.length >= TRIM_AFTER_BATCHES;
        if (longCall) {
            GlibcMalloc.trim(); // what tokenizing and the JIT beside it freed, before the lanes' tensors stack on it
        }
        try {
            new Lanes(batches, ids, sink, lanes, longCall).run();
        } finally {
            releaseArena();
            if (longCall) {
                GlibcMalloc.trim(); // the lanes' freed blocks, at once rather than at the next 5 s trim (ADR 0149)
            }
        }
    }

    /**
     * Hands the arena's free memory back to the system: a run of the shortest input with ONNX
     * Runtime's shrink option (it shrinks only at the end of a run). Between detections the
     * window then holds the weights, not the last batches' tensors.
     */
    private void releaseArena() {
        java.util.concurrent.locks.Lock inCall = OnnxExitGuard.call();
        try (OrtSession.RunOptions shrink = new OrtSession.RunOptions()) {
            shrink.addRunConfigEntry("memory.enable_memory_arena_shrinkage", "cpu:0");
            try (OnnxTensor input = OnnxTensor.createTensor(environment, new long[][] {{CLS, SEP}});
                    OnnxTensor mask = OnnxTensor.createTensor(environment, new long[][] {{1, 1}});
                    OrtSession.Result ignored = session.run(Map.of("input_ids", input, "attention_mask", mask),
                            shrink)) {
                // only the shrinking matters
            }
        } catch (OrtException e) {
            // The memory stays with the arena and is used again by the next batch: nothing is lost.
        } finally {
            inCall.unlock();
        }
    }

    /** One scoring call's batches, taken in turn by this thread and any helpers it starts. */
    private final class Lanes {
        private final int[][] batches;
        private final long[][] ids;
        private final BatchScored sink;
        private final IntSupplier lanes;
        private final boolean trimAlong;
        private final AtomicLong lastTrim = new AtomicLong(System.nanoTime());
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger helpers = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Lanes(int[][] batches, long[][] ids, BatchScored sink, IntSupplier lanes, boolean trimAlong) {
            this.batches = batches;
            this.ids = ids;
            this.sink = sink;
            this.lanes = lanes;
            this.trimAlong = trimAlong;
        }

        void run() {
            List<Future<?>> started = new ArrayList<>();
            while (failure.get() == null) {
                int wantedHelpers = Math.max(1, Math.min(MAX_LANES, lanes.getAsInt())) - 1;
                while (helpers.get() < wantedHelpers && next.get() < batches.length - 1) {
                    helpers.incrementAndGet();
                    started.add(HELPERS.submit(this::help));
                }
                if (!scoreNext()) {
                    break;
                }
            }
            for (Future<?> helper : started) {
                awaitQuietly(helper);
            }
            Throwable problem = failure.get();
            if (problem instanceof RuntimeException e) {
                throw e;
            }
            if (problem instanceof Error e) {
                throw e;
            }
        }

        /** A helper lane: scores batches until none are left or fewer lanes are wanted. */
        private void help() {
            try {
                while (failure.get() == null && helpers.get() < Math.max(1, Math.min(MAX_LANES, lanes.getAsInt()))
                        && scoreNext()) {
                    // next batch
                }
            } finally {
                helpers.decrementAndGet();
            }
        }

        /** Scores the next batch; false when there is none left or something failed. */
        private boolean scoreNext() {
            int b = next.getAndIncrement();
            if (b >= batches.length) {
                return false;
            }
            try {
                float[] logits = EncoderModel.this.run(batches[b], ids);
                double[] probabilities = new double[logits.length];
                for (int k = 0; k < logits.length; k++) {
                    probabilities[k] = 1 / (1 + Math.exp(-logits[k]));
                }
                synchronized (this) {
                    if (failure.get() == null) {
                        sink.scored(batches[b], probabilities);
                    }
                }
                long last = lastTrim.get();
                long now = System.nanoTime();
                if (trimAlong && now - last >= TRIM_EVERY_NANOS && lastTrim.compareAndSet(last, now)) {
                    GlibcMalloc.trim();
                }
                return true;
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                return false;
            }
        }
    }

    private static void awaitQuietly(Future<?> helper) {
        boolean interrupted = false;
        while (true) {
            try {
                helper.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the helper stops at its next batch; its answer must not be lost
            } catch (ExecutionException e) {
                break; // recorded as the failure by the lane itself
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
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

    private float[] run(int[] batch, long[][] ids) {
        int width = 0;
        for (int i : batch) {
            width = Math.max(width, ids[i].length);
        }
        long[][] input = new long[batch.length][width];
        long[][] mask = new long[batch.length][width];
        for (int k = 0; k < batch.length; k++) {
            long[] row = ids[batch[k]];
            System.arraycopy(row, 0, input[k], 0, row.length);
            Arrays.fill(mask[k], 0, row.length, 1L);
        }
        java.util.concurrent.locks.Lock inCall = OnnxExitGuard.call();
        try (OnnxTensor inputTensor = OnnxTensor.createTensor(environment, input);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
                OrtSession.Result result = session.run(Map.of("input_ids", inputTensor, "attention_mask", maskTensor))) {
            return (float[]) result.get(0).getValue();
        } catch (OrtException e) {
            throw new IllegalStateException("The check-worthiness encoder failed on a batch: " + e.getMessage(), e);
        } finally {
            inCall.unlock();
        }
    }

    /** Tokens per sentence after cutting, for tests and benchmarks. */
    int tokenCount(String sentence) {
        return tokens(sentence).length;
    }

    @Override
    public void close() {
        // The window closes an idle encoder while it runs (ADR 0147): not under the exit's teardown.
        java.util.concurrent.locks.Lock inCall = OnnxExitGuard.call();
        try {
            session.close();
        } catch (OrtException e) {
            // Closing frees native memory; a failure here leaves nothing for the user to do.
        } finally {
            inCall.unlock();
        }
        tokenizer.close();
    }

}
