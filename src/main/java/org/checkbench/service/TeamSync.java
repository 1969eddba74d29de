package org.checkbench.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.Stance;
import org.checkbench.model.StandInIds;
import org.checkbench.model.TextAnchor;
import org.checkbench.store.TeamJournal;
import org.checkbench.store.WorkspaceException;

/**
 * Changes to a team workspace that go through the local journal when the server cannot be reached
 * (ADR 0125, 0152): a claim's status, note or correction, removing a claim, linking and unlinking an
 * existing source. A change is tried on the server; if the server is gone, or earlier changes still
 * wait, it joins the journal in order and the caller hears how many wait. {@link #replay} sends
 * them, in order, once the server answers; an edit that meets someone else's newer value comes back
 * as a conflict for the person to settle, never written over it.
 *
 * <p>A replay holds no lock a new change needs, only one per change it sends (ADR 0153): a change
 * made meanwhile joins the journal behind the waiting ones at once, and the same replay sends it.
 * Order holds because a change is sent straight to the server only when nothing waits, and a waiting
 * change leaves the journal only after the server has it.
 */
public final class TeamSync implements AutoCloseable {

    static final String CLAIM_FIELD = JournalledChanges.CLAIM_FIELD;
    /** Removals replay sent, remembered for their undo; a window keeps few, older ones are let go. */
    private static final int REMOVALS_KEPT = 200;

    /** What became of one change. */
    public sealed interface Outcome {
    }

    /** A status, note or correction on the server now (saved, or a conflict to settle). */
    public record Sent(ClaimFieldEdit edit) implements Outcome {
    }

    /** A removal, link or unlink on the server now; {@code removed} is what a removal took (else null). */
    public record Done(RemovedClaim removed) implements Outcome {
    }

    /** Kept in the journal; {@code waiting} changes now wait for the server. */
    public record Queued(int waiting) implements Outcome {
    }

    /** A removal kept in the journal as change {@code sequence}; its undo is {@link #takeBackRemoval}. */
    public record QueuedRemoval(long sequence, int waiting) implements Outcome {
    }

    /**
     * A claim marked: stored ({@code waiting} 0), or kept in the journal under a stand-in id that later
     * changes may name like any claim's (ADR 0155).
     */
    public record ClaimMarked(Claim claim, int waiting) implements Outcome {
    }

    /** A new library source: stored, or kept in the journal under a stand-in id. */
    public record EvidenceAdded(Evidence evidence, int waiting) implements Outcome {
    }

    /**
     * A claim or source made offline that a replay stored: its stand-in id, what the server stored
     * (one of the two), and, worded for the checker, where it went if not where it was marked.
     */
    public record Created(long standInId, Claim claim, Evidence evidence, String told) {
    }

