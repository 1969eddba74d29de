package org.checkbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.checkbench.model.Attachment;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.ClaimHit;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceHit;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Stance;
import org.checkbench.store.AttachmentRepository;
import org.checkbench.store.Workspace;

/** The evidence library: entries, their files, their links to claims, and search. */
public final class EvidenceService {

    private final ServiceContext context;
    private final Workspace workspace;

    EvidenceService(ServiceContext context) {
        this.context = context;
        this.workspace = context.workspace();
    }

    /** Stores a new entry (its id, created and updated times are set here). */
    public Evidence create(Evidence draft) {
        var now = context.now();
        Evidence fresh = new Evidence(0, draft.title(), draft.url(), draft.archivedUrl(), draft.outlet(), draft.author(),
                draft.published(), draft.accessed(), draft.kind(), draft.excerpt(), draft.locator(),
                draft.reliabilityNote(), now, now);
        return workspace.evidence().insert(fresh);
    }

    /**
     * Stores a source added while the team workspace's server could not be reached (ADR 0155), dated
     * when it was added. One with the same title and outlet added at the same moment is already there
     * (the answer to an earlier try was lost with the network): it is not stored twice.
     */
    public Evidence createMadeOffline(Evidence draft, Instant madeAt) {
        return workspace.inTransaction(() -> {
            for (Evidence stored : workspace.evidence().findByTitleAndOutlet(draft.title(), draft.outlet())) {
                if (stored.created().toEpochMilli() == madeAt.toEpochMilli()) {
                    return stored;
                }
            }
            return workspace.evidence().insert(new Evidence(0, draft.title(), draft.url(), draft.archivedUrl(),
                    draft.outlet(), draft.author(), draft.published(), draft.accessed(), draft.kind(), draft.excerpt(),
                    draft.locator(), draft.reliabilityNote(), madeAt, madeAt));
        });
    }

    public Evidence update(Evidence evidence) {
        Evidence updated = evidence.withUpdated(context.now());
        if (!workspace.evidence().update(updated)) {
            throw new NoSuchElementException("no evidence with id " + evidence.id());
        }
        return updated;
    }

    public Optional<Evidence> find(long evidenceId) {
        return workspace.evidence().find(evidenceId);
    }

    public List<Evidence> list(int offset, int limit) {
        return workspace.evidence().list(offset, limit);
    }

    /** Entries already holding this URL (live or archived): "have we used this before?" */
    public List<Evidence> findByUrl(String url) {
        return workspace.evidence().findByUrl(url);
    }

    /** How many entries the library holds. */
    public long count() {
        return workspace.evidence().count();
    }

    /**
     * Other entries that look like the same source: the same address (live or archived, either way
     * round) or the same title and outlet.
     */
    public List<Evidence> duplicatesOf(long evidenceId) {
        Evidence evidence = find(evidenceId)
                .orElseThrow(() -> new NoSuchElementException("no evidence with id " + evidenceId));
        java.util.Map<Long, Evidence> found = new java.util.LinkedHashMap<>();
        for (String address : new String[] {evidence.url(), evidence.archivedUrl()}) {
            if (address != null && !address.isBlank()) {
                findByUrl(address.strip()).forEach(e -> found.putIfAbsent(e.id(), e));
            }
        }
        workspace.evidence().findByTitleAndOutlet(evidence.title(), evidence.outlet())
                .forEach(e -> found.putIfAbsent(e.id(), e));
        found.remove(evidenceId);
        return List.copyOf(found.values());
    }

    /**
     * Merges a duplicate into the entry kept, as one transaction: links and files move to the kept
     * entry, its empty fields are filled from the duplicate (nothing it has is overwritten), and the
     * duplicate is deleted. A claim linked to both keeps its link to the kept entry.
     */
    public MergedEvidence merge(long keepId, long mergeId) {
        if (keepId == mergeId) {
            throw new IllegalArgumentException("An entry cannot be merged into itself.");
        }
        return workspace.inTransaction(() -> {
            Evidence keep = find(keepId).orElseThrow(() -> new NoSuchElementException("no evidence with id " + keepId));
            Evidence merged = find(mergeId).orElseThrow(() -> new NoSuchElementException("no evidence with id " + mergeId));
            int linksBefore = workspace.links().forEvidence(mergeId).size();
            int moved = workspace.links().moveLinks(mergeId, keepId);
            int files = workspace.attachments().moveAll(mergeId, keepId);
            Evidence filled = EvidenceMerging.fillBlanks(keep, merged);
            Evidence kept = filled.equals(keep) ? keep : update(filled);
            workspace.evidence().delete(mergeId);
            return new MergedEvidence(kept, mergeId, moved, linksBefore - moved, files);
        });
    }

    /** Where an entry is used, with article titles and claim quotes. */
    public List<org.checkbench.model.EvidenceUse> usesDescribed(long evidenceId) {
        return workspace.links().usesOf(evidenceId);
    }

