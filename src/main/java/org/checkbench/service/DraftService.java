package org.checkbench.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.checkbench.anchor.ClaimCarrier;
import org.checkbench.anchor.Similarity;
import org.checkbench.anchor.WordDiffs;
import org.checkbench.io.ReadDocument;
import org.checkbench.model.Article;
import org.checkbench.model.CarriedClaim;
import org.checkbench.model.CarriedClaim.Outcome;
import org.checkbench.model.Claim;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.Revision;
import org.checkbench.model.RevisionInfo;
import org.checkbench.model.TextAnchor;
import org.checkbench.model.TextChoices;
import org.checkbench.model.VerdictScale;
import org.checkbench.model.VerdictScales;
import org.checkbench.model.WordDiff;
import org.checkbench.store.Workspace;

/**
 * The revision loop: a writer's new draft (or an old revision restored) becomes a new revision,
 * and every claim is carried into it ({@link ClaimCarrier}) with one outcome each, stored with the
 * revision and, for changed and orphaned claims, in the claim's history. An orphan can be attached
 * to words the checker picks. Nothing is ever overwritten: every revision stays.
 */
public final class DraftService {

    private final ServiceContext context;
    private final Workspace workspace;
    private final ClaimService claims;

    DraftService(ServiceContext context, ClaimService claims) {
        this.context = context;
        this.workspace = context.workspace();
        this.claims = claims;
    }

    /**
     * The writer sent a new draft, in any format {@link ArticleFileReader} reads: stored as a new
     * revision with its file kept (format and notices too). The checker's earlier answer about
     * joining wrapped lines and dropping repeated headers is applied again without asking.
     *
     * @throws ArticleImportException for a file that is not a usable draft; nothing is changed then
     */
    public DraftImport importDraft(long articleId, Path file, String note) {
        ImportedFile imported = ArticleFileReader.read(file);
        TextChoices choices = workspace.publications().textChoices(articleId);
        String text = new TextCleanup(Boolean.TRUE.equals(choices.joinLines()),
                Boolean.TRUE.equals(choices.dropRepeatedLines())).apply(imported.document().text());
        String revisionNote = note == null || note.isBlank() ? "Draft imported from " + file.getFileName() : note;
        return workspace.inTransaction(() -> {
            DraftImport draft = saveDraft(articleId, text, revisionNote);
            ReadDocument document = imported.document();
            workspace.revisionSources().add(draft.revision().id(), imported.fileName(), document.format().name(),
                    document.format().mediaType(), imported.bytes(), document.notices());
            return draft;
        });
    }

    /** Stores {@code text} as the article's new revision and current text, carrying every claim into it. */
    public DraftImport saveDraft(long articleId, String text, String note) {
        return store(articleId, normalizeLineEnds(text), note, null);
    }

    /** Brings an old revision's text back as a new revision (the revisions in between stay). */
    public DraftImport restore(long articleId, int revisionNumber) {
        Revision old = workspace.revisions().forArticle(articleId).stream().filter(r -> r.number() == revisionNumber)
                .findFirst().orElseThrow(() -> new NoSuchElementException(
                        "The article has no revision " + revisionNumber + "."));
        return store(articleId, old.text(), "Restored from revision " + revisionNumber, revisionNumber);
    }

