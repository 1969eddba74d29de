package org.checkbench.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.checkbench.detect.Detector;
import org.checkbench.detect.SentenceSuggestion;
import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimOrigin;
import org.checkbench.model.Suggestion;
import org.checkbench.store.Workspace;

/**
 * Detection's suggestions for an article (ADR 0014): sentences worth checking, shown quietly until
 * the checker accepts one (it becomes a claim) or dismisses it (hidden for that article, also after
 * the text is detected again). Detection itself runs outside the database lock; each method that
 * writes is one transaction. Call from a background thread: detecting a 1 MB text takes a while.
 */
public final class SuggestionService {

    private final ServiceContext context;
    private final Workspace workspace;
    private final ClaimService claims;

    SuggestionService(ServiceContext context, ClaimService claims) {
        this.context = context;
        this.workspace = context.workspace();
        this.claims = claims;
    }

    /** The threshold the shipped detector was tuned for; preferences start from it. */
    public double defaultThreshold() {
        return context.detector().defaultThreshold();
    }

    /**
     * Detects the text again and replaces the article's stored suggestions with the result, minus
     * the sentences the checker dismissed and those that overlap a claim of the article (orphaned
     * claims have no place in the text and hide nothing). A sentence that was already suggested
     * keeps its id, so the UI's selection survives a refresh.
     *
     * @param text      the article's text as last saved: claims' offsets refer to it, and so will
     *                  the suggestions'
     * @param threshold a sentence is suggested when its score is at least this (0..1)
     * @return the suggestions now stored, in text order
     */
    public List<Suggestion> refresh(long articleId, String text, double threshold) {
        return store(articleId, detect(articleId, text, threshold, 0, 0, new DetectionProgress() { }));
    }

    /** Hears how a detection for the window goes, on the detecting thread. */
    public interface DetectionProgress {
        /**
         * Before {@link #firstPart}, while its other units wait for the encoder: the units of the
         * first range whose answer is already final ({@code settled}, {start, end} each) and the
         * suggested ones among them, unsaved (id 0). Each is in the first part and the whole
         * detection with the same score (ADR 0117).
         */
        default void settledPart(List<Suggestion> suggested, List<int[]> settled) { }

        /** The units overlapping the first range are scored: the suggested ones among them, unsaved (id 0). */
        default void firstPart(List<Suggestion> suggested) { }

        /**
         * {@code done} of {@code total} units scored; throw to stop a detection that is no longer
         * wanted (the scores so far are remembered, so the next detection does not redo them).
         */
        default void scored(int done, int total) { }

        /** Between pieces of work: wait here, or throw to stop ({@link org.checkbench.detect.DetectionProgress#checkpoint}). */
        default void checkpoint() { }

        /** True while the checker is typing or scrolling: detection then keeps to one core, leaving the window one. */
        default boolean checkerActive() {
            return false;
        }

        /**
         * True when this detection takes up one of the same article that typing stopped before its
         * end: it is scored on one lane whatever the checker does, as it comes after the keys, when
         * the heap typing grew and the encoder's reload stack up (ADR 0159). Only the article's own
         * caller knows this; another article's detection, or one after a failure, is no such rest.
         */
        default boolean resumesAStoppedDetection() {
            return false;
        }

        /**
         * What to throw to stop: {@code forGood} when the article is closed, so that no rest of this
         * detection is waited for ({@link org.checkbench.detect.DetectionProgress#stop}).
         */
        static java.util.concurrent.CancellationException stop(boolean forGood, String why) {
            return org.checkbench.detect.DetectionProgress.stop(forGood, why);
        }
    }

