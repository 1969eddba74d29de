package org.checkbench.ui.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimAttribution;
import org.checkbench.model.Suggestion;
import org.checkbench.model.Verdict;
import org.checkbench.model.VerdictScale;
import org.checkbench.service.ArticleClaims;
import org.checkbench.service.ClaimFlag;
import org.checkbench.service.CarrySummary;
import org.checkbench.service.LoadedArticle;
import org.checkbench.service.RemovedClaim;
import org.checkbench.service.SourcePolicy;
import org.checkbench.service.TypingJournal;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.fx.TaskExecutor;
import org.checkbench.ui.undo.UndoHistory;

/**
 * The article open in the window, with its claims, as the FX thread sees it: UI glue around
 * {@link ArticleClaims}, which decides what an edit does to the claims. Every change is shown at
 * once and written by the background worker ({@link ArticleSaving} says when the text goes); every
 * change the checker makes is one step in {@link #history()}, recorded the moment they make it.
 */
public final class OpenArticle {

    /** Where the text lives: the editor. Lets undo and corrections change it the same way typing does. */
    public interface TextSurface {
        String text();

        String text(int start, int end);

        void replace(int start, int end, String replacement);

        /** The characters on screen, {start, end}: detection scores them first. */
        default int[] visibleRange() {
            return new int[] {0, Math.min(text().length(), 3000)};
        }
    }

    /**
     * Hears when detection of the open article has finished, on the FX thread (the status bar; its
     * progress shows there as a running task).
     */
    public interface DetectionListener {
        DetectionListener NONE = new DetectionListener() { };

        /** Detection finished; {@code notice} says why suggestions come from the simpler model, if they do. */
        default void finished(java.util.Optional<String> notice) { }
    }

    static final Duration SAVE_DELAY = ArticleSaving.SAVE_DELAY;
    static final Duration MAX_SAVE_WAIT = ArticleSaving.MAX_SAVE_WAIT;

    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final Consumer<Throwable> onFailure;
    private final TextSurface surface;
    private Article article;
    private final ArticleClaims current;
    private final ObservableList<Claim> claims = FXCollections.observableArrayList();
    private final ObjectProperty<Claim> selected = new SimpleObjectProperty<>();
    private final UndoHistory history = new UndoHistory();
    private final List<Runnable> claimListeners = new ArrayList<>();
    private final List<Consumer<List<int[]>>> highlightListeners = new ArrayList<>();
    private final Map<Long, Integer> evidenceCounts = new HashMap<>();
    private final List<Runnable> detailsListeners = new ArrayList<>();
    private final ArticleSuggestions suggestions;
    private final ArticleSaving saving;
    private DetectionListener detectionListener = DetectionListener.NONE;

    /** What saving while typing costs, printed by the editor benchmark (issue 17). */
    public static final class SaveCosts {
        public long saves;
        public long fxNanos;
        public final java.util.concurrent.atomic.AtomicLong workerNanos = new java.util.concurrent.atomic.AtomicLong();
        public long journalAppends;
        public long journalNanos;
    }

    public SaveCosts saveCosts() {
        return saving.costs();
    }
    private ArticleClaims.Correction correctionInProgress;
    private CarrySummary carry = CarrySummary.NONE;

    public OpenArticle(LoadedArticle loaded, Map<Long, Integer> evidenceCounts, List<Suggestion> storedSuggestions,
            DoubleSupplier suggestionThreshold, WorkspaceSession session, TaskExecutor tasks,
            Consumer<Throwable> onFailure, TextSurface surface) {
        this.session = session;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.surface = surface;
        this.article = loaded.article();
        this.current = new ArticleClaims(loaded.scale(),
                loaded.latestRevision() == null ? 0 : loaded.latestRevision().id(), loaded.claims());
        this.evidenceCounts.putAll(evidenceCounts);
        this.suggestions = new ArticleSuggestions(this, storedSuggestions, loaded.article().currentText(), suggestionThreshold);
        this.saving = new ArticleSaving(this, current);
        claims.setAll(current.inOrder());
    }

