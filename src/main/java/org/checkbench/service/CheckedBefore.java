package org.checkbench.service;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.checkbench.model.DocumentKey;
import org.checkbench.match.MatchIndex;
import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimHit;
import org.checkbench.model.FactCheck;
import org.checkbench.model.Verdict;
import org.checkbench.model.VerdictScales;
import org.checkbench.store.Workspace;

/**
 * "Checked before?": for a claim or any text, the earlier checked claims of every article and the
 * imported fact-checks that say the same thing, found by meaning (sentence vectors) and words
 * (BM25), with their verdicts; and a search over everything checked that fuses meaning with the
 * full-text index. Copying a verdict and linking the same evidence are in {@link TakeOver}.
 */
public final class CheckedBefore {

    /**
     * Similarity from which a new claim is marked "checked before": on the CLEF 2020 train tweets, a
     * best match this similar was the right one 9 times in 10 (docs/matching.md).
     */
    public static final float MARK_THRESHOLD = 0.6f;
    // Matches are filtered after ranking (unchecked claims, the claim itself): rank this many more.
    private static final int CANDIDATES = 200;
    // Reciprocal rank fusion's constant (Cormack et al. 2009).
    private static final int RRF_K = 60;

    private final Workspace workspace;
    private final WorkspaceMatchIndex index;

    CheckedBefore(ServiceContext context, WorkspaceMatchIndex index) {
        this.workspace = context.workspace();
        this.index = index;
    }

    public String modelName() {
        return index.modelName();
    }

    /** How many claims and fact-checks wait for their vectors. */
    public int pending() {
        return index.pending();
    }

    /**
     * How many claims and fact-checks wait for vectors that an answer can use: none while nothing
     * in the workspace is checked, since every answer is empty then ({@link #anythingChecked}), all
     * that wait otherwise. The window's background job embeds only when this is above zero, so a
     * workspace with no verdict never loads the sentence encoder (~120 MB) while the checker types;
     * the first verdict (a change of claims) starts the job (ADR 0146).
     */
    public int pendingForAnswers() {
        return anythingChecked() ? index.pending() : 0;
    }

    /**
     * Computes the vectors that are missing or stale (after an import, after edits settle, after a
     * model change). Slow: run it in the background. Returns how many documents were embedded.
     */
    public int embedPending(EmbeddingProgress progress, BooleanSupplier cancelled) {
        return index.embedPending(progress == null ? EmbeddingProgress.NONE : progress, cancelled);
    }

    /** The checked claims and fact-checks most like {@code text}, best first. */
    public List<MatchFound> find(String text, int limit) {
        if (!anythingChecked()) {
            return List.of();
        }
        return describe(index.search(text, CANDIDATES), 0, limit);
    }

    /** What was checked before that is like this claim (never the claim itself), best first. */
    public List<MatchFound> forClaim(long claimId, int limit) {
        Claim claim = workspace.claims().find(claimId).orElseThrow();
        if (!anythingChecked()) {
            return List.of();
        }
        return describe(index.search(claim.quote(), CANDIDATES), claimId, limit);
    }

    /** The best earlier match at or above {@link #MARK_THRESHOLD}, for the "checked before" mark. */
    public Optional<MatchFound> markFor(String text, long excludeClaimId) {
        if (!anythingChecked()) {
            return Optional.empty();
        }
        return describe(similarEnough(index.search(text, CANDIDATES)), excludeClaimId, 1).stream().findFirst();
    }

