package org.checkbench.ui.article;

import org.checkbench.ui.fx.TaskExecutor;
import org.checkbench.ui.undo.UndoHistory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

import javafx.animation.PauseTransition;
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
import org.checkbench.service.LoadedArticle;
import org.checkbench.service.RemovedClaim;
import org.checkbench.service.WorkspaceSession;

/**
 * The article open in the window, with its claims, as the FX thread sees it: UI glue around
 * {@link ArticleClaims}, which decides what an edit does to the claims. Every change is shown at
 * once and written by the background worker; edits to the text are saved once typing pauses, well
 * within a second.
 */
public final class OpenArticle {

    /** Where the text lives: the editor. Lets undo and corrections change it the same way typing does. */
    public interface TextSurface {
        String text();

        String text(int start, int end);

        void replace(int start, int end, String replacement);
    }

    static final Duration SAVE_DELAY = Duration.millis(400);

    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final Consumer<Throwable> onFailure;
    private final TextSurface surface;
    private final Article article;
    private final ArticleClaims current;
    private final ObservableList<Claim> claims = FXCollections.observableArrayList();
    private final ObjectProperty<Claim> selected = new SimpleObjectProperty<>();
    private final UndoHistory history = new UndoHistory();
    private final Set<Long> unsavedClaims = new LinkedHashSet<>();
    private final PauseTransition saveDelay = new PauseTransition(SAVE_DELAY);
    private final List<Runnable> claimListeners = new ArrayList<>();
    private final List<Consumer<List<int[]>>> highlightListeners = new ArrayList<>();
    private final Map<Long, Integer> evidenceCounts = new HashMap<>();
    private final ArticleSuggestions suggestions;
    private boolean textUnsaved;
    private ArticleClaims.Correction correctionInProgress;

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
        claims.setAll(current.inOrder());
        saveDelay.setOnFinished(event -> saveNow());
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

    Consumer<Throwable> onFailure() {
        return onFailure;
    }