    /**
     * Detection alone, no database: the sentences of {@code text} worth suggesting, unsaved (id 0),
     * in text order; those overlapping {@code [firstFrom, firstTo)} (the part on screen) are scored
     * first and handed to {@code progress}. Takes seconds on a long article with the encoder: run it
     * on a thread of its own, so saves do not queue behind it, then {@link #store} the result.
     */
    public List<Suggestion> detect(long articleId, String text, double threshold, int firstFrom, int firstTo,
            DetectionProgress progress) {
        requireThreshold(threshold);
        List<SentenceSuggestion> detected = context.detector().detect(text, threshold, firstFrom, firstTo,
                new org.checkbench.detect.DetectionProgress() {
                    @Override
                    public void settledFirst(List<SentenceSuggestion> settled) {
                        List<int[]> ranges = new ArrayList<>(settled.size());
                        settled.forEach(unit -> ranges.add(new int[] {unit.start(), unit.end()}));
                        OpeningTimeline.step("detection: settled part");
                        progress.settledPart(suggested(articleId, text, settled), ranges);
                    }

                    @Override
                    public void firstPart(List<SentenceSuggestion> suggestions) {
                        OpeningTimeline.step("detection: first part");
                        progress.firstPart(suggested(articleId, text, suggestions));
                    }

                    @Override
                    public void scored(int done, int total) {
                        progress.scored(done, total);
                    }

                    @Override
                    public void checkpoint() {
                        progress.checkpoint();
                    }

                    @Override
                    public int lanes() {
                        return progress.resumesAStoppedDetection() || progress.checkerActive()
                                ? 1 : org.checkbench.detect.DetectionProgress.super.lanes();
                    }
                });
        return suggested(articleId, text, detected);
    }

    /**
     * Stores a detection ({@link #detect}) as the article's suggestions, in place of all stored
     * before, minus dismissed sentences and those overlapping a claim. One transaction. Returns the
     * suggestions now stored, in text order.
     */
    public List<Suggestion> store(long articleId, List<Suggestion> detected) {
        return workspace.inTransaction(() -> replace(articleId, detected, s -> true));
    }

    /**
     * Stores the first part of a detection (the units overlapping {@code [from, to)}) in place of
     * the stored suggestions there; the others stay until the whole detection is {@link #store}d.
     * Returns what changed, for the caller to apply to the suggestions it shows.
     */
    public StoredPart storeFirstPart(long articleId, List<Suggestion> firstPart, int from, int to) {
        OpeningTimeline.step("store the first part");
        return workspace.inTransaction(() -> replacePart(articleId, firstPart, from, to, s -> s.overlaps(from, to)));
    }

    /**
     * Stores what a detection settled of its first part before the rest of it
     * ({@link DetectionProgress#settledPart}): the suggested units in place of the stored
     * suggestions that overlap any settled unit; the others stay until the first part is stored.
     * Returns what changed.
     */
    public StoredPart storeSettledPart(long articleId, List<Suggestion> suggested, List<int[]> settled) {
        int from = settled.stream().mapToInt(unit -> unit[0]).min().orElse(0);
        int to = settled.stream().mapToInt(unit -> unit[1]).max().orElse(0);
        OpeningTimeline.step("store the settled part");
        return workspace.inTransaction(() -> replacePart(articleId, suggested, from, to,
                s -> settled.stream().anyMatch(unit -> s.overlaps(unit[0], unit[1]))));
    }

    /**
     * What storing part of a detection changed: the ids of the suggestions no longer stored, and
     * those stored now in their place (an unchanged suggestion is in neither).
     */
    public record StoredPart(java.util.Set<Long> removed, List<Suggestion> added) {
        /** {@code shown} with this change applied, in text order. */
        public List<Suggestion> applyTo(List<Suggestion> shown) {
            List<Suggestion> result = new ArrayList<>(shown.size() + added.size());
            shown.stream().filter(s -> !removed.contains(s.id())).forEach(result::add);
            result.addAll(added);
            result.sort(TEXT_ORDER);
            return result;
        }
    }

    /**
     * Loads the encoder now (on this background thread) when detecting {@code [from, to)} of
     * {@code text} at the default threshold will need it; see {@link Detector#loadEncoderIfNeededFor}.
     */
    public boolean loadEncoderIfNeededFor(String text, int from, int to) {
        Detector detector = context.detector();
        return detector.loadEncoderIfNeededFor(text, detector.defaultThreshold(), from, to);
    }

    /** Whether the workspace was closed (a detection that finished late has nowhere to go). */
    public boolean workspaceClosed() {
        return workspace.isClosed();
    }

    /** Why the suggestions come from the simpler model, when they do (the encoder could not load). */
    public java.util.Optional<String> detectionNotice() {
        return context.detector().notice();
    }

