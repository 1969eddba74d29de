package org.checkbench.detect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last {@code capacity} sentences' scores, by exact text, least recently used first out.
 * Detection runs after every save; with the encoder that costs seconds on a long article, but an
 * edit changes a few sentences, so nearly every score comes from here. Bounded: 20,000 sentences
 * of about 150 characters hold a few MB. Thread-safe (one lock; lookups are cheap next to scoring).
 */
final class ScoreCache {

    private final int capacity;
    private final Map<String, ScoredSentence> entries;
    private long hits;

    ScoreCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ScoredSentence> eldest) {
                return size() > ScoreCache.this.capacity;
            }
        };
    }

    synchronized ScoredSentence get(String sentence) {
        ScoredSentence found = capacity == 0 ? null : entries.get(sentence);
        if (found != null) {
            hits++;
        }
        return found;
    }

    /** How many lookups found a score; for tests and benchmarks. */
    synchronized long hits() {
        return hits;
    }

    synchronized void put(String sentence, ScoredSentence scored) {
        if (capacity > 0) {
            entries.put(sentence, scored);
        }
    }
}