    TextSurface surface() {
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

    /** Counts per status and how many claims are checked, for the status bar. */
    public ArticleClaims.Progress progress() {
        return current.progress();
    }

    // --- typing --------------------------------------------------------------------------------

    /** The editor's text changed: claims follow, the change becomes an undo step, a save is scheduled. */
    public void textChanged(int position, String removed, String inserted) {
        suggestions.textChanged(position, removed.length(), inserted.length());
        if (history.isReplaying()) {
            return; // the step being undone or redone puts its own claim states back
        }
        ArticleClaims.Correction correction = correctionInProgress;
        ArticleClaims.Edit edit = current.textEdited(position, removed.length(), inserted.length(), surface::text,
                correction);
        if (edit.visible()) {
            claims.setAll(current.inOrder());
        }
        history.record(new TextEditStep(this, position, removed, inserted, edit.before(), edit.after(),
                System.currentTimeMillis(), correction != null ? "Apply correction" : "Typing"));
        textUnsaved = true;
        unsavedClaims.addAll(edit.after().keySet());
        saveDelay.playFromStart();
        if (edit.visible()) {
            fireClaimsChanged();
            fireHighlightChanged(edit.redraw());
        }
    }

    /** Ctrl+S, closing, and any claim action: the text in the database must be the text on screen. */
    public void saveNow() {
        saveNow(() -> { }, onFailure);
    }

    /**
     * Saves and reports back on the FX thread. A failed save leaves the work marked unsaved, so the
     * next save (or quitting) tries again instead of losing it.
     */
    public void saveNow(Runnable onSaved, Consumer<Throwable> onFailed) {
        saveDelay.stop();
        if (!textUnsaved && unsavedClaims.isEmpty()) {
            tasks.run("Wait for pending saves", () -> true, done -> onSaved.run(), onFailed);
            return;
        }
        String text = surface.text();
        List<Claim> changed = current.forSaving(unsavedClaims, text);
        textUnsaved = false;
        Set<Long> sent = new LinkedHashSet<>(unsavedClaims);
        unsavedClaims.clear();
        long articleId = article.id();
        tasks.run("Save the article", () -> session.articles().saveText(articleId, text, changed),
                saved -> onSaved.run(), failure -> {
                    textUnsaved = true;
                    unsavedClaims.addAll(sent);
                    onFailed.accept(failure);
                });
        suggestions.refreshAfterSave(text);
    }

    /** True while edits wait for their save. */
    boolean hasUnsavedWork() {
        return textUnsaved || !unsavedClaims.isEmpty();
    }

    // --- claims --------------------------------------------------------------------------------

    /** Marks [start, end) as a claim; it is selected once stored. */
    public void mark(int start, int end) {
        saveNow();
        long articleId = article.id();
        tasks.run("Mark a claim", () -> session.claims().mark(articleId, start, end), claim -> {
            addClaim(claim);
            selected.set(claim);
            history.record(new ClaimPresenceStep(this, "Mark claim", claim, false));
        }, onFailure);
    }

    /** Removes a claim at once; undo brings it back with its evidence links. */
    public void remove(Claim claim) {
        saveNow();
        dropClaim(claim.id());
        tasks.run("Remove a claim", () -> session.claims().remove(claim.id()), removed -> {
            history.record(new ClaimPresenceStep(this, "Remove claim", removed.claim(), true, removed));
        }, failure -> {
            addClaim(claim);
            onFailure.accept(failure);
        });
    }

    public void setStatus(Claim claim, String verdictId) {
        saveNow();
        tasks.run("Set the status", () -> session.claims().setStatus(claim.id(), verdictId), this::replaceClaim, onFailure);
    }

    public void setNote(Claim claim, String note) {
        if (note.equals(claim.note())) {
            return;
        }
        tasks.run("Save the note", () -> session.claims().setNote(claim.id(), note), this::replaceClaim, onFailure);
    }

    public void setCorrection(Claim claim, String correction) {
        if (correction.equals(claim.correction())) {
            return;
        }
        tasks.run("Save the correction", () -> session.claims().setCorrection(claim.id(), correction),
                this::replaceClaim, onFailure);
    }

    /** Who made the claim, when and where (ClaimReview), loaded on the worker. */
    public void loadAttribution(long claimId, Consumer<ClaimAttribution> then) {
        tasks.run("Load who made the claim", () -> session.publications().attribution(claimId), then, onFailure);
    }

    public void saveAttribution(ClaimAttribution attribution, Runnable then) {
        tasks.run("Save who made the claim", () -> session.publications().saveAttribution(attribution),
                saved -> then.run(), onFailure);
    }

    /** Who changed what on a claim, newest last; delivered on the FX thread. */
    public void loadHistory(long claimId, Consumer<List<org.checkbench.model.HistoryEntry>> then) {
        tasks.run("Load the claim's history", () -> session.claims().history(claimId), then, onFailure);
    }

    /** Puts the suggested correction into the draft in place of the claim's words: one undo step. */
    public void applyCorrection(Claim claim) {
        Claim now = current.get(claim.id());
        if (now == null || now.orphaned() || now.correction().isBlank()) {
            return;
        }
        history.seal();
        String oldText = now.quote();
        String newText = now.correction();
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
        }, this::replaceClaim, onFailure);
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
        unsavedClaims.remove(id);
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
    private void replaceClaim(Claim fromStore) {
        Claim merged = current.merge(fromStore);
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
        unsavedClaims.addAll(states.keySet());
        claims.setAll(current.inOrder());
        Claim shown = selected.get();
        if (shown != null && states.containsKey(shown.id())) {
            selected.set(states.get(shown.id()));
        }
        fireClaimsChanged();
        fireHighlightChanged(redraw);
    }

    void markTextUnsaved() {
        textUnsaved = true;
        saveDelay.playFromStart();
    }
}