    private final ClaimService claims;
    private final EvidenceService evidence;
    private final TeamJournal journal;
    private final JournalledChanges changes;
    private final List<IntConsumer> waitingListeners = new CopyOnWriteArrayList<>();
    /** One replay at a time (the timer's and the change feed's may overlap). */
    private final Object replaying = new Object();
    /** Held while one waiting change is sent, so its undo cannot withdraw it half-sent. */
    private final Object sendingOne = new Object();
    private final Map<Long, RemovedClaim> replayedRemovals = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, RemovedClaim> eldest) {
                    return size() > REMOVALS_KEPT;
                }
            });

    TeamSync(ClaimService claims, EvidenceService evidence, TeamJournal journal) {
        this.claims = claims;
        this.evidence = evidence;
        this.journal = journal;
        this.changes = new JournalledChanges(claims, evidence, journal);
    }

    /** Who hears the number of changes waiting, each time it changes (on the calling thread). */
    public void onWaitingChanged(IntConsumer listener) {
        waitingListeners.add(listener);
    }

    public int waiting() {
        return journal.size();
    }

    /**
     * Marks {@code anchor} (taken from the text on screen) as a claim; offline, or behind waiting
     * changes, it waits under a stand-in id and is placed by its words when sent (ADR 0155).
     */
    public Outcome markClaim(long articleId, TextAnchor anchor, String initialStatus) {
        Instant madeAt = Instant.now();
        return sendOrKeep(() -> new ClaimMarked(claims.mark(articleId, anchor.start(), anchor.end()), 0),
                JournalledChanges.CLAIM_MARK, JournalledChanges.mark(articleId, anchor, madeAt),
                (sequence, waiting) -> new ClaimMarked(claims.markedOffline(StandInIds.forJournalRow(sequence), articleId,
                        anchor, initialStatus, madeAt), waiting));
    }

    /** Adds a source to the library; offline it waits under a stand-in id (ADR 0155). */
    public Outcome addEvidence(Evidence draft) {
        Instant madeAt = Instant.now();
        return sendOrKeep(() -> new EvidenceAdded(evidence.create(draft), 0), JournalledChanges.EVIDENCE_NEW,
                JournalledChanges.newEvidence(draft, madeAt),
                (sequence, waiting) -> new EvidenceAdded(new Evidence(StandInIds.forJournalRow(sequence), draft.title(),
                        draft.url(), draft.archivedUrl(), draft.outlet(), draft.author(), draft.published(),
                        draft.accessed(), draft.kind(), draft.excerpt(), draft.locator(), draft.reliabilityNote(),
                        madeAt, madeAt), waiting));
    }

    /** The server's id for a claim or source, once its stand-in was sent; else the id as given. */
    public long realId(long id) {
        return journal.realId(id);
    }

    /** {@link ClaimService#editIfUnchanged}, or into the journal when the server cannot take it now. */
    public Outcome editClaimField(long claimId, String field, String seen, String wanted) {
        return sendOrKeep(() -> new Sent(claims.editIfUnchanged(realId(claimId), field, seen, wanted)),
                JournalledChanges.CLAIM_FIELD, JournalledChanges.claimField(claimId, field, seen, wanted));
    }

    /**
     * Removes the claim the window shows as {@code shown}. Sent later, it is removed only if its
     * status, note and correction still hold what was shown; otherwise it is kept and named.
     */
    public Outcome removeClaim(Claim shown) {
        return sendOrKeep(() -> new Done(claims.remove(realId(shown.id()))), JournalledChanges.CLAIM_REMOVAL,
                JournalledChanges.removal(shown));
    }

    /** Links an existing source ({@code title} names it in a message if the server refuses it later). */
    public Outcome link(long claimId, long evidenceId, Stance stance, String note, String locator, String title) {
        return sendOrKeep(() -> {
            evidence.link(realId(claimId), realId(evidenceId), stance, note, locator);
            return new Done(null);
        }, JournalledChanges.EVIDENCE_LINK, JournalledChanges.link(claimId, evidenceId, stance, note, locator, title));
    }

    /**
     * Undo of an unlink: the link back at its old place in the claim's list, waiting offline like a
     * link (and nothing to do if the claim has the source linked again by then).
     */
    public Outcome relink(org.checkbench.model.ClaimEvidence link, String title) {
        return sendOrKeep(() -> {
            long claimId = realId(link.claimId());
            long evidenceId = realId(link.evidenceId());
            if (evidence.evidenceOf(claimId).stream().noneMatch(l -> l.evidence().id() == evidenceId)) {
                evidence.relink(new org.checkbench.model.ClaimEvidence(claimId, evidenceId, link.stance(), link.note(),
                        link.locator(), link.position()));
            }
            return new Done(null);
        }, JournalledChanges.EVIDENCE_RELINK, JournalledChanges.relink(link, title));
    }

    public Outcome unlink(long claimId, long evidenceId, String title) {
        return sendOrKeep(() -> {
            evidence.unlink(realId(claimId), realId(evidenceId));
            return new Done(null);
        }, JournalledChanges.EVIDENCE_UNLINK, JournalledChanges.unlink(claimId, evidenceId, title));
    }

    /**
     * Undo of a removal that was kept in the journal: withdrawn if it still waits (empty: the claim
     * was never removed on the server); if a replay sent it meanwhile, what it took away, for
     * {@link ClaimService#restore}. Empty too when the server refused it (the claim was kept).
     */
    public Optional<RemovedClaim> takeBackRemoval(long sequence) {
        synchronized (sendingOne) {
            if (journal.withdraw(sequence)) {
                int waiting = journal.size();
                waitingListeners.forEach(l -> l.accept(waiting));
                return Optional.empty();
            }
            return Optional.ofNullable(replayedRemovals.remove(sequence));
        }
    }

    /**
     * Straight to the server when nothing waits, else (or when the server cannot be reached) into the
     * journal behind what waits. Synchronized so that two changes cannot pass each other; a replay
     * does not take this lock, so a change made during one waits only for the journal's write.
     */
    private Outcome sendOrKeep(Supplier<Outcome> send, String kind, String payload) {
        return sendOrKeep(send, kind, payload, (sequence, waiting) -> kind.equals(JournalledChanges.CLAIM_REMOVAL)
                ? new QueuedRemoval(sequence, waiting) : new Queued(waiting));
    }

    /** What a change kept in the journal answers, from its row's sequence and how many rows wait. */
    private interface Kept {
        Outcome answer(long sequence, int waiting);
    }

    /** As above; {@code kept} answers for the journal row it made. */
    private synchronized Outcome sendOrKeep(Supplier<Outcome> send, String kind, String payload, Kept kept) {
        if (journal.size() == 0) {
            try {
                return send.get();
            } catch (WorkspaceException e) {
                if (e.kind() != WorkspaceException.Kind.SERVER_UNREACHABLE) {
                    throw e;
                }
            }
        }
        long sequence = journal.append(kind, payload);
        int waiting = journal.size();
        Outcome outcome = kept.answer(sequence, waiting);
        waitingListeners.forEach(l -> l.accept(waiting));
        return outcome;
    }

    /**
     * What a replay did: each status, note or correction the server took (saved or a conflict), how
     * many removals, links and unlinks it sent, and, worded for the checker, each change it refused
     * for good (the claim was removed meanwhile, someone worked on a claim removed here, a role may
     * not do it).
     */
    public record Replayed(List<ClaimFieldEdit> sent, int othersSent, List<String> notApplied, List<Created> created) {

        public Replayed(List<ClaimFieldEdit> sent, List<String> notApplied) {
            this(sent, 0, notApplied, List.of());
        }

        /** Every change sent (field edits and the others). */
        public int count() {
            return sent.size() + othersSent;
        }
    }

    /**
     * Sends the waiting changes in the order they were made, those made during the replay too,
     * stopping at the first the server cannot be reached for (it stays first). A change the server
     * refuses for good leaves the journal with its words in {@link Replayed#notApplied()}: kept, it
     * would hold back every change after it.
     */
    public Replayed replay() {
        List<ClaimFieldEdit> results = new ArrayList<>();
        List<String> notApplied = new ArrayList<>();
        List<Created> created = new ArrayList<>();
        int others = 0;
        synchronized (replaying) {
            while (true) {
                synchronized (sendingOne) {
                    Optional<TeamJournal.Entry> next = journal.first();
                    if (next.isEmpty()) {
                        break;
                    }
                    TeamJournal.Entry entry = next.get();
                    JournalledChanges.Applied applied;
                    try {
                        applied = changes.send(entry);
                    } catch (WorkspaceException unreachable) {
                        break;
                    }
                    if (applied.refused() != null) {
                        notApplied.add(applied.refused());
                    } else if (applied.fieldEdit() != null) {
                        results.add(applied.fieldEdit());
                    } else {
                        others++;
                        if (applied.created() != null) {
                            created.add(applied.created());
                        }
                        if (applied.removed() != null) {
                            replayedRemovals.put(entry.sequence(), applied.removed());
                        }
                    }
                    journal.sent(entry.sequence());
                }
                int waiting = journal.size();
                waitingListeners.forEach(l -> l.accept(waiting));
            }
        }
        return new Replayed(results, others, notApplied, created);
    }

    @Override
    public void close() {
        journal.close();
    }
}
