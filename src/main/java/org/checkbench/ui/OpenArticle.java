package org.checkbench.ui;

import java.util.ArrayList;
import java.util.Comparator;
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

import org.checkbench.anchor.AnchorTracker;
import org.checkbench.anchor.RangeShift;
import org.checkbench.anchor.TextEdit;
import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.Suggestion;
import org.checkbench.model.TextAnchor;
import org.checkbench.model.Verdict;
import org.checkbench.model.VerdictScale;
import org.checkbench.service.LoadedArticle;
import org.checkbench.service.RemovedClaim;
import org.checkbench.service.WorkspaceSession;

/**
 * The article open in the window, with its claims, as the FX thread sees it. Every change is shown
 * at once and written by the background worker; edits to the text are saved once typing pauses,
 * well within a second.
 */
final class OpenArticle {

    /** Where the text lives: the editor. Lets undo and corrections change it the same way typing does. */
    interface TextSurface {
        String text();

        String text(int start, int end);

        void replace(int start, int end, String replacement);
    }

    static final Duration SAVE_DELAY = Duration.millis(400);

    private final WorkspaceSession session;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onFailure;
    private final TextSurface surface;
    private final Article article;
    private final VerdictScale scale;
    private final long revisionId;
    private final AnchorTracker tracker = new AnchorTracker();
    private final Map<Long, Claim> claimsById = new HashMap<>();
    private final ObservableList<Claim> claims = FXCollections.observableArrayList();
    private final ObjectProperty<Claim> selected = new SimpleObjectProperty<>();
    private final UndoHistory history = new UndoHistory();
    private final Set<Long> unsavedClaims = new LinkedHashSet<>();
    private final PauseTransition saveDelay = new PauseTransition(SAVE_DELAY);
    private final List<Runnable> claimListeners = new ArrayList<>();
    private final List<Consumer<List<int[]>>> highlightListeners = new ArrayList<>();
    private final Map<Long, Integer> evidenceCounts = new HashMap<>();
    private final Map<Long, Integer> numbers = new HashMap<>();
    private final ArticleSuggestions suggestions;
    private boolean textUnsaved;
    private CorrectionInProgress correctionInProgress;

    private record CorrectionInProgress(long claimId, int start, int length) {
    }

    OpenArticle(LoadedArticle loaded, Map<Long, Integer> evidenceCounts, List<Suggestion> storedSuggestions,
            DoubleSupplier suggestionThreshold, WorkspaceSession session, BackgroundTasks tasks,
            Consumer<Throwable> onFailure, TextSurface surface) {
        this.session = session;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.surface = surface;
        this.article = loaded.article();
        this.scale = loaded.scale();
        this.revisionId = loaded.latestRevision() == null ? 0 : loaded.latestRevision().id();
        this.evidenceCounts.putAll(evidenceCounts);
        this.suggestions = new ArticleSuggestions(this, storedSuggestions, loaded.article().currentText(), suggestionThreshold);
        loaded.claims().forEach(this::putClaim);
        sortClaims();
        saveDelay.setOnFinished(event -> saveNow());
    }

    Article article() {
        return article;
    }

    VerdictScale scale() {
        return scale;
    }