    /**
     * Replaces the stored suggestions that {@code replaced} selects with {@code detected}, minus
     * dismissed sentences and those overlapping a claim; a sentence already stored keeps its id.
     * Returns all the article's stored suggestions, in text order.
     */
    private List<Suggestion> replace(long articleId, List<Suggestion> detected,
            java.util.function.Predicate<Suggestion> replaced) {
        List<Suggestion> previous = workspace.suggestions().forArticle(articleId);
        return replace(articleId, previous, detected, replaced).applyTo(previous);
    }

    /**
     * {@link #replace} for a part of the text, {@code [from, to)}, which holds every suggestion that
     * {@code replaced} selects and every one {@code detected}: only the stored suggestions there are
     * read (reading a 1 MB article's 4,000 took the worker 0.1 s while the window opened, ADR 0117).
     */
    private StoredPart replacePart(long articleId, List<Suggestion> detected, int from, int to,
            java.util.function.Predicate<Suggestion> replaced) {
        return replace(articleId, workspace.suggestions().overlapping(articleId, from, to), detected, replaced);
    }

    /**
     * Replaces the suggestions of {@code previous} (as stored) that {@code replaced} selects with
     * {@code detected}, minus dismissed sentences and those overlapping a claim; a sentence already
     * stored keeps its id. Only the rows that change are written: a detection mostly finds again
     * what is stored (rewriting a 1 MB article's 4,000 suggestions took the worker 0.1-0.2 s).
     */
    private StoredPart replace(long articleId, List<Suggestion> previous, List<Suggestion> detected,
            java.util.function.Predicate<Suggestion> replaced) {
        if (workspace.articles().findWithText(articleId, "").isEmpty()) { // not its 1 MB text
            throw new NoSuchElementException("no article with id " + articleId);
        }
        Set<String> dismissed = workspace.suggestions().dismissedKeys(articleId);
        ClaimCoverage coverage = ClaimCoverage.ofPlaces(workspace.claims().placesOf(articleId));
        Map<String, Suggestion> previousByIdentity = new HashMap<>();
        java.util.Set<Long> gone = new java.util.HashSet<>();
        for (Suggestion stored : previous) {
            if (replaced.test(stored)) {
                previousByIdentity.put(identity(stored), stored);
                gone.add(stored.id());
            }
        }
        List<Suggestion> fresh = new ArrayList<>();
        for (Suggestion suggestion : detected) {
            if (dismissed.contains(suggestion.sentenceKey()) || coverage.overlaps(suggestion.start(), suggestion.end())) {
                continue;
            }
            Suggestion same = previousByIdentity.get(identity(suggestion));
            Suggestion withId = suggestion.withId(same == null ? 0L : same.id());
            if (withId.equals(same)) {
                gone.remove(same.id());
            } else {
                fresh.add(withId);
            }
        }
        workspace.suggestions().deleteAll(gone);
        return new StoredPart(gone, workspace.suggestions().insertAll(fresh));
    }

    /** The order {@link #list} gives: by range, then id. */
    private static final java.util.Comparator<Suggestion> TEXT_ORDER = java.util.Comparator
            .comparingInt(Suggestion::start).thenComparingInt(Suggestion::end).thenComparingLong(Suggestion::id);

    /** {@link #refresh(long, String, double)} on the article's stored text. */
    public List<Suggestion> refresh(long articleId, double threshold) {
        return refresh(articleId, requireArticle(articleId).currentText(), threshold);
    }

    /** The article's stored suggestions in text order. */
    public List<Suggestion> list(long articleId) {
        return workspace.suggestions().forArticle(articleId);
    }

    /**
     * Turns a suggestion into a claim (origin SUGGESTED with its score and reasons, status the
     * scale's first value) and removes the suggestion, in one transaction. When the text moved
     * since detection, the claim is anchored on the nearest place the sentence still stands.
     *
     * @throws NoSuchElementException when there is no such suggestion
     * @throws IllegalStateException when the sentence is no longer in the article's text
     */
    public Claim accept(long suggestionId) {
        return workspace.inTransaction(() -> {
            Suggestion suggestion = requireSuggestion(suggestionId);
            String text = requireArticle(suggestion.articleId()).currentText();
            int start = locate(text, suggestion);
            if (start < 0) {
                throw new IllegalStateException("The suggested sentence \"" + suggestion.exact()
                        + "\" is no longer in the article's text. Detect suggestions again.");
            }
            Claim claim = claims.addSuggested(suggestion.articleId(),
                    List.of(suggestion.withRange(start, start + suggestion.exact().length()))).get(0);
            workspace.suggestions().delete(suggestionId);
            return claim;
        });
    }

