package org.checkbench.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimAttribution;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.ClaimOrigin;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.Revision;
import org.checkbench.model.StandInIds;
import org.checkbench.model.Suggestion;
import org.checkbench.model.TextAnchor;
import org.checkbench.model.VerdictScale;
import org.checkbench.model.VerdictScales;
import org.checkbench.store.ClaimRepository;
import org.checkbench.store.Workspace;

/**
 * Marking, rating and removing claims. Status, note and correction changes and removals each
 * write a history row in the same transaction as the change.
 */
public final class ClaimService {

    private final ServiceContext context;
    private final Workspace workspace;

    ClaimService(ServiceContext context) {
        this.context = context;
        this.workspace = context.workspace();
    }

    /** Marks [start, end) of the article's current text as a claim, anchored on its latest revision. */
    public Claim mark(long articleId, int start, int end) {
        return workspace.inTransaction(() -> insertAnchored(articleId,
                List.of(new NewClaim(start, end, ClaimOrigin.MANUAL))).get(0));
    }

    /**
     * A claim marked while the team workspace's server could not be reached, as the window shows it
     * until the server has it (ADR 0155): {@code standInId} from the journal, the anchor from the
     * text on screen, the scale's first value, this checker.
     */
    public Claim markedOffline(long standInId, long articleId, TextAnchor anchor, String initialStatus, Instant madeAt) {
        return new Claim(standInId, articleId, anchor, ClaimOrigin.MANUAL, initialStatus, "", "", context.checker(),
                madeAt, madeAt, false, false);
    }

    /** Where a claim marked offline went on the server: its words' place, or kept unattached ({@code orphaned}). */
    public record PlacedOffline(Claim claim, boolean orphaned, boolean alreadyThere) {
    }

    /**
     * Stores a claim marked offline (ADR 0155). The server's text may have changed meanwhile (another
     * checker held it): the claim goes where its words are, at the same place if they are still there,
     * else their one occurrence, or the one whose context matches too; found nowhere (or in two places
     * equally well) it is kept unattached (orphaned, shown and never silently moved), as a new draft
     * keeps a claim it cannot place. A claim with the same words marked at the same moment is already
     * there (its answer was lost with the network): nothing is stored twice.
     */
    public PlacedOffline placeMarkedOffline(long articleId, TextAnchor seen, Instant madeAt) {
        return workspace.inTransaction(() -> {
            Article article = workspace.articles().find(articleId)
                    .orElseThrow(() -> new NoSuchElementException("no article with id " + articleId));
            for (Claim stored : workspace.claims().forArticle(articleId)) {
                if (stored.quote().equals(seen.exact()) && stored.created().toEpochMilli() == madeAt.toEpochMilli()) {
                    return new PlacedOffline(stored, stored.orphaned(), true);
                }
            }
            String text = article.currentText();
            long revisionId = workspace.revisions().latest(articleId).map(Revision::id).orElse(0L);
            int at = OfflinePlace.find(text, seen);
            TextAnchor anchor = at >= 0 ? TextAnchor.of(text, at, at + seen.length(), revisionId)
                    : new TextAnchor(0, 0, seen.exact(), seen.prefix(), seen.suffix(), revisionId);
            String initial = VerdictScales.byId(article.scaleId()).initial().id();
            Claim stored = workspace.claims().insert(new Claim(0, articleId, anchor, ClaimOrigin.MANUAL, initial, "", "",
                    context.checker(), madeAt, madeAt, false, at < 0));
            return new PlacedOffline(stored, at < 0, false);
        });
    }

    /**
     * Stores suggestions as unchecked claims (origin SUGGESTED with their score and reasons,
     * status the scale's first value, no checker yet). Joins the caller's transaction.
     */
    List<Claim> addSuggested(long articleId, List<Suggestion> suggestions) {
        return insertAnchored(articleId, suggestions.stream()
                .map(s -> new NewClaim(s.start(), s.end(), ClaimOrigin.suggested(s.score(), s.reasons())))
                .toList());
    }