    public Article article() {
        return article;
    }

    public VerdictScale scale() {
        return current.scale();
    }

    public WorkspaceSession session() {
        return session;
    }

    TaskExecutor tasks() {
        return tasks;
    }

    DetectionListener detectionListener() {
        return detectionListener;
    }

    public void setDetectionListener(DetectionListener listener) {
        this.detectionListener = listener;
    }

    Consumer<Throwable> onFailure() {
        return onFailure;
    }

    public TextSurface surface() {
        return surface;
    }

    public ObservableList<Claim> claims() {
        return claims;
    }

    public ObjectProperty<Claim> selectedProperty() {
        return selected;
    }

    public UndoHistory history() {
        return history;
    }

    /** Called after any claim was added, removed or changed, once the list is up to date. */
    public void onClaimsChanged(Runnable listener) {
        claimListeners.add(listener);
    }

    /** Called after the article's details (title, scale…) changed, once they are shown in this object. */
    public void onDetailsChanged(Runnable listener) {
        detailsListeners.add(listener);
    }

    /** File > Article details…: saved and shown in place as one undo step; the undo history stays. */
    public void editDetails(Article edited) {
        ArticleDetailsStep step = new ArticleDetailsStep(this, edited);
        history.record(step);
        step.run();
    }

    /** New details came back from the database; a new scale brings its claims' statuses with it. */
    void detailsFromStore(ArticleDetailsStep.Saved saved) {
        article = saved.article();
        if (!saved.claims().isEmpty()) {
            current.useScale(org.checkbench.model.VerdictScales.byId(saved.article().scaleId()));
            saved.claims().forEach(current::merge);
            claims.setAll(current.inOrder());
        }
        detailsListeners.forEach(Runnable::run);
        if (!saved.claims().isEmpty()) {
            fireClaimsChanged();
            fireHighlightChanged(current.all().stream().filter(c -> !c.orphaned()).map(OpenArticle::rangeOf)
                    .flatMap(List::stream).toList());
        }
    }

    /** Called with the text ranges whose highlight must be redrawn (claims or suggestions changed there). */
    public void onHighlightChanged(Consumer<List<int[]>> listener) {
        highlightListeners.add(listener);
    }

    void fireHighlightChanged(List<int[]> ranges) {
        if (!ranges.isEmpty()) {
            highlightListeners.forEach(l -> l.accept(ranges));
        }
    }

    private static List<int[]> rangeOf(Claim claim) {
        return List.of(ArticleClaims.rangeOf(claim));
    }

    public Verdict verdictOf(Claim claim) {
        return current.verdictOf(claim);
    }

    /** What the latest revision did to the claims (unchanged, changed, orphaned); empty for a first revision. */
    public CarrySummary carry() {
        return carry;
    }

    public void setCarry(CarrySummary summary) {
        this.carry = summary == null ? CarrySummary.NONE : summary;
        fireClaimsChanged();
    }

    /**
     * Attaches a claim (an orphan, usually) to [start, end) of the text: saved first, then the
     * claim is placed there with its status, notes, evidence and history, and the history says so.
     */
    public void attach(Claim claim, int start, int end, Runnable onAttached) {
        saveNow();
        long articleId = article.id();
        tasks.run("Attach the claim", () -> new Attached(session.drafts().attach(claim.id(), start, end),
                session.drafts().lastCarry(articleId)), result -> {
            Claim attached = result.claim();
            Claim before = current.get(attached.id());
            current.put(attached);
            claims.setAll(current.inOrder());
            selected.set(attached);
            carry = result.carry();
            fireClaimsChanged();
            List<int[]> redraw = new ArrayList<>(rangeOf(attached));
            if (before != null && !before.orphaned()) {
                redraw.addAll(rangeOf(before));
            }
            fireHighlightChanged(redraw);
            onAttached.run();
        }, onFailure);
    }

    private record Attached(Claim claim, CarrySummary carry) {
    }

    /** Counts per status and how many claims are checked, for the status bar. */
    public ArticleClaims.Progress progress() {
        return current.progress();
    }