    /**
     * Undo of {@link #accept}: removes the claim (with anything linked to it since) and puts the
     * suggestion back where the claim now is. Returns the suggestion as stored again.
     */
    public Suggestion undoAccept(Claim accepted) {
        return workspace.inTransaction(() -> {
            Claim current = workspace.claims().find(accepted.id()).orElse(accepted);
            workspace.claims().delete(accepted.id());
            ClaimOrigin origin = current.origin();
            return workspace.suggestions().insertAll(List.of(new Suggestion(0, current.articleId(),
                    current.anchor().start(), current.anchor().end(), current.quote(), origin.score(),
                    origin.reasons()))).get(0);
        });
    }

    /**
     * Hides a suggestion for its article and remembers the sentence, so detecting again does not
     * bring it back. Returns the dismissed suggestion: keep it for {@link #undoDismiss}.
     */
    public Suggestion dismiss(long suggestionId) {
        return workspace.inTransaction(() -> {
            Suggestion suggestion = requireSuggestion(suggestionId);
            workspace.suggestions().dismiss(suggestion.articleId(), suggestion.sentenceKey(), context.now());
            workspace.suggestions().delete(suggestionId);
            return suggestion;
        });
    }

    /** Undo of {@link #dismiss}: forgets the dismissal and shows the suggestion again under its id. */
    public Suggestion undoDismiss(Suggestion dismissed) {
        return workspace.inTransaction(() -> {
            requireArticle(dismissed.articleId());
            workspace.suggestions().undismiss(dismissed.articleId(), dismissed.sentenceKey());
            return workspace.suggestions().find(dismissed.id())
                    .orElseGet(() -> workspace.suggestions().insertAll(List.of(dismissed)).get(0));
        });
    }

    /**
     * Detection's suggested sentences of {@code text}, unsaved, for an article (0 while importing):
     * with the full detector, or, when {@code full} is false, the feature model alone (milliseconds
     * for a long text, on the same score scale; the window refines them after opening).
     */
    List<Suggestion> detect(long articleId, String text, double threshold, boolean full) {
        requireThreshold(threshold);
        Detector detector = full ? context.detector() : FeaturesOnly.DETECTOR;
        return suggested(articleId, text, detector.detect(text, threshold));
    }

    private static final class FeaturesOnly {
        static final Detector DETECTOR = Detector.featuresOnly();
    }

    private static List<Suggestion> suggested(long articleId, String text, List<SentenceSuggestion> detected) {
        List<Suggestion> result = new ArrayList<>();
        for (SentenceSuggestion sentence : detected) {
            if (sentence.suggested()) {
                result.add(new Suggestion(0, articleId, sentence.start(), sentence.end(), sentence.textIn(text),
                        sentence.score(), sentence.reasons()));
            }
        }
        return result;
    }

    private static void requireThreshold(double threshold) {
        if (Double.isNaN(threshold) || threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("the detection threshold must be within 0..1, got " + threshold);
        }
    }

    /** Where the sentence stands in {@code text}: at its offsets, else its nearest occurrence, else -1. */
    static int locate(String text, Suggestion suggestion) {
        String exact = suggestion.exact();
        if (text.startsWith(exact, suggestion.start())) {
            return suggestion.start();
        }
        int after = text.indexOf(exact, suggestion.start());
        int before = text.lastIndexOf(exact, suggestion.start());
        if (after < 0 || before < 0) {
            return Math.max(after, before);
        }
        return suggestion.start() - before <= after - suggestion.start() ? before : after;
    }

    private static String identity(Suggestion suggestion) {
        return suggestion.start() + ":" + suggestion.end() + ":" + suggestion.exact();
    }

    private Suggestion requireSuggestion(long suggestionId) {
        return workspace.suggestions().find(suggestionId)
                .orElseThrow(() -> new NoSuchElementException("no suggestion with id " + suggestionId));
    }

    private Article requireArticle(long articleId) {
        return workspace.articles().find(articleId)
                .orElseThrow(() -> new NoSuchElementException("no article with id " + articleId));
    }
}