    public List<Claim> forArticle(long articleId) {
        return workspace.claims().forArticle(articleId);
    }

    /** A claim with its number in the claim list and how many evidence entries it cites. */
    public record NumberedClaim(int number, Claim claim, int evidenceCount) {
    }

    /** The article's claims numbered as the claim list numbers them (text order, orphans last), in that order. */
    public List<NumberedClaim> numbered(long articleId) {
        return workspace.inTransaction(() -> {
            List<Claim> claims = workspace.claims().forArticle(articleId);
            Map<Long, Integer> numbers = ClaimNumbers.of(claims);
            Map<Long, Integer> evidence = workspace.links().countsForArticle(articleId);
            return claims.stream()
                    .map(c -> new NumberedClaim(numbers.get(c.id()), c, evidence.getOrDefault(c.id(), 0)))
                    .sorted(java.util.Comparator.comparingInt(NumberedClaim::number)).toList();
        });
    }

    public Claim find(long claimId) {
        return requireClaim(claimId);
    }

    /**
     * Saves what the editor changes about a claim: its anchor, origin and the "changed since
     * checked" and "orphaned" flags. Status, note, correction and checker are kept as stored; they
     * change only through the methods that record history.
     */
    public Claim update(Claim claim) {
        return workspace.inTransaction(() -> {
            Claim updated = editorFieldsOnto(requireClaim(claim.id()), claim).withUpdated(context.now());
            workspace.claims().update(updated);
            return updated;
        });
    }

    /**
     * {@link #update} for many claims of one article at once (anchors moved by an edit or a new
     * draft); joins the caller's transaction. A claim removed meanwhile is left out of the result;
     * an id that was never a claim of this article is refused.
     */
    void updateAnchors(long articleId, List<Claim> edited, Instant now) {
        // Only the words are read for every claim (issue 18: a save while typing moves half the
        // article's claims, and reading them whole was most of the save's garbage); a claim whose
        // words changed is read whole below, so its other fields are kept as stored.
        Map<Long, ClaimRepository.Words> stored = workspace.claims().wordsOf(articleId);
        List<Claim> moved = new ArrayList<>();
        List<Claim> rewordedAsEdited = new ArrayList<>();
        for (Claim claim : edited) {
            if (StandInIds.isStandIn(claim.id())) {
                continue; // marked offline and not on the server yet: it goes with its journal row (ADR 0155)
            }
            ClaimRepository.Words current = stored.get(claim.id());
            if (current == null) {
                // On a team workspace another checker may have removed it since this window read it:
                // its row is gone, so there is nothing to move, and the rest of the save must go on.
                if (workspace.claims().wasDeletedFrom(articleId, claim.id())) {
                    continue;
                }
                throw new IllegalArgumentException("claim " + claim.id() + " is not a claim of article " + articleId);
            }
            boolean sameWords = claim.quote().equals(current.quote()) && claim.origin().equals(current.origin());
            // A moved claim's row is written only where it is and its flags (updatePlaces), all of
            // which come from the editor: its other fields as stored need not be read.
            (sameWords ? moved : rewordedAsEdited).add(sameWords ? claim.withUpdated(now) : claim);
        }
        List<Claim> reworded = new ArrayList<>();
        if (!rewordedAsEdited.isEmpty()) {
            Map<Long, Claim> whole = new HashMap<>();
            workspace.claims().findAll(rewordedAsEdited.stream().map(Claim::id).toList()).forEach(c -> whole.put(c.id(), c));
            for (Claim claim : rewordedAsEdited) {
                Claim current = whole.get(claim.id());
                if (current != null) {
                    reworded.add(editorFieldsOnto(current, claim).withUpdated(now));
                }
            }
        }
        workspace.claims().updateAll(reworded);
        workspace.claims().updatePlaces(moved);
    }