    // --- typing --------------------------------------------------------------------------------

    /** The window's; set when the article is shown (until then detection may use every lane). */
    private CheckerActivity activity = new CheckerActivity();

    /** Detection asks {@code windowActivity} whether the checker is working, to leave the window a core. */
    public void watchActivity(CheckerActivity windowActivity) {
        activity = windowActivity;
    }

    /** True shortly after the checker's last key, click, scroll or edit (any thread). */
    boolean checkerActive() {
        return activity.active();
    }

    /**
     * The article leaves the window (another article or workspace is shown, or the app quits): its
     * detection stops at its next batch and stores nothing more. Saving is not affected.
     */
    public void stopDetection() {
        suggestions.close();
    }

    /** The editor's text changed: claims follow, the change becomes an undo step, a save is scheduled. */
    public void textChanged(int position, String removed, String inserted) {
        activity.acted();
        saving.journal(position, removed.length(), inserted);
        suggestions.textChanged(position, removed.length(), inserted.length());
        saving.textMoved(position);
        if (history.isReplaying()) {
            // Claims that only moved are not in the step being undone or redone: they follow the text
            // here, and the step then puts back the claims it changed (ADR 0142).
            current.textEdited(position, removed.length(), inserted.length(), surface::text, null);
            return;
        }
        ArticleClaims.Correction correction = correctionInProgress;
        ArticleClaims.Edit edit = current.textEdited(position, removed.length(), inserted.length(), surface::text,
                correction);
        if (edit.visible()) {
            claims.setAll(current.inOrder());
        }
        history.record(new TextEditStep(this, position, removed, inserted, edit.before(), edit.after(),
                System.currentTimeMillis(), correction != null ? "Apply correction" : "Typing"));
        saving.textChanged(edit.after().keySet());
        if (edit.visible()) {
            fireClaimsChanged();
            fireHighlightChanged(edit.redraw());
        }
    }

    /**
     * Find and replace: each range (in text order) gets {@code replacement}, all in one undo step.
     * Each is an edit like typing, so claims follow and an edit inside a checked claim marks it
     * changed since checked. Applied last first, so the earlier ranges stay where they were.
     */
    public void replace(String description, List<int[]> ranges, String replacement) {
        if (ranges.isEmpty()) {
            return;
        }
        history.group(description, () -> {
            for (int i = ranges.size() - 1; i >= 0; i--) {
                surface.replace(ranges.get(i)[0], ranges.get(i)[1], replacement);
            }
        });
        history.seal();
    }

    /** Ctrl+S, closing, and any claim action: the text in the database must be the text on screen. */
    public void saveNow() {
        saving.saveNow();
    }

    /**
     * Saves and reports back on the FX thread. A failed save leaves the work marked unsaved, so the
     * next save (or quitting) tries again instead of losing it.
     */
    public void saveNow(Runnable onSaved, Consumer<Throwable> onFailed) {
        saving.saveNow(onSaved, onFailed);
    }

    /**
     * Every edit is appended to {@code typing} as it is made, until the article is closed; the
     * journal must have been started on the text shown.
     */
    public void useJournal(TypingJournal typing) {
        saving.useJournal(typing);
    }

    /** Saves, then removes the journal: the article is being closed with everything in the workspace. */
    public void saveAndClose(Runnable onSaved, Consumer<Throwable> onFailed) {
        saving.saveAndClose(onSaved, onFailed);
    }

    /** True while edits wait for their save. */
    boolean hasUnsavedWork() {
        return saving.hasUnsavedWork();
    }

    // --- claims --------------------------------------------------------------------------------

    /** Marks [start, end) as a claim; it is selected once stored. One undo step from the moment it is asked for. */
    public void mark(int start, int end) {
        saveNow();
        ClaimPresenceStep.mark(this, start, end);
    }

    /** Removes a claim at once; undo brings it back with its evidence links. */
    public void remove(Claim claim) {
        saveNow();
        ClaimPresenceStep.remove(this, claim);
    }

