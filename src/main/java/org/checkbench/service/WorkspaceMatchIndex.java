package org.checkbench.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.checkbench.model.DocumentKey;
import org.checkbench.match.MatchIndex;
import org.checkbench.match.MatchText;
import org.checkbench.match.SentenceEncoder;
import org.checkbench.match.Vectors;
import org.checkbench.store.VectorRepository;
import org.checkbench.store.VectorRepository.OwnerKind;
import org.checkbench.store.VectorRepository.StoredVectors;
import org.checkbench.store.VectorRepository.TextToEmbed;
import org.checkbench.store.Workspace;

/**
 * The workspace's claims and fact-checks as a {@link MatchIndex}: loaded from the stored vectors on
 * first use, kept up to date by {@link #embedPending}, which computes missing or stale vectors in
 * batches (the database is free between batches; the model runs outside any transaction).
 */
final class WorkspaceMatchIndex {

    private static final int BATCH = 64;
    /**
     * Query vectors kept for texts asked about again: the "checked before" marks of an article's
     * claims and suggestions are asked for after every pause in typing, and most sentences have not
     * changed since (a vector is 1.5 KB, so at most some 3 MB).
     */
    private static final int REMEMBERED_QUERIES = 2048;

    private final Workspace workspace;
    private final SentenceEncoder encoder;
    private MatchIndex index;
    private final Map<String, float[]> recentQueries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > REMEMBERED_QUERIES;
        }
    };

    WorkspaceMatchIndex(Workspace workspace, SentenceEncoder encoder) {
        this.workspace = workspace;
        this.encoder = encoder;
    }

    String modelName() {
        return encoder.modelName();
    }

    /** How many documents wait for vectors. */
    int pending() {
        return workspace.vectors().countStale(encoder.modelName());
    }

    /**
     * Embeds every document whose vectors are missing or stale, reporting progress; stops between
     * batches when {@code cancelled} says so. Returns how many were embedded.
     */
    int embedPending(EmbeddingProgress progress, BooleanSupplier cancelled) {
        VectorRepository vectors = workspace.vectors();
        String model = encoder.modelName();
        int total = vectors.countStale(model);
        int done = 0;
        // Bounded: a document edited while being embedded comes back once more, not forever.
        int rounds = total / BATCH + 10;
        while (rounds-- > 0 && !cancelled.getAsBoolean()) {
            List<TextToEmbed> batch = vectors.stale(model, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            List<String> texts = new ArrayList<>();
            for (TextToEmbed document : batch) {
                texts.add(document.text());
                if (document.headline() != null) {
                    texts.add(document.headline());
                }
            }
            List<float[]> embedded = encoder.embed(texts);
            List<byte[]> main = new ArrayList<>();
            List<byte[]> headlines = new ArrayList<>();
            int next = 0;
            for (TextToEmbed document : batch) {
                main.add(Vectors.toBytes(embedded.get(next++)));
                headlines.add(document.headline() != null ? Vectors.toBytes(embedded.get(next++)) : null);
            }
            vectors.putAll(model, batch, main, headlines);
            synchronized (this) {
                if (index != null) {
                    for (int i = 0; i < batch.size(); i++) {
                        TextToEmbed d = batch.get(i);
                        index.put(key(d.kind(), d.ownerId()), d.text(), Vectors.fromBytes(main.get(i)), d.headline(),
                                headlines.get(i) == null ? null : Vectors.fromBytes(headlines.get(i)));
                    }
                }
            }
            done += batch.size();
            progress.progress(Math.min(done, total), Math.max(total, done));
        }
        if (!cancelled.getAsBoolean()) {
            vectors.dropUnused(model);
        }
        return done;
    }

    /** Forgets a removed claim or fact-check at once (its vector goes with the next embedding pass). */
    synchronized void forget(DocumentKey key) {
        if (index != null) {
            index.remove(key);
        }
    }

    /** The best documents for a text (cleaned here), best first; embeds the text on the caller's thread. */
    List<MatchIndex.Match> search(String text, int limit) {
        return searchAll(List.of(text), Map.of(), limit).get(0);
    }

    /** {@link #search} for many texts at once (one batch through the encoder). */
    List<List<MatchIndex.Match>> searchAll(List<String> texts, int limit) {
        return searchAll(texts, Map.of(), limit);
    }

    /**
     * {@link #search} for many texts at once. Only texts never asked about before go through the
     * encoder, in one batch; {@code known} holds vectors stored for some of the texts (by the words
     * they were made from), which are used as they are.
     */
    List<List<MatchIndex.Match>> searchAll(List<String> texts, Map<String, float[]> known, int limit) {
        if (texts.isEmpty()) {
            return List.of(); // nothing to look for: the encoder need not be loaded
        }
        List<String> cleaned = texts.stream().map(MatchText::clean).toList();
        Map<String, float[]> vectors = new HashMap<>();
        java.util.Set<String> missing = new java.util.LinkedHashSet<>();
        synchronized (recentQueries) {
            for (int i = 0; i < cleaned.size(); i++) {
                String words = cleaned.get(i);
                float[] vector = recentQueries.get(words);
                if (vector == null && words.equals(texts.get(i))) {
                    vector = known.get(words); // stored vectors were made from the words as they are
                }
                if (vector != null) {
                    vectors.put(words, vector);
                } else {
                    missing.add(words);
                }
            }
        }
        List<String> toEmbed = List.copyOf(missing);
        List<float[]> embedded = toEmbed.isEmpty() ? List.of() : encoder.embed(toEmbed);
        synchronized (recentQueries) {
            for (int i = 0; i < toEmbed.size(); i++) {
                vectors.put(toEmbed.get(i), embedded.get(i));
            }
            vectors.forEach(recentQueries::put);
        }
        List<List<MatchIndex.Match>> result = new ArrayList<>();
        synchronized (this) {
            MatchIndex loaded = loaded();
            for (String words : cleaned) {
                result.add(loaded.search(words, vectors.get(words), limit));
            }
        }
        return result;
    }

    /** The vectors stored for these claims' words as they are now, by those words (none made by another model). */
    Map<String, float[]> storedVectorsOf(List<org.checkbench.model.Claim> claims) {
        Map<Long, String> quotes = new HashMap<>();
        claims.forEach(c -> quotes.put(c.id(), c.quote()));
        Map<String, float[]> result = new HashMap<>();
        for (StoredVectors stored : workspace.vectors().ofClaims(encoder.modelName(), List.copyOf(quotes.keySet()))) {
            if (stored.text().equals(quotes.get(stored.ownerId()))) {
                result.put(stored.text(), Vectors.fromBytes(stored.vector()));
            }
        }
        return result;
    }

    /** Documents in the index (those with current vectors). */
    synchronized int size() {
        return loaded().size();
    }

    private MatchIndex loaded() {
        if (index == null || index.staleRows() > Math.max(1000, index.size())) {
            MatchIndex fresh = new MatchIndex(encoder.dimension());
            for (StoredVectors stored : workspace.vectors().current(encoder.modelName())) {
                fresh.put(key(stored.kind(), stored.ownerId()), stored.text(), Vectors.fromBytes(stored.vector()),
                        stored.headline(), stored.headlineVector() == null ? null : Vectors.fromBytes(stored.headlineVector()));
            }
            index = fresh;
        }
        return index;
    }

    private static DocumentKey key(OwnerKind kind, long id) {
        return kind == OwnerKind.CLAIM ? DocumentKey.claim(id) : DocumentKey.factCheck(id);
    }
}