    private DraftImport store(long articleId, String text, String note, Integer restoredFrom) {
        Instant now = context.now();
        return workspace.inTransaction(() -> {
            Article article = requireArticle(articleId);
            // A new draft or a restored revision changes the text as typing does: on a team workspace
            // it takes the one-editor lock (ADR 0150, 0154), or is refused with nothing written.
            workspace.textLocks().ifPresent(locks -> locks.holdForSave(articleId, article.title()));
            List<Claim> before = workspace.claims().forArticle(articleId);
            ClaimCarrier.Result result = ClaimCarrier.carry(article.currentText(), text, before);
            Revision revision = workspace.revisions().add(articleId, text, note, now);
            workspace.articles().updateText(articleId, text, now);
            workspace.revisionInfo().add(revision.id(), context.checker(), result.wordsAdded(), result.wordsRemoved(),
                    restoredFrom);
            VerdictScale scale = VerdictScales.byId(article.scaleId());
            List<Claim> carried = new ArrayList<>(before.size());
            List<CarriedClaim> outcomes = new ArrayList<>(before.size());
            List<HistoryEntry> history = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) {
                Claim claim = before.get(i);
                CarriedClaim outcome = result.claims().get(i).withRevisionId(revision.id());
                outcomes.add(outcome);
                carried.add(applied(claim, outcome, text, revision.id(), scale));
                HistoryEntry entry = historyOf(claim, outcome, now);
                if (entry != null) {
                    history.add(entry);
                }
            }
            claims.updateAnchors(articleId, carried, now);
            workspace.carriedClaims().insertAll(outcomes);
            workspace.history().addAll(history);
            return new DraftImport(revision, ClaimNumbers.of(workspace.claims().forArticle(articleId)), outcomes,
                    result.wordsAdded(), result.wordsRemoved());
        });
    }

    /**
     * The claim as it stands in the new revision. Changed words on a claim that had a verdict
     * mark it "changed since checked", so it drops out of the checked count until rated again.
     */
    private static Claim applied(Claim claim, CarriedClaim outcome, String text, long revisionId, VerdictScale scale) {
        if (outcome.isOrphaned()) {
            return claim.withOrphaned(true);
        }
        Claim placed = claim.withAnchor(TextAnchor.of(text, outcome.newStart(), outcome.newEnd(), revisionId))
                .withOrphaned(false);
        boolean checked = scale.find(claim.status()).map(v -> v.checked()).orElse(false);
        return outcome.outcome() == Outcome.CHANGED && checked ? placed.withChangedSinceChecked(true) : placed;
    }

    /** History keeps what needs the checker: changed words, a claim orphaned, an orphan found again. */
    private HistoryEntry historyOf(Claim claim, CarriedClaim outcome, Instant now) {
        boolean news = outcome.outcome() == Outcome.CHANGED || outcome.isOrphaned() != claim.orphaned();
        if (!news) {
            return null;
        }
        return new HistoryEntry(0, claim.articleId(), claim.id(), context.checker(), now, HistoryEntry.FIELD_REVISION,
                outcome.oldQuote(), outcome.newQuote());
    }

    /**
     * Attaches a claim to [start, end) of the article's current text: an orphan given a place by
     * the checker, or a claim moved to the right words. It keeps its status, notes, evidence and
     * history; the history records the move. Attached to other words than it had, a claim with a
     * verdict is "changed since checked".
     */
    public Claim attach(long claimId, int start, int end) {
        return workspace.inTransaction(() -> {
            Claim claim = workspace.claims().find(claimId)
                    .orElseThrow(() -> new NoSuchElementException("no claim with id " + claimId));
            Article article = requireArticle(claim.articleId());
            String text = article.currentText();
            if (start < 0 || end <= start || end > text.length()) {
                throw new IllegalArgumentException("Select the words to attach the claim to.");
            }
            long revisionId = workspace.revisions().latest(article.id()).map(Revision::id).orElse(0L);
            TextAnchor anchor = TextAnchor.of(text, start, end, revisionId);
            VerdictScale scale = VerdictScales.byId(article.scaleId());
            boolean checked = scale.find(claim.status()).map(v -> v.checked()).orElse(false);
            boolean otherWords = !Similarity.words(claim.quote()).equals(Similarity.words(anchor.exact()));
            Instant now = context.now();
            Claim attached = claim.withAnchor(anchor).withOrphaned(false)
                    .withChangedSinceChecked(claim.changedSinceChecked() || (checked && otherWords)).withUpdated(now);
            workspace.claims().update(attached);
            workspace.history().add(new HistoryEntry(0, claim.articleId(), claimId, context.checker(), now,
                    HistoryEntry.FIELD_ATTACHED, claim.quote(), anchor.exact()));
            return attached;
        });
    }

    /**
     * What the latest revision did to the claims: empty when the article has only its first
     * revision. Orphans attached since are counted as such.
     */
    public CarrySummary lastCarry(long articleId) {
        return workspace.inTransaction(() -> {
            Revision latest = workspace.revisions().latest(articleId).orElse(null);
            if (latest == null) {
                return CarrySummary.NONE;
            }
            Map<Long, Claim> now = new HashMap<>();
            workspace.claims().forArticle(articleId).forEach(c -> now.put(c.id(), c));
            List<CarriedClaim> outcomes = workspace.carriedClaims().forRevision(latest.id()).stream()
                    .filter(c -> now.containsKey(c.claimId())).toList();
            return CarrySummary.of(latest, outcomes, now);
        });
    }

    /** One claim's outcomes at each revision, oldest first. */
    public List<CarriedClaim> carriedHistory(long claimId) {
        return workspace.carriedClaims().forClaim(claimId);
    }

    /** The article's revisions, oldest first, with who made them and how many words each changed. */
    public List<RevisionInfo> revisions(long articleId) {
        return new RevisionList(workspace).of(requireArticle(articleId).id());
    }

    /** The word-level difference between two revisions (by number), with the claims each change touches. */
    public RevisionComparison compare(long articleId, int fromNumber, int toNumber) {
        return new RevisionComparisons(workspace).compare(requireArticle(articleId), fromNumber, toNumber);
    }

    /** The word-level difference of two wordings of a claim (what the claim panel shows for a changed claim). */
    public static WordDiff wordingDiff(String before, String after) {
        return WordDiffs.of(before, after);
    }

    private Article requireArticle(long articleId) {
        return workspace.articles().find(articleId)
                .orElseThrow(() -> new NoSuchElementException("no article with id " + articleId));
    }

    static String normalizeLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
