package org.checkbench.service;

/** Hears how far the background embedding got: {@code done} of {@code total} documents. */
@FunctionalInterface
public interface EmbeddingProgress {

    void progress(int done, int total);

    EmbeddingProgress NONE = (done, total) -> { };
}