    private static Claim editorFieldsOnto(Claim stored, Claim edited) {
        return stored.withAnchor(edited.anchor()).withOrigin(edited.origin())
                .withChangedSinceChecked(edited.changedSinceChecked()).withOrphaned(edited.orphaned());
    }

    /**
     * Rates a claim with a value of its article's scale. Re-rating is a fresh check, so it clears
     * "changed since checked" and makes the current user the checker.
     */
    public Claim setStatus(long claimId, String verdictId) {
        return workspace.inTransaction(() -> {
            Claim claim = requireClaim(claimId);
            Article article = workspace.articles().find(claim.articleId()).orElseThrow();
            VerdictScale scale = VerdictScales.byId(article.scaleId());
            if (!scale.contains(verdictId)) {
                throw new IllegalArgumentException("'" + verdictId + "' is not a value of the " + scale.name() + " scale");
            }
            return change(claim, HistoryEntry.FIELD_STATUS, claim.status(), verdictId,
                    c -> c.withStatus(verdictId).withChecker(context.checker()).withChangedSinceChecked(false));
        });
    }

    /**
     * Undo of a rating: the status, checker and "changed since checked" flag go back to what
     * {@code before} had; the history gets a row for the status as for any change of it.
     */
    public Claim putBackVerdict(long claimId, Claim before) {
        return workspace.inTransaction(() -> {
            Claim claim = requireClaim(claimId);
            Instant now = context.now();
            Claim restored = claim.withStatus(before.status()).withChecker(before.checker())
                    .withChangedSinceChecked(before.changedSinceChecked()).withUpdated(now);
            workspace.claims().update(restored);
            if (!claim.status().equals(before.status())) {
                workspace.history().add(new HistoryEntry(0, claim.articleId(), claim.id(), context.checker(), now,
                        HistoryEntry.FIELD_STATUS, claim.status(), before.status()));
            }
            return restored;
        });
    }

    /**
     * After an undo put a claim's status back through {@link #editIfUnchanged} (a team workspace):
     * the checker and "changed since checked" go back to what {@code before} had, but only while the
     * status is still the one restored, so nobody else's newer rating is touched. No history row:
     * the status change has one.
     */
    public Claim putBackCheck(long claimId, Claim before) {
        return workspace.inTransaction(() -> {
            Claim claim = requireClaim(claimId);
            if (!claim.status().equals(before.status())) {
                return claim;
            }
            Claim restored = claim.withChecker(before.checker()).withChangedSinceChecked(before.changedSinceChecked());
            workspace.claims().update(restored);
            return restored;
        });
    }

    /**
     * Moves an article's claims to another scale (the article's scale changed). Claims still at
     * the old scale's first value get the new one's; a claim already rated cannot be translated
     * and stops the change. Joins the caller's transaction.
     */
    void moveToScale(long articleId, VerdictScale from, VerdictScale to) {
        for (Claim claim : workspace.claims().forArticle(articleId)) {
            if (!claim.status().equals(from.initial().id())) {
                throw new IllegalArgumentException("The article's claims are already rated on the " + from.name()
                        + " scale; a rated claim cannot be moved to the " + to.name() + " scale.");
            }
            change(claim, HistoryEntry.FIELD_STATUS, claim.status(), to.initial().id(),
                    c -> c.withStatus(to.initial().id()));
        }
    }

    public Claim setNote(long claimId, String note) {
        String value = note == null ? "" : note;
        return workspace.inTransaction(() -> {
            Claim claim = requireClaim(claimId);
            return change(claim, HistoryEntry.FIELD_NOTE, claim.note(), value, c -> c.withNote(value));
        });
    }

    public Claim setCorrection(long claimId, String correction) {
        String value = correction == null ? "" : correction;
        return workspace.inTransaction(() -> {
            Claim claim = requireClaim(claimId);
            return change(claim, HistoryEntry.FIELD_CORRECTION, claim.correction(), value, c -> c.withCorrection(value));
        });
    }

