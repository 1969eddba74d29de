package org.checkbench.io.bundle;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A workspace bundle's content: articles (each with the key that makes importing it twice change
 * nothing), the evidence they link to, and the files by SHA-256.
 */
public record Bundle(int version, Instant created, String application, List<Keyed> articles,
                     List<BundledEvidence> evidence, Map<String, byte[]> files) {

    /** An article and its key: the SHA-256 of its JSON in the bundle. */
    public record Keyed(String key, BundleArticle article) {
    }

    public Bundle {
        articles = List.copyOf(articles);
        evidence = List.copyOf(evidence);
        files = Map.copyOf(files);
    }
}