    /** Rates the claim; undo puts back the status, checker and "changed since checked" it had. */
    public void setStatus(Claim claim, String verdictId) {
        if (verdictId.equals(claim.status())) {
            return;
        }
        saveNow();
        change("Set status", claim, (store, id) -> store.claims().setStatus(id, verdictId),
                (store, before) -> store.claims().putBackVerdict(before.id(), before));
    }

    public void setNote(Claim claim, String note) {
        if (note.equals(claim.note())) {
            return;
        }
        change("Edit note", claim, (store, id) -> store.claims().setNote(id, note),
                (store, before) -> store.claims().setNote(before.id(), before.note()));
    }

    public void setCorrection(Claim claim, String correction) {
        if (correction.equals(claim.correction())) {
            return;
        }
        change("Edit correction", claim, (store, id) -> store.claims().setCorrection(id, correction),
                (store, before) -> store.claims().setCorrection(before.id(), before.correction()));
    }

    private void change(String description, Claim claim, ClaimChangeStep.Change change, ClaimChangeStep.PutBack putBack) {
        ClaimChangeStep step = new ClaimChangeStep(this, description, claim.id(), change, putBack);
        history.record(step);
        step.run();
    }

    /** Who made the claim, when and where (ClaimReview), loaded on the worker. */
    public void loadAttribution(long claimId, Consumer<ClaimAttribution> then) {
        tasks.run("Load who made the claim", () -> session.publications().attribution(claimId), then, onFailure);
    }

    public void saveAttribution(ClaimAttribution attribution, Runnable then) {
        tasks.run("Save who made the claim", () -> session.publications().saveAttribution(attribution),
                saved -> then.run(), onFailure);
    }

    private final CheckedBeforeMarks checkedBefore = new CheckedBeforeMarks();

    /**
     * A new answer for the "checked before" marks: the best earlier check of each unrated claim and
     * of each suggested sentence that has one. Only the claims and suggestions whose mark changed
     * are redrawn.
     */
    public void setCheckedBeforeMarks(Map<Long, org.checkbench.service.MatchFound> claimMarks,
            Map<String, org.checkbench.service.MatchFound> sentenceMarks) {
        fireHighlightChanged(checkedBefore.replace(claimMarks, sentenceMarks, current.all(), suggestions.items()));
    }

    public CheckedBeforeMarks checkedBefore() {
        return checkedBefore;
    }

    /** Checked before?: the earlier verdict and note become this claim's (history says from where). */
    public void takeVerdictFrom(Claim claim, org.checkbench.model.DocumentKey from) {
        saveNow();
        change("Copy earlier verdict", claim, (store, id) -> store.takeOver().copyVerdict(from, id), (store, before) -> {
            store.claims().putBackVerdict(before.id(), before);
            return store.claims().setNote(before.id(), before.note());
        });
    }

    /** Checked before?: the earlier check's evidence is linked to this claim too; one undo step. */
    public void takeEvidenceFrom(Claim claim, org.checkbench.model.DocumentKey from, Runnable then) {
        SameEvidenceStep step = new SameEvidenceStep(this, claim.id(), from, then);
        history.record(step);
        step.redo();
    }

    /** Who changed what on a claim, newest last; delivered on the FX thread. */
    public void loadHistory(long claimId, Consumer<List<org.checkbench.model.HistoryEntry>> then) {
        tasks.run("Load the claim's history", () -> session.claims().history(claimId), then, onFailure);
    }

    /** The claim's source flags under {@code policy} (the same ones the report prints). */
    public void loadFlags(long claimId, SourcePolicy policy, Consumer<List<ClaimFlag>> then) {
        tasks.run("Check the claim's sources", () -> session.claims().flags(claimId, policy), then, onFailure);
    }

    /** Puts the claim's stored suggested correction into the draft; see {@link #applyCorrection(Claim, String)}. */
    public void applyCorrection(Claim claim) {
        Claim now = current.get(claim.id());
        applyCorrection(claim, now == null ? "" : now.correction());
    }