    /** Removes an entry, its files and its links; keep the result to {@link #restore} it. */
    public RemovedEvidence remove(long evidenceId) {
        return workspace.inTransaction(() -> {
            Evidence evidence = find(evidenceId)
                    .orElseThrow(() -> new NoSuchElementException("no evidence with id " + evidenceId));
            List<ClaimEvidence> links = workspace.links().forEvidence(evidenceId);
            List<RemovedEvidence.RemovedFile> files = new ArrayList<>();
            for (Attachment attachment : workspace.attachments().forEvidence(evidenceId)) {
                workspace.attachments().content(attachment.id())
                        .ifPresent(content -> files.add(new RemovedEvidence.RemovedFile(attachment, content)));
            }
            workspace.evidence().delete(evidenceId);
            return new RemovedEvidence(evidence, links, files);
        });
    }

    /** Puts a removed entry back under its old id with the links whose claims still exist. */
    public Evidence restore(RemovedEvidence removed) {
        return workspace.inTransaction(() -> {
            Evidence evidence = workspace.evidence().insert(removed.evidence());
            List<ClaimEvidence> stillValid = new ArrayList<>();
            for (ClaimEvidence link : removed.links()) {
                if (workspace.claims().find(link.claimId()).isPresent()) {
                    stillValid.add(link);
                }
            }
            workspace.links().insertAll(stillValid);
            for (RemovedEvidence.RemovedFile file : removed.files()) {
                Attachment a = file.attachment();
                workspace.attachments().add(evidence.id(), a.fileName(), a.mediaType(), file.content(), a.added());
            }
            return evidence;
        });
    }

    /**
     * Links evidence to a claim, at the end of the claim's list. Linking the same pair again (a
     * second drop of the same entry) changes nothing and returns the existing link.
     */
    public ClaimEvidence link(long claimId, long evidenceId, Stance stance, String note, String locator) {
        return workspace.inTransaction(() -> workspace.links().forClaim(claimId).stream()
                .filter(l -> l.evidenceId() == evidenceId).findFirst()
                .orElseGet(() -> workspace.links().append(new ClaimEvidence(claimId, evidenceId, stance, note, locator, 0))));
    }

    public ClaimEvidence updateLink(ClaimEvidence link) {
        if (!workspace.links().update(link)) {
            throw new NoSuchElementException("claim " + link.claimId() + " is not linked to evidence " + link.evidenceId());
        }
        return link;
    }

    /** Unlinks and returns the link as it was, so the UI can undo by {@link #relink}. */
    public Optional<ClaimEvidence> unlink(long claimId, long evidenceId) {
        return workspace.inTransaction(() -> {
            Optional<ClaimEvidence> link = workspace.links().forClaim(claimId).stream()
                    .filter(l -> l.evidenceId() == evidenceId).findFirst();
            link.ifPresent(l -> workspace.links().unlink(claimId, evidenceId));
            return link;
        });
    }

    /** Undo of {@link #unlink}: the link comes back at its old position. */
    public void relink(ClaimEvidence link) {
        workspace.links().insertAll(List.of(link));
    }

    /** The claim's evidence in the order given (after a drag in the list). */
    public void reorder(long claimId, List<Long> evidenceIdsInOrder) {
        workspace.links().reorder(claimId, evidenceIdsInOrder);
    }

    /** Evidence counts of an article's claims, for the claim list and hover; claims without any are absent. */
    public java.util.Map<Long, Integer> countsForArticle(long articleId) {
        return workspace.links().countsForArticle(articleId);
    }

    public List<LinkedEvidence> evidenceOf(long claimId) {
        return workspace.links().evidenceOfClaim(claimId);
    }

    /** Every claim this entry backs, in any article. */
    public List<ClaimEvidence> usesOf(long evidenceId) {
        return workspace.links().forEvidence(evidenceId);
    }

    public List<EvidenceHit> search(String query, int limit) {
        return workspace.search().evidence(query, limit);
    }

    /** How many entries match the words in all (the list shows the best {@code limit}). */
    public long countMatches(String query) {
        return workspace.search().countEvidence(query);
    }

    /** Claims in every article matching the words: "have we checked this before?" */
    public List<ClaimHit> searchClaims(String query, int limit) {
        return workspace.search().claims(query, limit);
    }

    /** Copies a file into the workspace as an attachment of the entry. */
    public Attachment attach(long evidenceId, Path file) {
        try {
            long size = Files.size(file);
            if (size > AttachmentRepository.MAX_SIZE_BYTES) {
                throw new IllegalArgumentException(file.getFileName() + " is " + size / (1024 * 1024)
                        + " MB; attachments can be at most " + AttachmentRepository.MAX_SIZE_BYTES / (1024 * 1024)
                        + " MB. Link to it from the evidence entry instead.");
            }
            String mediaType = Optional.ofNullable(Files.probeContentType(file)).orElse("application/octet-stream");
            return workspace.attachments().add(evidenceId, file.getFileName().toString(), mediaType,
                    Files.readAllBytes(file), context.now());
        } catch (IOException e) {
            throw new IllegalArgumentException("Checkbench could not read " + file + " (" + e.getMessage() + ").", e);
        }
    }

    public List<Attachment> attachments(long evidenceId) {
        return workspace.attachments().forEvidence(evidenceId);
    }

    public Optional<byte[]> attachmentContent(long attachmentId) {
        return workspace.attachments().content(attachmentId);
    }

    public boolean removeAttachment(long attachmentId) {
        return workspace.attachments().delete(attachmentId);
    }
}