    /**
     * Sets a claim's status, note or correction only if it still holds {@code seen}, what the editor
     * was looking at; otherwise reports the conflict and writes nothing. On a server the check and the
     * write are one snapshot: a writer who got in between makes the action run again and see it.
     */
    public ClaimFieldEdit editIfUnchanged(long claimId, String field, String seen, String wanted) {
        return workspace.inTransaction(() -> {
            Claim current = requireClaim(claimId);
            String stored = switch (field) {
                case HistoryEntry.FIELD_STATUS -> current.status();
                case HistoryEntry.FIELD_NOTE -> current.note();
                case HistoryEntry.FIELD_CORRECTION -> current.correction();
                default -> throw new IllegalArgumentException("no concurrent edit of the field '" + field + "'");
            };
            if (!Objects.equals(stored, seen) && !Objects.equals(stored, wanted)) {
                String by = workspace.history().forClaim(claimId).stream()
                        .filter(h -> h.field().equals(field)).reduce((a, b) -> b).map(HistoryEntry::who).orElse("");
                return new ClaimFieldEdit.Conflict(current, field, seen, stored, wanted, by);
            }
            Claim saved = switch (field) {
                case HistoryEntry.FIELD_STATUS -> setStatus(claimId, wanted);
                case HistoryEntry.FIELD_NOTE -> setNote(claimId, wanted);
                default -> setCorrection(claimId, wanted);
            };
            return new ClaimFieldEdit.Saved(saved);
        });
    }

    /** Removes a claim and its links; keep the result to {@link #restore} it (undo). */
    public RemovedClaim remove(long claimId) {
        return workspace.inTransaction(() -> {
            Claim claim = requireClaim(claimId);
            List<ClaimEvidence> links = workspace.links().forClaim(claimId);
            ClaimAttribution attribution = workspace.attributions().find(claimId);
            workspace.claims().delete(claimId);
            workspace.history().add(new HistoryEntry(0, claim.articleId(), claimId, context.checker(), context.now(),
                    HistoryEntry.FIELD_CLAIM, claim.quote(), null));
            return new RemovedClaim(claim, links, attribution);
        });
    }

    /**
     * Removes a claim only if its status, note and correction still hold what the remover saw (a
     * removal made offline, sent later, ADR 0152); otherwise names the first field someone else
     * changed and removes nothing. A claim already gone is nothing to do.
     */
    public RemovalCheck removeIfUnchanged(long claimId, String seenStatus, String seenNote, String seenCorrection) {
        return workspace.inTransaction(() -> {
            Optional<Claim> found = workspace.claims().find(claimId);
            if (found.isEmpty()) {
                return new RemovalCheck(null, null);
            }
            Claim current = found.get();
            String changed = !Objects.equals(current.status(), seenStatus) ? HistoryEntry.FIELD_STATUS
                    : !Objects.equals(current.note(), seenNote) ? HistoryEntry.FIELD_NOTE
                    : !Objects.equals(current.correction(), seenCorrection) ? HistoryEntry.FIELD_CORRECTION : null;
            return changed != null ? new RemovalCheck(null, changed) : new RemovalCheck(remove(claimId), null);
        });
    }

    /** What {@link #removeIfUnchanged} did: removed (with what undo needs), kept because a field changed, or neither. */
    public record RemovalCheck(RemovedClaim removed, String changedField) {
    }

    /**
     * Puts a removed claim back under its old id with its links. Links to evidence deleted in
     * the meantime cannot come back and are left out.
     */
    public Claim restore(RemovedClaim removed) {
        return workspace.inTransaction(() -> {
            Claim claim = workspace.claims().insert(removed.claim());
            List<ClaimEvidence> stillValid = new ArrayList<>();
            for (ClaimEvidence link : removed.links()) {
                if (workspace.evidence().find(link.evidenceId()).isPresent()) {
                    stillValid.add(link);
                }
            }
            workspace.links().insertAll(stillValid);
            workspace.attributions().save(removed.attribution().withClaimId(claim.id()));
            workspace.history().add(new HistoryEntry(0, claim.articleId(), claim.id(), context.checker(), context.now(),
                    HistoryEntry.FIELD_CLAIM, null, claim.quote()));
            return claim;
        });
    }

