package org.checkbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.checkbench.io.bundle.Bundle;
import org.checkbench.io.bundle.BundleArticle;
import org.checkbench.io.bundle.BundleException;
import org.checkbench.io.bundle.BundleFormat;
import org.checkbench.io.bundle.BundledEvidence;
import org.checkbench.io.bundle.EvidenceUrls;
import org.checkbench.model.Article;
import org.checkbench.model.Attachment;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimAttribution;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.Evidence;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.Revision;
import org.checkbench.model.RevisionSource;
import org.checkbench.store.Workspace;

/**
 * Workspace bundles: articles with all their revisions, claims, evidence, links, history and files
 * handed to a colleague. Importing remaps every id, reuses evidence the workspace already has (same
 * normalised address), skips articles it imported before (so importing a bundle twice changes
 * nothing), and runs as one transaction after the whole bundle was read and checked.
 *
 * <p>The window splits both ways in two, so Cancel can stop either: exporting reads the articles on
 * the worker ({@link #prepare}) and writes the file on a thread of its own ({@link #write});
 * importing reads and checks the file on a thread of its own ({@link #check}) and stores it on the
 * worker ({@link #importBundle(CheckedBundle, JobProgress)}), where a cancel rolls the whole
 * transaction back.
 */
public final class BundleService {

    /** What an import did. */
    public record Imported(List<Long> articleIds, int alreadyThere, int newEvidence, int mergedEvidence) {

        /** In words, for the window and the command line. */
        public String summary() {
            int count = articleIds.size();
            return "Imported " + count + " article" + (count == 1 ? "" : "s")
                    + (alreadyThere > 0 ? "; " + alreadyThere + " already in this workspace" : "")
                    + ". Sources: " + newEvidence + " new, " + mergedEvidence + " already in the library.";
        }
    }

    private final ServiceContext context;
    private final Workspace workspace;

    BundleService(ServiceContext context) {
        this.context = context;
        this.workspace = context.workspace();
    }

    /** Articles read for a bundle, with their evidence and files, to be written without the database. */
    public static final class PreparedBundle {
        private final List<BundleArticle> articles;
        private final List<BundledEvidence> evidence;
        private final Map<String, byte[]> files;
        private final Instant created;

        private PreparedBundle(List<BundleArticle> articles, List<BundledEvidence> evidence, Map<String, byte[]> files,
                Instant created) {
            this.articles = articles;
            this.evidence = evidence;
            this.files = files;
            this.created = created;
        }
    }

    /** A bundle file read and checked (format, version, every part and checksum), not imported yet. */
    public static final class CheckedBundle {
        private final Bundle bundle;

        private CheckedBundle(Bundle bundle) {
            this.bundle = bundle;
        }

        public int articleCount() {
            return bundle.articles().size();
        }
    }

    /** Writes the articles to a bundle (under a temporary name, moved into place when complete). */
    public void export(List<Long> articleIds, Path out) throws IOException {
        write(prepare(articleIds, JobProgress.NONE), out, JobProgress.NONE);
    }

    /** Reads the articles with everything on them, in one transaction (call on the worker). */
    public PreparedBundle prepare(List<Long> articleIds, JobProgress progress) {
        List<BundleArticle> articles = new ArrayList<>();
        Map<Long, BundledEvidence> evidence = new LinkedHashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        workspace.inTransaction(() -> {
            for (long articleId : articleIds) {
                progress.stopIfCancelled();
                progress.update(articles.size() / (double) articleIds.size(), "Collecting article "
                        + (articles.size() + 1) + " of " + articleIds.size());
                articles.add(collect(articleId, evidence, files));
            }
        });
        return new PreparedBundle(articles, List.copyOf(evidence.values()), files, context.now());
    }