    /** Whether any scale counts this status as checked (which scale the claim's article uses is read later). */
    private static boolean checkedOnSomeScale(String status) {
        for (org.checkbench.model.VerdictScale scale : VerdictScales.ALL) {
            if (scale.find(status).map(Verdict::checked).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether anything could be found at all: a fact-check, or a claim whose status some scale
     * counts as checked. Every answer keeps only those ({@link #describe}), so without one each is
     * empty whatever the vectors say, and nothing is embedded for it: in a new workspace the
     * sentence encoder is not loaded for the marks of every suggestion (ADR 0147).
     */
    private boolean anythingChecked() {
        if (workspace.factChecks().count() > 0) {
            return true;
        }
        for (String status : workspace.claims().statuses()) {
            if (status != null && checkedOnSomeScale(status)) {
                return true;
            }
        }
        return false;
    }

    /** Only matches that can carry a mark: most sentences have none, and then nothing is read. */
    private static List<MatchIndex.Match> similarEnough(List<MatchIndex.Match> matches) {
        return matches.stream().filter(m -> m.similarity() >= MARK_THRESHOLD).toList();
    }

    /**
     * The "checked before" marks of an article's claims that are not rated yet: for each one with an
     * earlier checked claim or fact-check at or above {@link #MARK_THRESHOLD}, the best of them.
     */
    public Map<Long, MatchFound> marksFor(List<Claim> claims) {
        if (!anythingChecked()) {
            return Map.of();
        }
        List<Claim> open = new ArrayList<>();
        Map<Long, Article> articles = new HashMap<>();
        for (Claim claim : claims) {
            Article article = articles.computeIfAbsent(claim.articleId(), id -> workspace.articles().find(id).orElse(null));
            boolean rated = article != null && VerdictScales.byId(article.scaleId()).find(claim.status())
                    .map(Verdict::checked).orElse(false);
            if (!rated && !claim.orphaned()) {
                open.add(claim);
            }
        }
        Map<Long, MatchFound> marks = new HashMap<>();
        // Claims whose vectors are stored already are not embedded again.
        List<List<MatchIndex.Match>> found = index.searchAll(open.stream().map(Claim::quote).toList(),
                open.isEmpty() ? Map.of() : index.storedVectorsOf(open), CANDIDATES);
        for (int i = 0; i < open.size(); i++) {
            long id = open.get(i).id();
            describe(similarEnough(found.get(i)), id, 1).stream().findFirst().ifPresent(m -> marks.put(id, m));
        }
        return marks;
    }

    /**
     * The "checked before" marks of sentences (the suggestions of an article), by their words: for
     * each with an earlier checked claim or fact-check at or above {@link #MARK_THRESHOLD}, the best
     * of them. All in one batch; a sentence asked about before is not embedded again.
     */
    public Map<String, MatchFound> marksForSentences(List<String> sentences) {
        if (!anythingChecked()) {
            return Map.of();
        }
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(sentences));
        Map<String, MatchFound> marks = new HashMap<>();
        List<List<MatchIndex.Match>> found = index.searchAll(distinct, CANDIDATES);
        for (int i = 0; i < distinct.size(); i++) {
            String sentence = distinct.get(i);
            describe(similarEnough(found.get(i)), 0, 1).stream().findFirst().ifPresent(m -> marks.put(sentence, m));
        }
        return marks;
    }

    /**
     * Search over everything checked: the meaning ranking and the full-text ranking (claims and
     * fact-checks) fused by reciprocal rank, so a paraphrase and an exact name are both found.
     */
    public List<MatchFound> search(String query, int limit) {
        if (query == null || query.isBlank() || !anythingChecked()) {
            return List.of();
        }
        Map<DocumentKey, Double> fused = new HashMap<>();
        Map<DocumentKey, Float> similarity = new HashMap<>();
        List<MatchIndex.Match> meaning = index.search(query, CANDIDATES);
        for (int rank = 0; rank < meaning.size(); rank++) {
            MatchIndex.Match match = meaning.get(rank);
            fused.merge(match.key(), 1.0 / (RRF_K + rank + 1), Double::sum);
            similarity.put(match.key(), match.similarity());
        }
        List<ClaimHit> claimWords = workspace.search().claims(query, CANDIDATES);
        for (int rank = 0; rank < claimWords.size(); rank++) {
            fused.merge(DocumentKey.claim(claimWords.get(rank).claim().id()), 1.0 / (RRF_K + rank + 1), Double::sum);
        }
        List<FactCheck> factCheckWords = workspace.factChecks().search(query, CANDIDATES);
        for (int rank = 0; rank < factCheckWords.size(); rank++) {
            fused.merge(DocumentKey.factCheck(factCheckWords.get(rank).id()), 1.0 / (RRF_K + rank + 1), Double::sum);
        }
        List<DocumentKey> ordered = fused.entrySet().stream()
                .sorted(Map.Entry.<DocumentKey, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        List<MatchIndex.Match> ranked = new ArrayList<>();
        for (DocumentKey key : ordered) {
            ranked.add(new MatchIndex.Match(key, fused.get(key).floatValue(), similarity.getOrDefault(key, 0f)));
        }
        return describe(ranked, 0, limit);
    }

    /** Turns index matches into what the user sees, keeping checked claims and fact-checks only. */
    private List<MatchFound> describe(List<MatchIndex.Match> matches, long excludeClaimId, int limit) {
        Map<DocumentKey, MatchFound> result = new LinkedHashMap<>();
        Map<Long, Article> articles = new HashMap<>();
        // Every candidate claim in one query: most candidates of a large workspace are unrated.
        Map<Long, Claim> claims = new HashMap<>();
        workspace.claims().findAll(matches.stream().filter(m -> m.key().source() == DocumentKey.Source.CLAIM)
                .map(m -> m.key().id()).toList()).forEach(c -> claims.put(c.id(), c));
        for (MatchIndex.Match match : matches) {
            if (result.size() >= limit) {
                break;
            }
            DocumentKey key = match.key();
            if (key.source() == DocumentKey.Source.CLAIM) {
                if (key.id() == excludeClaimId) {
                    continue;
                }
                Optional<Claim> claim = Optional.ofNullable(claims.get(key.id()));
                if (claim.isEmpty() || !checkedOnSomeScale(claim.get().status())) {
                    continue; // most candidates of a large workspace are unrated: no article read for them
                }
                Article article = articles.computeIfAbsent(claim.get().articleId(),
                        id -> workspace.articles().find(id).orElse(null));
                Optional<Verdict> verdict = article == null ? Optional.empty()
                        : VerdictScales.byId(article.scaleId()).find(claim.get().status());
                if (verdict.isEmpty() || !verdict.get().checked()) {
                    continue;
                }
                result.put(key, new MatchFound(key, claim.get().quote(), verdict.get().label(),
                        claim.get().updated().atZone(ZoneOffset.UTC).toLocalDate().toString(),
                        "claim " + claim.get().id() + " of “" + article.title() + "”", article.id(), null,
                        match.similarity()));
            } else {
                workspace.factChecks().find(key.id()).ifPresent(f -> result.put(key, new MatchFound(key, f.claim(),
                        f.rating(), f.reviewDate(), f.publisher() != null ? f.publisher() : f.collection(), 0, f.url(),
                        match.similarity())));
            }
        }
        return new ArrayList<>(result.values());
    }
}
