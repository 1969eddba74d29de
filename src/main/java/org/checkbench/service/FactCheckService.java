package org.checkbench.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.checkbench.io.claimreview.ClaimReviewReader;
import org.checkbench.io.claimreview.FactCheckCsvReader;
import org.checkbench.io.claimreview.FactCheckFile;
import org.checkbench.io.claimreview.FactCheckFileException;
import org.checkbench.model.FactCheck;
import org.checkbench.store.Workspace;

/**
 * Fact-check collections: importing ClaimReview JSON-LD or CSV into the workspace's library of
 * published checks, listing and searching it. An import is one transaction: every readable entry
 * lands, or (on a failure of the workspace) none does; unreadable entries are reported and skipped.
 */
public final class FactCheckService {

    private static final long LARGEST_FILE = 200L * 1024 * 1024;

    private final ServiceContext context;
    private final Workspace workspace;

    FactCheckService(ServiceContext context) {
        this.context = context;
        this.workspace = context.workspace();
    }

    /** Reads {@code file} (JSON-LD if it starts with '{' or '[', CSV otherwise) without storing anything. */
    public static FactCheckFile read(Path file) throws FactCheckFileException {
        byte[] bytes;
        try {
            if (Files.size(file) > LARGEST_FILE) {
                throw new FactCheckFileException("The file is larger than 200 MB; split it and import the parts.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FactCheckFileException("The file could not be read: " + e.getMessage(), e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return ClaimReviewReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        }
        if (start.startsWith("<")) {
            throw new FactCheckFileException("This looks like a web page or XML, not ClaimReview JSON-LD or CSV."
                    + " Nothing was imported.");
        }
        return FactCheckCsvReader.read(new StringReader(text));
    }

    /** The collection name an import of {@code file} gets by default: the file's name without extension. */
    public static String defaultCollectionName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Reads and stores {@code file} as collection {@code collection} (null: named after the file). */
    public FactCheckImportReport importFile(Path file, String collection) throws FactCheckFileException {
        String name = collection == null || collection.isBlank() ? defaultCollectionName(file) : collection.strip();
        return store(read(file), name);
    }

    /** Stores what was read: new entries added, entries found again by address and words updated. */
    public FactCheckImportReport store(FactCheckFile read, String collection) {
        Instant now = context.now();
        return workspace.inTransaction(() -> {
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            for (FactCheck entry : read.entries()) {
                String key = matchKey(entry);
                Optional<FactCheck> existing = workspace.factChecks().findByKey(key);
                if (existing.isEmpty()) {
                    workspace.factChecks().insert(key, entry.inCollection(collection, now, now));
                    added++;
                } else if (existing.get().sameContent(entry) && existing.get().collection().equals(collection)) {
                    unchanged++;
                } else {
                    workspace.factChecks().update(entry.withId(existing.get().id())
                            .inCollection(collection, existing.get().imported(), now));
                    updated++;
                }
            }
            return new FactCheckImportReport(collection, added, updated, unchanged, read.problems());
        });
    }

    public List<FactCheck> list(int offset, int limit) {
        return workspace.factChecks().list(offset, limit);
    }

    public Optional<FactCheck> find(long id) {
        return workspace.factChecks().find(id);
    }

    public long count() {
        return workspace.factChecks().count();
    }

    public boolean remove(long id) {
        return workspace.factChecks().delete(id);
    }

    /**
     * What makes two entries the same fact-check: the review's address and the claim's words (a
     * review may rate several claims), ignoring case, spacing and a trailing slash. Without an
     * address, the publisher stands in for it.
     */
    static String matchKey(FactCheck entry) {
        String where = entry.url() != null ? entry.url().strip().replaceAll("/+$", "")
                : "publisher:" + (entry.publisher() == null ? "" : entry.publisher());
        return normalised(where) + "\n" + normalised(entry.claim());
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
