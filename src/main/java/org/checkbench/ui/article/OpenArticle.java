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

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.Suggestion;
import org.checkbench.model.Verdict;
import org.checkbench.model.VerdictScale;
import org.checkbench.service.ArticleClaims;
import org.checkbench.service.CarrySummary;
import org.checkbench.service.LoadedArticle;
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
    private final ClaimRecords records;
    private final ClaimPlacement placement;
    private final EarlierCheckTakeOver takeOver;
    private final SharedText shared;
    private final ShownClaims shown;

    public SaveCosts saveCosts() {
        return saving.costs();
    }
    /** Set while {@link ClaimPlacement} replaces a claim's words with its correction: that edit is not "changed since checked". */
    ArticleClaims.Correction correctionInProgress;
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
        this.records = new ClaimRecords(session, tasks, onFailure);
        this.placement = new ClaimPlacement(this, current);
        this.takeOver = new EarlierCheckTakeOver(this);
        this.shared = new SharedText(this, current, saving);
        this.shown = new ShownClaims(this, current, claims, selected, saving);
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

    static List<int[]> rangeOf(Claim claim) {
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

    /** An orphan (usually) was placed at new words by {@link ClaimPlacement#attach}: shown there, selected. */
    void attached(Claim attached, CarrySummary newCarry) {
        Claim before = current.get(attached.id());
        current.put(attached);
        claims.setAll(current.inOrder());
        selected.set(attached);
        carry = newCarry;
        fireClaimsChanged();
        List<int[]> redraw = new ArrayList<>(rangeOf(attached));
        if (before != null && !before.orphaned()) {
            redraw.addAll(rangeOf(before));
        }
        fireHighlightChanged(redraw);
    }

    /** Where the claims' words are in the draft: a correction replaces them, an orphan gets a place again. */
    public ClaimPlacement placement() {
        return placement;
    }

    /** Counts per status and how many claims are checked, for the status bar. */
    public ArticleClaims.Progress progress() {
        return current.progress();
    }

    // --- typing --------------------------------------------------------------------------------

    /** Detection asks {@code windowActivity} whether the checker is working, to leave the window a core. */
    public void watchActivity(CheckerActivity windowActivity) {
        suggestions.watchActivity(windowActivity);
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
        if (shared.applying()) {
            shared.edited(position, removed.length(), inserted.length());
            return;
        }
        suggestions.checkerEdited();
        shared.ownEdit();
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

    // --- others' text (team workspace, ADR 0150) -------------------------------------------------

    /** Called on the FX thread at each change of the text this checker makes (typing, undo, a correction). */
    public void onOwnTextEdit(Runnable listener) {
        shared.onOwnTextEdit(listener);
    }

    /** Called when a save of this window's text was refused: someone else holds the article's text. */
    public void onTextRefused(Consumer<org.checkbench.store.TextHeldElsewhere> listener) {
        shared.onTextRefused(listener);
    }

    /** The text another checker saved, shown in place of this window's ({@link SharedText#show}). */
    public void othersText(String stored) {
        shared.show(stored);
        article = article.withCurrentText(stored);
    }

    void textRefused(org.checkbench.store.TextHeldElsewhere refusal) {
        shared.refused(refusal);
    }

    /** Others' text went on screen: the claims list and the highlights follow. */
    void othersTextShown(ArticleClaims.Edit edit) {
        claims.setAll(current.inOrder());
        fireClaimsChanged();
        fireHighlightChanged(edit.redraw());
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
        if (!verdictId.equals(claim.status())) {
            saveNow();
            editField("Set status", claim, HistoryEntry.FIELD_STATUS, verdictId);
        }
    }

    public void setNote(Claim claim, String note) {
        if (!note.equals(claim.note())) {
            editField("Edit note", claim, HistoryEntry.FIELD_NOTE, note);
        }
    }

    public void setCorrection(Claim claim, String correction) {
        if (!correction.equals(claim.correction())) {
            editField("Edit correction", claim, HistoryEntry.FIELD_CORRECTION, correction);
        }
    }

    /** One undo step that saves {@code value} against what this window saw (a conflict asks), and puts it back. */
    private void editField(String description, Claim claim, String field, String value) {
        change(description, claim, (store, id) -> ClaimEditConflict.save(store, claim, field, value),
                (store, before) -> ClaimFieldUndo.putBack(store, claim, field, value, before));
    }

    /** Asks the checker which value a claim field keeps after a conflicting edit; true for "Use mine". */
    private java.util.function.Predicate<org.checkbench.service.ClaimFieldEdit.Conflict> useMine;

    /**
     * How the window asks, when someone else changed a status, note or correction while this
     * checker edited it, whether to keep theirs or use this checker's (a two-button dialog).
     */
    public void askOnConflict(java.util.function.Predicate<org.checkbench.service.ClaimFieldEdit.Conflict> useMine) {
        this.useMine = useMine;
    }

    /**
     * Someone else's value is stored and shown; the checker chooses. "Use mine" saves theirs over
     * as a new edit made against their value (so a third writer meanwhile is asked about again).
     * False when the window has no way to ask (the conflict is then reported as a message).
     */
    boolean settleConflict(org.checkbench.service.ClaimFieldEdit.Conflict conflict) {
        return ClaimEditConflict.settle(this, conflict, useMine);
    }

    void change(String description, Claim claim, ClaimChangeStep.Change change, ClaimChangeStep.PutBack putBack) {
        ClaimChangeStep step = new ClaimChangeStep(this, description, claim.id(), change, putBack);
        history.record(step);
        step.run();
    }

    /** The claim's attribution, history and source flags, read and written on the worker. */
    public ClaimRecords records() {
        return records;
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

    /** Checked before?: an earlier check's verdict, note or evidence taken over by a claim of this article. */
    public EarlierCheckTakeOver takeOver() {
        return takeOver;
    }

    /** The claim as it is now; list items and the selection may hold an older range. */
    public Claim claim(long id) {
        return current.get(shown.idNow(id)); // a claim marked offline may be asked for by its stand-in id
    }

    /** Every claim as it is now, ranges up to date. */
    public java.util.Collection<Claim> currentClaims() {
        return current.all();
    }

    /** The live claims overlapping [from, to), ranges up to date: what restyling a paragraph needs (issue 18). */
    public List<Claim> liveClaimsIn(int from, int to) {
        return current.liveIn(from, to);
    }

    /** The innermost live claim covering {@code index}, if any. */
    public java.util.Optional<Claim> claimAt(int index) {
        return current.at(index);
    }

    // --- bookkeeping -----------------------------------------------------------------------------

    /** Store answers (claims added, removed, merged, put back) applied to the claims shown. */
    ShownClaims shown() {
        return shown;
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

    void markTextUnsaved() {
        saving.textChanged(List.of());
    }
}
