package org.checkbench.service;

import java.util.ArrayList;
import java.util.List;
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

    private final Workspace workspace;
    private final SentenceEncoder encoder;
    private MatchIndex index;

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
        String cleaned = MatchText.clean(text);
        float[] query = encoder.embed(cleaned);
        synchronized (this) {
            return loaded().search(cleaned, query, limit);
        }
    }

    /** {@link #search} for many texts at once (one batch through the encoder). */
    List<List<MatchIndex.Match>> searchAll(List<String> texts, int limit) {
        if (texts.isEmpty()) {
            return List.of(); // nothing to look for: the encoder need not be loaded
        }
        List<String> cleaned = texts.stream().map(MatchText::clean).toList();
        List<float[]> queries = encoder.embed(cleaned);
        List<List<MatchIndex.Match>> result = new ArrayList<>();
        synchronized (this) {
            MatchIndex loaded = loaded();
            for (int i = 0; i < cleaned.size(); i++) {
                result.add(loaded.search(cleaned.get(i), queries.get(i), limit));
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