    /**
     * Puts {@code correction} into the draft in place of the claim's words: one undo step. The
     * words are passed in, not read from the stored claim: the correction just typed may still be
     * on its way to the database (issue 14: Apply to draft did nothing on the first click).
     */
    public void applyCorrection(Claim claim, String correction) {
        Claim now = current.get(claim.id());
        if (now == null || now.orphaned() || correction == null || correction.isBlank()) {
            return;
        }
        history.seal();
        String oldText = now.quote();
        String newText = correction;
        correctionInProgress = new ArticleClaims.Correction(now.id(), now.anchor().start(), newText.length());
        try {
            surface.replace(now.anchor().start(), now.anchor().end(), newText);
        } finally {
            correctionInProgress = null;
        }
        history.seal();
        saveNow();
        tasks.run("Record the correction", () -> {
            session.claims().recordAppliedCorrection(now.id(), oldText, newText);
            return session.claims().find(now.id());
        }, this::claimFromStore, onFailure);
    }

    /** The claim as it is now; list items and the selection may hold an older range. */
    public Claim claim(long id) {
        return current.get(id);
    }

    /** Every claim as it is now, ranges up to date. */
    public java.util.Collection<Claim> currentClaims() {
        return current.all();
    }

    /** The innermost live claim covering {@code index}, if any. */
    public java.util.Optional<Claim> claimAt(int index) {
        return current.at(index);
    }

    // --- bookkeeping -----------------------------------------------------------------------------

    void addClaim(Claim claim) {
        suggestions.claimAdded(claim);
        current.put(claim);
        claims.setAll(current.inOrder());
        fireClaimsChanged();
        fireHighlightChanged(rangeOf(claim));
    }

    void dropClaim(long id) {
        Claim gone = current.remove(id);
        saving.forget(id);
        if (gone != null) {
            claims.removeIf(c -> c.id() == id);
            if (selected.get() != null && selected.get().id() == id) {
                selected.set(null);
            }
            fireClaimsChanged();
            fireHighlightChanged(rangeOf(gone));
        }
    }

    /** A claim came back from the database with new fields; the anchor on screen stays authoritative. */
    void claimFromStore(Claim fromStore) {
        showMerged(current.merge(fromStore));
    }

    /**
     * An undo put a claim's fields back in the database: they are shown as stored, including
     * "changed since checked" (which a new rating had cleared); the anchor on screen stays.
     */
    void claimPutBack(Claim fromStore) {
        Claim onScreen = current.get(fromStore.id());
        if (onScreen == null) {
            return;
        }
        current.put(fromStore.withAnchor(onScreen.anchor()).withOrphaned(onScreen.orphaned())
                .withChangedSinceChecked(fromStore.changedSinceChecked() || onScreen.changedSinceChecked()));
        showMerged(current.get(fromStore.id()));
    }

    private void showMerged(Claim merged) {
        claims.setAll(current.inOrder());
        if (selected.get() != null && selected.get().id() == merged.id()) {
            selected.set(merged);
        }
        fireClaimsChanged();
        fireHighlightChanged(rangeOf(merged));
    }

    /** A claim's number: its place in text order, orphaned claims last (as in the report). */
    public int numberOf(Claim claim) {
        return current.numberOf(claim.id());
    }

    public int evidenceCount(long claimId) {
        return evidenceCounts.getOrDefault(claimId, 0);
    }

    /** The evidence panel linked or unlinked something. */
    public void evidenceCountChanged(long claimId, int count) {
        evidenceCounts.put(claimId, count);
        fireClaimsChanged();
    }

    public ArticleSuggestions suggestions() {
        return suggestions;
    }

    void fireClaimsChanged() {
        claimListeners.forEach(Runnable::run);
    }

    void restoreClaims(Map<Long, Claim> states) {
        List<int[]> redraw = current.restore(states);
        saving.claimsChanged(states.keySet());
        claims.setAll(current.inOrder());
        Claim shown = selected.get();
        if (shown != null && states.containsKey(shown.id())) {
            selected.set(states.get(shown.id()));
        }
        fireClaimsChanged();
        fireHighlightChanged(redraw);
    }

    void markTextUnsaved() {
        saving.textChanged(List.of());
    }
}