    /** Who changed what on this claim, oldest first; includes its removal and restoration. */
    public List<HistoryEntry> history(long claimId) {
        return workspace.history().forClaim(claimId);
    }

    /**
     * What the checker should look at again about this claim's sources under the policy (no
     * supporting source, too few independent ones, a source published after the article, a link
     * last accessed long ago); the same flags the report prints.
     */
    public List<ClaimFlag> flags(long claimId, SourcePolicy policy) {
        return workspace.inTransaction(() -> {
            // A claim removed meanwhile (undo, another window action) has nothing to flag.
            Claim claim = workspace.claims().find(claimId).orElse(null);
            if (claim == null) {
                return List.<ClaimFlag>of();
            }
            Article article = workspace.articles().find(claim.articleId()).orElseThrow();
            return ClaimFlag.of(claim, VerdictScales.byId(article.scaleId()), workspace.links().evidenceOfClaim(claimId),
                    article.publishedDate(), java.time.LocalDate.ofInstant(context.now(), java.time.ZoneId.systemDefault()),
                    policy);
        });
    }

    /**
     * Who set each claim's current verdict and when: the latest status change of every claim of the
     * article that has one ("checked by Olena, 2 Dec 14:05").
     */
    public Map<Long, HistoryEntry> verdictsSet(long articleId) {
        Map<Long, HistoryEntry> latest = new HashMap<>();
        for (HistoryEntry entry : workspace.history().forArticle(articleId)) {
            if (entry.field().equals(HistoryEntry.FIELD_STATUS)) {
                latest.put(entry.claimId(), entry);
            }
        }
        return latest;
    }

    /**
     * The checker put the suggested correction into the draft: the claim's history keeps the words
     * it replaced. (The text and the claim's new range are saved with the article's text.)
     */
    public void recordAppliedCorrection(long claimId, String replacedText, String correctedText) {
        workspace.inTransaction(() -> {
            Claim claim = requireClaim(claimId);
            workspace.history().add(new HistoryEntry(0, claim.articleId(), claim.id(), context.checker(), context.now(),
                    HistoryEntry.FIELD_TEXT, replacedText, correctedText));
        });
    }

    private Claim change(Claim claim, String field, String oldValue, String newValue, Function<Claim, Claim> edit) {
        Instant now = context.now();
        if (Objects.equals(oldValue, newValue)) {
            return claim;
        }
        Claim updated = edit.apply(claim).withUpdated(now);
        workspace.claims().update(updated);
        workspace.history().add(new HistoryEntry(0, claim.articleId(), claim.id(), context.checker(), now, field,
                oldValue, newValue));
        return updated;
    }

    private record NewClaim(int start, int end, ClaimOrigin origin) {
    }

    private List<Claim> insertAnchored(long articleId, List<NewClaim> ranges) {
        Article article = workspace.articles().find(articleId)
                .orElseThrow(() -> new NoSuchElementException("no article with id " + articleId));
        long revisionId = workspace.revisions().latest(articleId).map(Revision::id).orElse(0L);
        String initial = VerdictScales.byId(article.scaleId()).initial().id();
        Instant now = context.now();
        List<Claim> claims = new ArrayList<>();
        for (NewClaim range : ranges) {
            // A claim taken over from detection has not been looked at by anyone yet.
            String checker = range.origin().isSuggested() ? "" : context.checker();
            claims.add(new Claim(0, articleId, TextAnchor.of(article.currentText(), range.start(), range.end(), revisionId),
                    range.origin(), initial, "", "", checker, now, now, false, false));
        }
        return workspace.claims().insertAll(claims);
    }

    private Claim requireClaim(long claimId) {
        return workspace.claims().find(claimId)
                .orElseThrow(() -> new NoSuchElementException("no claim with id " + claimId));
    }
}
