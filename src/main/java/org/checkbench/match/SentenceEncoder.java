package org.checkbench.match;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product is their cosine similarity. The name
 * is stored beside every vector in the workspace: a different name means the stored vectors are
 * from another model and must be computed again.
 */
public interface SentenceEncoder {

    String modelName();

    int dimension();

    /** One unit-length vector per text, in order. May take a while: never call it on the FX thread. */
    List<float[]> embed(List<String> texts);

    default float[] embed(String text) {
        return embed(List.of(text)).get(0);
    }
}