    /**
     * Writes a prepared bundle to {@code out}, one part after the other. Touches no database;
     * cancelled (or interrupted), it stops and leaves no file.
     */
    public static void write(PreparedBundle prepared, Path out, JobProgress progress) throws IOException {
        ExportService.writeAtomically(out, stream -> {
            BundleFormat.write(prepared.articles, prepared.evidence, prepared.files, "Checkbench " + applicationVersion(),
                    prepared.created, stream, (written, total) -> {
                        progress.stopIfCancelled();
                        progress.update(written / (double) total, "Writing part " + written + " of " + total);
                    });
            progress.stopIfCancelled();
        });
    }

    /** The jar's version (its manifest), or "development" when run from the build folder. */
    private static String applicationVersion() {
        String version = BundleService.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private BundleArticle collect(long articleId, Map<Long, BundledEvidence> evidence, Map<String, byte[]> files) {
        Article article = workspace.articles().find(articleId).orElseThrow(
                () -> new NoSuchElementException("There is no article with id " + articleId + " in this workspace."));
        List<Revision> revisions = workspace.revisions().forArticle(articleId);
        List<RevisionSource> sources = new ArrayList<>();
        for (Revision revision : revisions) {
            workspace.revisionSources().find(revision.id()).ifPresent(source -> {
                sources.add(source);
                files.put(source.sha256(), workspace.revisionSources().content(revision.id()).orElseThrow());
            });
        }
        List<Claim> claims = workspace.claims().forArticle(articleId);
        List<ClaimEvidence> links = new ArrayList<>();
        for (Claim claim : claims) {
            for (ClaimEvidence link : workspace.links().forClaim(claim.id())) {
                links.add(link);
                evidence.computeIfAbsent(link.evidenceId(), id -> bundledEvidence(id, files));
            }
        }
        return new BundleArticle(article, revisions, sources, claims,
                List.copyOf(workspace.attributions().forArticle(articleId).values()), links,
                workspace.history().forArticle(articleId), workspace.publications().find(articleId),
                workspace.publications().textChoices(articleId));
    }

    private BundledEvidence bundledEvidence(long evidenceId, Map<String, byte[]> files) {
        Evidence entry = workspace.evidence().find(evidenceId).orElseThrow();
        List<Attachment> attachments = workspace.attachments().forEvidence(evidenceId);
        for (Attachment attachment : attachments) {
            files.put(attachment.sha256(), workspace.attachments().content(attachment.id()).orElseThrow());
        }
        return new BundledEvidence(entry, attachments);
    }

    /** True when the file is a bundle (by its name, or a ZIP whose manifest says so). */
    public static boolean isBundle(Path file) {
        return BundleFormat.isBundle(file);
    }

    /** Reads and checks a bundle file without importing it. */
    public static Bundle read(Path file) {
        return check(file, JobProgress.NONE).bundle;
    }

    /**
     * Reads and checks a bundle file without importing it, reporting how much of it was read. Touches
     * no database; cancelled (or interrupted), it stops.
     *
     * @throws BundleException when the file is not a bundle Checkbench can import (the message says why)
     */
    public static CheckedBundle check(Path file, JobProgress progress) {
        try (InputStream in = new ReadProgress(Files.newInputStream(file), Files.size(file), progress)) {
            CheckedBundle checked = new CheckedBundle(BundleFormat.read(in, String.valueOf(file.getFileName())));
            progress.stopIfCancelled();
            return checked;
        } catch (NoSuchFileException e) {
            throw new BundleException("There is no file at " + file + ".", e);
        } catch (IOException e) {
            throw new BundleException("Checkbench could not read " + file + " (" + e.getMessage() + ").", e);
        }
    }

    /** Imports a bundle file: all of it, or (when it cannot be read) nothing. */
    public Imported importBundle(Path file) {
        return importBundle(check(file, JobProgress.NONE), JobProgress.NONE);
    }

    /**
     * Imports a checked bundle in one transaction (call on the worker). Cancelled, it stops between
     * two articles and the transaction rolls back: nothing of the bundle is stored.
     */
    public Imported importBundle(CheckedBundle checked, JobProgress progress) {
        Bundle bundle = checked.bundle;
        Map<Long, BundledEvidence> evidenceById = new HashMap<>();
        for (BundledEvidence entry : bundle.evidence()) {
            evidenceById.put(entry.evidence().id(), entry);
        }
        for (Bundle.Keyed keyed : bundle.articles()) {
            checkReferences(keyed.article(), evidenceById);
        }
        Instant now = context.now();
        return workspace.inTransaction(() -> {
            EvidenceMapping evidence = new EvidenceMapping(evidenceById, bundle.files());
            List<Long> imported = new ArrayList<>();
            int already = 0;
            int done = 0;
            for (Bundle.Keyed keyed : bundle.articles()) {
                progress.stopIfCancelled();
                progress.update(done / (double) bundle.articles().size(), "Importing “" + keyed.article().article().title()
                        + "” (" + ++done + " of " + bundle.articles().size() + ")");
                if (workspace.bundleImports().articleFor(keyed.key()).isPresent()) {
                    already++;
                    continue;
                }
                long articleId = importArticle(keyed.article(), evidence, bundle.files());
                workspace.bundleImports().record(keyed.key(), articleId, now);
                imported.add(articleId);
            }
            progress.stopIfCancelled();
            return new Imported(imported, already, evidence.created, evidence.merged);
        });
    }

    private long importArticle(BundleArticle bundled, EvidenceMapping evidence, Map<String, byte[]> files) {
        Article article = workspace.articles().insert(bundled.article().withId(0));
        Map<Long, Long> revisionIds = new HashMap<>();
        Map<Long, RevisionSource> sources = new HashMap<>();
        bundled.sources().forEach(s -> sources.put(s.revisionId(), s));
        for (Revision revision : bundled.revisions().stream()
                .sorted((a, b) -> Integer.compare(a.number(), b.number())).toList()) {
            Revision stored = workspace.revisions().add(article.id(), revision.text(), revision.note(), revision.created());
            revisionIds.put(revision.id(), stored.id());
            RevisionSource source = sources.get(revision.id());
            if (source != null) {
                workspace.revisionSources().add(stored.id(), source.fileName(), source.format(), source.mediaType(),
                        files.get(source.sha256()), source.notices());
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (Claim claim : bundled.claims()) {
            long revision = revisionIds.getOrDefault(claim.anchor().revisionId(), 0L);
            claims.add(new Claim(0, article.id(), claim.anchor().withRevisionId(revision), claim.origin(), claim.status(),
                    claim.note(), claim.correction(), claim.checker(), claim.created(), claim.updated(),
                    claim.changedSinceChecked(), claim.orphaned()));
        }
        List<Claim> stored = workspace.claims().insertAll(claims);
        Map<Long, Long> claimIds = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            claimIds.put(bundled.claims().get(i).id(), stored.get(i).id());
        }
        workspace.attributions().saveAll(bundled.attributions().stream()
                .filter(a -> claimIds.containsKey(a.claimId()))
                .map(a -> a.withClaimId(claimIds.get(a.claimId()))).toList());
        List<ClaimEvidence> links = new ArrayList<>();
        for (ClaimEvidence link : bundled.links()) {
            long evidenceId = evidence.targetId(link.evidenceId());
            links.add(new ClaimEvidence(claimIds.get(link.claimId()), evidenceId, link.stance(), link.note(),
                    link.locator(), link.position()));
        }
        workspace.links().insertAll(links);
        List<HistoryEntry> history = new ArrayList<>();
        for (HistoryEntry entry : bundled.history()) {
            // A removed claim's history stays on record; it gets an id no live claim can have.
            long claimId = claimIds.getOrDefault(entry.claimId(), -(article.id() * 1_000_000L + entry.claimId() % 1_000_000L));
            history.add(new HistoryEntry(0, article.id(), claimId, entry.who(), entry.when(), entry.field(),
                    entry.oldValue(), entry.newValue()));
        }
        workspace.history().addAll(history);
        if (bundled.publication() != null) {
            workspace.publications().save(bundled.publication().withArticleId(article.id()));
        }
        if (bundled.textChoices() != null && (bundled.textChoices().joinLines() != null
                || bundled.textChoices().dropRepeatedLines() != null)) {
            workspace.publications().save(new org.checkbench.model.TextChoices(article.id(),
                    bundled.textChoices().joinLines(), bundled.textChoices().dropRepeatedLines()));
        }
        return article.id();
    }

    /** Every link and anchor points inside the bundle; otherwise it is damaged and nothing is imported. */
    private static void checkReferences(BundleArticle article, Map<Long, BundledEvidence> evidence) {
        Set<Long> claims = new LinkedHashSet<>();
        article.claims().forEach(c -> claims.add(c.id()));
        for (ClaimEvidence link : article.links()) {
            if (!claims.contains(link.claimId()) || !evidence.containsKey(link.evidenceId())) {
                throw new BundleException("The bundle is damaged: a link in \"" + article.article().title()
                        + "\" points at a claim or source it does not contain. Nothing was imported.");
            }
        }
        if (article.revisions().isEmpty()) {
            throw new BundleException("The bundle is damaged: \"" + article.article().title()
                    + "\" has no revision. Nothing was imported.");
        }
    }

    /** Bundle evidence ids to workspace ids: reused by normalised address, else stored new (once). */
    private final class EvidenceMapping {
        private final Map<Long, BundledEvidence> bundled;
        private final Map<String, byte[]> files;
        private final Map<Long, Long> targets = new HashMap<>();
        private Map<String, Long> byUrl;
        int created;
        int merged;

        EvidenceMapping(Map<Long, BundledEvidence> bundled, Map<String, byte[]> files) {
            this.bundled = bundled;
            this.files = files;
        }

        long targetId(long bundleId) {
            Long known = targets.get(bundleId);
            if (known != null) {
                return known;
            }
            BundledEvidence entry = bundled.get(bundleId);
            Long existing = existingByUrl(entry.evidence());
            long id;
            if (existing != null) {
                id = existing;
                merged++;
                Set<String> present = new LinkedHashSet<>();
                workspace.attachments().forEvidence(id).forEach(a -> present.add(a.sha256()));
                for (Attachment a : entry.attachments()) {
                    if (present.add(a.sha256())) {
                        workspace.attachments().add(id, a.fileName(), a.mediaType(), files.get(a.sha256()), a.added());
                    }
                }
            } else {
                id = workspace.evidence().insert(entry.evidence().withId(0)).id();
                created++;
                for (Attachment a : entry.attachments()) {
                    workspace.attachments().add(id, a.fileName(), a.mediaType(), files.get(a.sha256()), a.added());
                }
                String key = EvidenceUrls.key(entry.evidence().url());
                if (key != null) {
                    urlIndex().putIfAbsent(key, id);
                }
            }
            targets.put(bundleId, id);
            return id;
        }

        private Long existingByUrl(Evidence evidence) {
            String key = EvidenceUrls.key(evidence.url());
            return key == null ? null : urlIndex().get(key);
        }

        private Map<String, Long> urlIndex() {
            if (byUrl == null) {
                byUrl = new HashMap<>();
                for (Evidence e : workspace.evidence().list(0, Integer.MAX_VALUE)) {
                    String key = EvidenceUrls.key(e.url());
                    if (key != null) {
                        byUrl.merge(key, e.id(), Math::min);
                    }
                }
            }
            return byUrl;
        }
    }

    /** Counts the bytes read from a bundle file for the progress bar; stops the read on a cancel. */
    private static final class ReadProgress extends java.io.FilterInputStream {
        private static final long REPORT_EVERY = 256 * 1024;
        private final long size;
        private final JobProgress progress;
        private long read;
        private long reported;

        ReadProgress(InputStream in, long size, JobProgress progress) {
            super(in);
            this.size = Math.max(1, size);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            counted(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            counted(Math.max(n, 0));
            return n;
        }

        private void counted(int bytes) {
            read += bytes;
            if (read - reported >= REPORT_EVERY) {
                reported = read;
                progress.stopIfCancelled();
                progress.update(Math.min(1.0, read / (double) size), "Reading and checking the bundle");
            }
        }
    }
}
