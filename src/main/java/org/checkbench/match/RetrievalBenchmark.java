package org.checkbench.match;

import org.checkbench.model.DocumentKey;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The verified-claim retrieval benchmark of CLEF 2020 CheckThat! Task 2, in its files' format:
 * documents {@code id<TAB>vclaim<TAB>title} and queries {@code id<TAB>text}, each with a header
 * line and fields that may be quoted; answers as TREC qrels {@code query 0 document 1}. Every query
 * is matched against every document exactly as the app matches a claim against a fact-check
 * collection, and scored by MAP@5 (the lab's measure), P@1 and recall@5.
 */
public final class RetrievalBenchmark {

    private static final CSVFormat TSV = CSVFormat.TDF.builder().setIgnoreSurroundingSpaces(false)
            .setTrim(false).get();

    /** A row of the documents or queries file. */
    public record Entry(String id, String text, String title) {
    }

    /** The three figures, and how many queries they are over. */
    public record Result(double map5, double precision1, double recall5, int queries) {
    }

    private RetrievalBenchmark() {
    }

    public static List<Entry> readEntries(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            boolean header = true;
            for (CSVRecord record : TSV.parse(reader)) {
                if (header) {
                    header = false;
                    continue;
                }
                if (record.size() < 2 || record.get(0).isBlank()) {
                    continue;
                }
                entries.add(new Entry(record.get(0).strip(), record.get(1), record.size() > 2 ? record.get(2) : null));
            }
        }
        return entries;
    }

    /** Query id to the ids of the documents that answer it. */
    public static Map<String, Set<String>> readQrels(Path file) throws IOException {
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 4 && !parts[3].equals("0")) {
                answers.computeIfAbsent(parts[0], q -> new HashSet<>()).add(parts[2]);
            }
        }
        return answers;
    }

    /**
     * Embeds the documents (claim and title apart), builds the index and runs every query that has
     * answers. {@code progress} hears the number of texts embedded so far.
     */
    public static Result run(SentenceEncoder encoder, List<Entry> documents, List<Entry> queries,
                             Map<String, Set<String>> answers, IntConsumer progress) {
        MatchIndex index = new MatchIndex(encoder.dimension());
        Map<Long, String> idOfKey = new HashMap<>();
        int batch = 256;
        int done = 0;
        for (int from = 0; from < documents.size(); from += batch) {
            List<Entry> slice = documents.subList(from, Math.min(documents.size(), from + batch));
            List<String> texts = new ArrayList<>();
            for (Entry entry : slice) {
                texts.add(entry.text());
                texts.add(entry.title() == null || entry.title().isBlank() ? entry.text() : entry.title());
            }
            List<float[]> vectors = encoder.embed(texts);
            for (int i = 0; i < slice.size(); i++) {
                Entry entry = slice.get(i);
                long key = from + i;
                idOfKey.put(key, entry.id());
                boolean titled = entry.title() != null && !entry.title().isBlank();
                index.put(DocumentKey.factCheck(key), entry.text(), vectors.get(2 * i),
                        titled ? entry.title() : null, titled ? vectors.get(2 * i + 1) : null);
            }
            done += texts.size();
            progress.accept(done);
        }
        List<Entry> answered = queries.stream().filter(q -> answers.containsKey(q.id())).toList();
        List<String> cleaned = answered.stream().map(q -> MatchText.clean(q.text())).toList();
        List<float[]> queryVectors = encoder.embed(cleaned);
        double map = 0;
        double p1 = 0;
        double recall = 0;
        for (int q = 0; q < answered.size(); q++) {
            Set<String> relevant = answers.get(answered.get(q).id());
            List<String> ranked = index.search(cleaned.get(q), queryVectors.get(q), 5).stream()
                    .map(match -> idOfKey.get(match.key().id())).toList();
            int hits = 0;
            double precisionSum = 0;
            for (int k = 0; k < ranked.size(); k++) {
                if (relevant.contains(ranked.get(k))) {
                    hits++;
                    precisionSum += (double) hits / (k + 1);
                }
            }
            map += precisionSum / Math.min(relevant.size(), 5);
            p1 += !ranked.isEmpty() && relevant.contains(ranked.get(0)) ? 1 : 0;
            recall += (double) hits / relevant.size();
        }
        int n = Math.max(1, answered.size());
        return new Result(map / n, p1 / n, recall / n, answered.size());
    }
}