    WorkspaceSession session() {
        return session;
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    Consumer<Throwable> onFailure() {
        return onFailure;
    }

    TextSurface surface() {
        return surface;
    }

    ObservableList<Claim> claims() {
        return claims;
    }

    ObjectProperty<Claim> selectedProperty() {
        return selected;
    }

    UndoHistory history() {
        return history;
    }

    /** Called after any claim was added, removed or changed, once the list is up to date. */
    void onClaimsChanged(Runnable listener) {
        claimListeners.add(listener);
    }

    /** Called with the text ranges whose highlight must be redrawn (claims or suggestions changed there). */
    void onHighlightChanged(Consumer<List<int[]>> listener) {
        highlightListeners.add(listener);
    }

    void fireHighlightChanged(List<int[]> ranges) {
        if (!ranges.isEmpty()) {
            highlightListeners.forEach(l -> l.accept(ranges));
        }
    }

    private static List<int[]> rangeOf(Claim claim) {
        return List.of(new int[] {claim.anchor().start(), claim.anchor().end()});
    }

    Verdict verdictOf(Claim claim) {
        return scale.find(claim.status()).orElse(scale.initial());
    }

    // --- typing --------------------------------------------------------------------------------

    /** The editor's text changed: claims follow, the change becomes an undo step, a save is scheduled. */
    void textChanged(int position, String removed, String inserted) {
        TextEdit edit = new TextEdit(position, removed.length(), inserted.length());
        suggestions.textChanged(edit);
        if (history.isReplaying()) {
            return; // the step being undone or redone puts its own claim states back
        }
        Map<Long, Claim> before = new HashMap<>();
        Map<Long, Claim> after = new HashMap<>();
        for (AnchorTracker.Change change : tracker.apply(edit, surface::text)) {
            long id = change.after().claimId();
            Claim old = claimsById.get(id);
            Claim updated = followed(old, change);
            before.put(id, old);
            after.put(id, updated);
        }
        CorrectionInProgress correction = correctionInProgress;
        if (correction != null) {
            Claim old = before.getOrDefault(correction.claimId(), claimsById.get(correction.claimId()));
            Claim corrected = old.withAnchor(new TextAnchor(correction.start(), correction.start() + correction.length(),
                    surface.text(correction.start(), correction.start() + correction.length()), "", "", revisionId))
                    .withOrphaned(false);
            before.putIfAbsent(corrected.id(), old);
            after.put(corrected.id(), corrected);
            tracker.put(anchorOf(corrected));
        }
        after.values().forEach(this::putClaim);
        // Claims that only moved keep their order and look: the list and panel need no refresh.
        boolean visibleChange = correction != null || after.entrySet().stream()
                .anyMatch(e -> !sameExceptRange(before.get(e.getKey()), e.getValue()));
        if (visibleChange) {
            sortClaims();
        }
        history.record(new TextEditStep(this, position, removed, inserted, before, after, System.currentTimeMillis(),
                correction != null ? "Apply correction" : "Typing"));
        textUnsaved = true;
        unsavedClaims.addAll(after.keySet());
        saveDelay.playFromStart();
        if (visibleChange) {
            fireClaimsChanged();
            List<int[]> redraw = new ArrayList<>();
            after.forEach((id, claim) -> {
                if (!sameExceptRange(before.get(id), claim) || correction != null) {
                    redraw.add(new int[] {claim.anchor().start(), claim.anchor().end()});
                }
            });
            fireHighlightChanged(redraw);
        }
    }

    private static boolean sameExceptRange(Claim before, Claim after) {
        return before != null && before.quote().equals(after.quote()) && before.orphaned() == after.orphaned()
                && before.changedSinceChecked() == after.changedSinceChecked();
    }

    /** The claim after an edit. Its quote context is refreshed when it is saved, from the saved text. */
    private Claim followed(Claim old, AnchorTracker.Change change) {
        AnchorTracker.Anchor anchor = change.after();
        if (change.effect() == RangeShift.Effect.DELETED) {
            return old.withOrphaned(true);
        }
        TextAnchor range = old.anchor();
        Claim moved = old.withAnchor(new TextAnchor(anchor.start(), anchor.end(), anchor.exact(), range.prefix(),
                range.suffix(), range.revisionId()));
        if (change.effect() == RangeShift.Effect.CHANGED_INSIDE && verdictOf(old).checked()) {
            return moved.withChangedSinceChecked(true);
        }
        return moved;
    }

    /** Ctrl+S, closing, and any claim action: the text in the database must be the text on screen. */
    void saveNow() {
        saveNow(() -> { }, onFailure);
    }

    /**
     * Saves and reports back on the FX thread. A failed save leaves the work marked unsaved, so the
     * next save (or quitting) tries again instead of losing it.
     */
    void saveNow(Runnable onSaved, Consumer<Throwable> onFailed) {
        saveDelay.stop();
        if (!textUnsaved && unsavedClaims.isEmpty()) {
            tasks.run("Wait for pending saves", () -> true, done -> onSaved.run(), onFailed);
            return;
        }
        String text = surface.text();
        // The quote's context (the words around it) is taken afresh from the text being saved.
        List<Claim> changed = unsavedClaims.stream().map(claimsById::get).filter(c -> c != null)
                .map(c -> c.orphaned() || c.anchor().end() > text.length() ? c
                        : c.withAnchor(TextAnchor.of(text, c.anchor().start(), c.anchor().end(), c.anchor().revisionId())))
                .toList();
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
    void mark(int start, int end) {
        saveNow();
        long articleId = article.id();
        tasks.run("Mark a claim", () -> session.claims().mark(articleId, start, end), claim -> {
            addClaim(claim);
            selected.set(claim);
            history.record(new ClaimPresenceStep(this, "Mark claim", claim, false));
        }, onFailure);
    }

    /** Removes a claim at once; undo brings it back with its evidence links. */
    void remove(Claim claim) {
        saveNow();
        dropClaim(claim.id());
        tasks.run("Remove a claim", () -> session.claims().remove(claim.id()), removed -> {
            history.record(new ClaimPresenceStep(this, "Remove claim", removed.claim(), true, removed));
        }, failure -> {
            addClaim(claim);
            onFailure.accept(failure);
        });
    }

    void setStatus(Claim claim, String verdictId) {
        saveNow();
        tasks.run("Set the status", () -> session.claims().setStatus(claim.id(), verdictId), this::replaceClaim, onFailure);
    }

    void setNote(Claim claim, String note) {
        if (note.equals(claim.note())) {
            return;
        }
        tasks.run("Save the note", () -> session.claims().setNote(claim.id(), note), this::replaceClaim, onFailure);
    }

    void setCorrection(Claim claim, String correction) {
        if (correction.equals(claim.correction())) {
            return;
        }
        tasks.run("Save the correction", () -> session.claims().setCorrection(claim.id(), correction),
                this::replaceClaim, onFailure);
    }

    /** Who changed what on a claim, newest last; delivered on the FX thread. */
    void loadHistory(long claimId, Consumer<List<org.checkbench.model.HistoryEntry>> then) {
        tasks.run("Load the claim's history", () -> session.claims().history(claimId), then, onFailure);
    }

    void loadFlags(long claimId, org.checkbench.service.SourcePolicy policy,
            Consumer<List<org.checkbench.service.ClaimFlag>> then) {
        tasks.run("Check the claim's sources", () -> session.claims().flags(claimId, policy), then, onFailure);
    }

    /** Puts the suggested correction into the draft in place of the claim's words: one undo step. */
    void applyCorrection(Claim claim) {
        Claim current = claimsById.get(claim.id());
        if (current == null || current.orphaned() || current.correction().isBlank()) {
            return;
        }
        history.seal();
        String oldText = current.quote();
        String newText = current.correction();
        correctionInProgress = new CorrectionInProgress(current.id(), current.anchor().start(), newText.length());
        try {
            surface.replace(current.anchor().start(), current.anchor().end(), newText);
        } finally {
            correctionInProgress = null;
        }
        history.seal();
        saveNow();
        tasks.run("Record the correction", () -> {
            session.claims().recordAppliedCorrection(current.id(), oldText, newText);
            return session.claims().find(current.id());
        }, this::replaceClaim, onFailure);
    }

    /** The claim as it is now; list items and the selection may hold an older range. */
    Claim claim(long id) {
        return claimsById.get(id);
    }

    /** Every claim as it is now, ranges up to date. */
    java.util.Collection<Claim> currentClaims() {
        return claimsById.values();
    }

    /** The innermost live claim covering {@code index}, if any. */
    java.util.Optional<Claim> claimAt(int index) {
        return claimsById.values().stream()
                .filter(c -> !c.orphaned() && c.anchor().start() <= index && index < c.anchor().end())
                .min(Comparator.comparingInt(c -> c.anchor().end() - c.anchor().start()));
    }

    // --- bookkeeping -----------------------------------------------------------------------------

    void addClaim(Claim claim) {
        suggestions.claimAdded(claim);
        putClaim(claim);
        sortClaims();
        fireClaimsChanged();
        fireHighlightChanged(rangeOf(claim));
    }

    void dropClaim(long id) {
        Claim gone = claimsById.remove(id);
        tracker.remove(id);
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
        Claim onScreen = claimsById.get(fromStore.id());
        Claim merged = onScreen == null ? fromStore
                : fromStore.withAnchor(onScreen.anchor()).withOrphaned(onScreen.orphaned())
                        .withChangedSinceChecked(fromStore.changedSinceChecked() && onScreen.changedSinceChecked());
        putClaim(merged);
        sortClaims();
        if (selected.get() != null && selected.get().id() == merged.id()) {
            selected.set(merged);
        }
        fireClaimsChanged();
        fireHighlightChanged(rangeOf(merged));
    }

    private void putClaim(Claim claim) {
        claimsById.put(claim.id(), claim);
        tracker.put(anchorOf(claim));
    }

    private static AnchorTracker.Anchor anchorOf(Claim claim) {
        return new AnchorTracker.Anchor(claim.id(), claim.anchor().start(), claim.anchor().end(), claim.quote(),
                claim.orphaned());
    }

    private void sortClaims() {
        List<Claim> ordered = new ArrayList<>(claimsById.values());
        ordered.sort(Comparator.comparing(Claim::orphaned).thenComparingInt((Claim c) -> c.anchor().start())
                .thenComparingInt(c -> c.anchor().end()).thenComparingLong(Claim::id));
        numbers.clear();
        for (int i = 0; i < ordered.size(); i++) {
            numbers.put(ordered.get(i).id(), i + 1);
        }
        claims.setAll(ordered);
    }

    /** A claim's number: its place in text order, orphaned claims last (as in the report). */
    int numberOf(Claim claim) {
        return numbers.getOrDefault(claim.id(), 0);
    }

    int evidenceCount(long claimId) {
        return evidenceCounts.getOrDefault(claimId, 0);
    }

    /** The evidence panel linked or unlinked something. */
    void evidenceCountChanged(long claimId, int count) {
        evidenceCounts.put(claimId, count);
        fireClaimsChanged();
    }

    ArticleSuggestions suggestions() {
        return suggestions;
    }

    void fireClaimsChanged() {
        claimListeners.forEach(Runnable::run);
    }

    void restoreClaims(Map<Long, Claim> states) {
        // Claims that only move keep their styles with their text; the others are redrawn.
        List<int[]> redraw = new ArrayList<>();
        for (Claim target : states.values()) {
            Claim now = claimsById.get(target.id());
            if (now == null || !sameExceptRange(now, target)) {
                redraw.add(new int[] {target.anchor().start(), target.anchor().end()});
            }
        }
        states.values().forEach(this::putClaim);
        unsavedClaims.addAll(states.keySet());
        sortClaims();
        Claim current = selected.get();
        if (current != null && states.containsKey(current.id())) {
            selected.set(states.get(current.id()));
        }
        fireClaimsChanged();
        fireHighlightChanged(redraw);
    }



    void markTextUnsaved() {
        textUnsaved = true;
        saveDelay.playFromStart();
    }


}
