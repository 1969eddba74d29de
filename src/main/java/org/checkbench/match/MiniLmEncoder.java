package org.checkbench.match;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2, quantised, run by ONNX Runtime inside this process: the model and its tokenizer
 * ship in the langchain4j jar, so nothing is downloaded (docs/decisions/0090). The model is loaded
 * on first use (about a second and some 60 MB of native memory), by whichever background thread
 * asks first.
 */
public final class MiniLmEncoder implements SentenceEncoder {

    /** Changing it makes every workspace compute its vectors again. */
    public static final String MODEL_NAME = "all-MiniLM-L6-v2-q/langchain4j-1.19.0-beta29";

    private static final int DIMENSION = 384;
    // langchain4j runs a batch's texts through the model one after another; a bounded batch keeps
    // the arrays it builds small.
    private static final int BATCH = 64;

    private static final MiniLmEncoder SHARED = new MiniLmEncoder();

    private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

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
        AllMiniLmL6V2QuantizedEmbeddingModel loaded = model();
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> segments = new ArrayList<>();
            for (String text : texts.subList(from, Math.min(texts.size(), from + BATCH))) {
                // The tokenizer refuses an empty segment; a lone dash embeds as "nothing said".
                segments.add(TextSegment.from(text == null || text.isBlank() ? "-" : text));
            }
            for (Embedding embedding : loaded.embedAll(segments).content()) {
                vectors.add(Vectors.normalized(embedding.vector()));
            }
        }
        return vectors;
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel model() {
        AllMiniLmL6V2QuantizedEmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    // The default runs the segments of a batch on a pool as wide as the machine;
                    // ONNX Runtime already uses every core for one text, so one at a time is as fast
                    // and keeps no idle threads.
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
                    model = loaded;
                }
            }
        }
        return loaded;
    }
}
