package org.checkbench.ui.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.checkbench.model.Claim;
import org.checkbench.model.Suggestion;
import org.checkbench.service.FirstPartAhead;
import org.checkbench.service.ShownSuggestions;
import org.checkbench.service.SuggestionPlaces;
import org.checkbench.service.SuggestionService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.fx.BackgroundTask;

/**
 * The sentences detection suggests for the open article, as shown. They follow edits until the
 * next detection pass (run on its own thread after each save) replaces them; a sentence the edit
 * touched disappears until then rather than show a wrong range.
 */
public final class ArticleSuggestions {

    private final OpenArticle open;
    private final DoubleSupplier threshold;
    private final ObservableList<Suggestion> items = FXCollections.observableArrayList();
    /**
     * Where {@link #items} are while the checker types: a keystroke moves their places, not their
     * objects; the list is caught up when it is read whole (ADR 0115).
     */
    private final SuggestionPlaces places = new SuggestionPlaces();
    /** Counts edits: a detection's answers refer to the text they ran on, an edit since makes them out of date. */
    private long textVersion;
    /** Counts detections; only the latest one's answers are stored and shown. FX thread. */
    private long detectionRun;
    /** The latest detection, to stop it when a newer one starts or the article closes. FX thread. */
    private BackgroundTask<List<Suggestion>> detecting;
    /** The newest detection asked for while {@link #detecting} was stopping; starts when that one ends. FX thread. */
    private WaitingDetection waiting;
    /** Whether this article's last detection was stopped before its end: the next one takes up its rest (ADR 0159). FX thread. */
    private boolean lastDetectionStopped;
    private boolean latestResumesAStoppedOne;
    /**
     * A detection asked for while the checker was still typing: it starts once typing pauses
     * ({@link #typingPaused}), unless a newer one replaced it. FX thread.
     */
    private WaitingDetection deferred;
    /** Fires {@link ArticleSaving#SAVE_DELAY} after the last edit while a detection is {@link #deferred}. */
    private final PauseTransition typingPause = new PauseTransition(ArticleSaving.SAVE_DELAY);
    /** {@link System#nanoTime()} of the last edit. FX thread. */
    private long lastEditAt = System.nanoTime() - TYPING_NANOS;
    /** Set on the FX thread when the article closes; read by the worker before it stores anything. */
    private volatile boolean closed;

    /**
     * @param stored the suggestions stored with the article; those whose words are not at their
     *     range in {@code text} (stored before a new draft replaced it) wait for the next detection
     */
    ArticleSuggestions(OpenArticle open, List<Suggestion> stored, String text, DoubleSupplier threshold) {
        this.open = open;
        this.threshold = threshold;
        show(ShownSuggestions.stillInPlace(stored, text));
        typingPause.setOnFinished(event -> typingPaused());
    }

    /** Every suggestion shown, at its place (those moved by typing since the last read are caught up now). */
    public ObservableList<Suggestion> items() {
        catchUp();
        return items;
    }

    /** How many are shown; asked at each refresh of the actions (after each key), so nothing is caught up. */
    public int count() {
        return places.size();
    }

    /**
     * How many shown suggestions {@code marks} has an earlier check of. Read from their words, not
     * their places, so nothing is caught up: the status line asks after every visible edit.
     */
    public long countCheckedBefore(CheckedBeforeMarks marks) {
        return marks.countSuggestions(places.unplaced());
    }

    /** Those overlapping [from, to), at their places, the others not caught up: a keystroke's restyle (ADR 0115). */
    public List<Suggestion> overlapping(int from, int to) {
        return places.overlapping(from, to);
    }

    /** The suggestion covering {@code index}; asked on every caret move (Accept and Dismiss follow it), so a plain loop. */
    public Optional<Suggestion> at(int index) {
        return Optional.ofNullable(places.at(index));
    }

    /** The first suggestion starting after {@code index}, wrapping round to the first. */
    public Optional<Suggestion> next(int index) {
        catchUp();
        return items.stream().filter(s -> s.start() > index).min(Comparator.comparingInt(Suggestion::start))
                .or(() -> items.stream().min(Comparator.comparingInt(Suggestion::start)));
    }

    /** The suggestion's place in text order, from 1. */
    public int placeOf(Suggestion suggestion) {
        catchUp();
        int place = 1;
        for (Suggestion other : items) {
            if (other.start() < suggestion.start()) {
                place++;
            }
        }
        return place;
    }

    /** Told each time a detection's part on screen is stored and shown (the benchmark times it). FX thread. */
    private final List<Runnable> firstPartShown = new ArrayList<>();

    /** Runs {@code listener} on the FX thread each time the part on screen of a detection is shown. */
    public void onFirstPartShown(Runnable listener) {
        firstPartShown.add(listener);
    }

    /** The window's; set when the article is shown (until then detection may use every lane). */
    private volatile CheckerActivity activity = new CheckerActivity();

    void watchActivity(CheckerActivity windowActivity) {
        activity = windowActivity;
    }

    /** The checker's own edit (not others' text shown): their activity, which background work waits out. */
    void checkerEdited() {
        activity.acted();
    }

    void textChanged(int position, int removedLength, int insertedLength) {
        textVersion++;
        lastEditAt = System.nanoTime();
        if (deferred != null) {
            typingPause.playFromStart();
        }
        List<Suggestion> left = places.edited(position, removedLength, insertedLength);
        if (left != null) {
            items.setAll(left);
        }
    }

    /** The moved suggestions' objects, made when the list is read whole rather than at every key. */
    private void catchUp() {
        if (places.moved()) {
            items.setAll(places.caughtUp());
        }
    }

    private void show(List<Suggestion> shown) {
        items.setAll(shown);
        places.reset(shown);
    }

    /** A claim now covers these characters: a suggestion there is no longer news. */
    void claimAdded(Claim claim) {
        catchUp();
        List<Suggestion> covered = items.stream().filter(s -> s.overlaps(claim.anchor().start(), claim.anchor().end())).toList();
        covered.forEach(this::drop);
    }

    /**
     * Runs detection on the text just saved, on a thread of its own (saves never queue behind it),
     * with its progress in the status bar: the part on screen first, stored and shown at once, then
     * the rest. Only the newest detection counts: a newer one stops an older one at its next batch
     * (what it scored is remembered), and an answer is shown only if nobody typed meanwhile (its
     * ranges refer to that text). One detection runs at a time: while a stopped one is finishing its
     * batch, the newest text waits for it (a newer save replaces the one waiting), so steady typing
     * never has several detections, each with its own copy of the text and its sentences, running
     * side by side (issue 18: seven at once held ~40 MB of heap and the cores). A save while the
     * checker is still typing (an edit less than {@link ArticleSaving#SAVE_DELAY} ago) starts none:
     * its answer could not be shown; the detection starts when typing pauses. The database writes
     * go to the worker, in order with the saves, and are dropped once the article is closed. Called
     * on the FX thread.
     */
    public void refreshAfterSave(Supplier<String> savedText) {
        if (closed) {
            return;
        }
        long version = textVersion;
        long run = ++detectionRun;
        if (System.nanoTime() - lastEditAt < TYPING_NANOS) {
            // Still typing (a save during steady typing): the next key would make the answer out of
            // date before it is shown, so detecting now only costs the cores and the heap the typing
            // needs (issue 18). It starts when typing pauses, on this text unless a newer save comes.
            // Not the text itself: held until the pause, each save's 2 MB copy outlived a young
            // collection or two and was promoted, filling the old generation towards a full one.
            // At the pause the text on screen is this one (no edit since, or it is not started).
            deferred = new WaitingDetection(null, version, run);
            waiting = null;
            if (detecting != null) {
                detecting.cancel();
            }
            typingPause.playFromStart();
            return;
        }
        deferred = null;
        typingPause.stop();
        if (detecting != null) {
            detecting.cancel();
            waiting = new WaitingDetection(savedText, version, run);
            return;
        }
        start(savedText, version, run);
    }

    private void start(Supplier<String> savedText, long version, long run) {
        WorkspaceSession session = open.session();
        long articleId = open.article().id();
        double wanted = threshold.getAsDouble();
        int[] visible = open.surface().visibleRange();
        // The detection as opened, of the part detected ahead (ADR 0118): it waits for those scores
        // rather than score the same sentences beside it, and shows the same answers once more.
        FirstPartAhead early = run == asOpenedRun && ahead != null && ahead.covers(visible[0], visible[1]) ? ahead : null;
        boolean resumes = lastDetectionStopped;
        latestResumesAStoppedOne = resumes;
        BackgroundTask<List<Suggestion>> task = BackgroundTask.withProgress(TITLE, progress -> {
            if (early != null) {
                early.awaitFirstPart(progress::isCancelled);
            }
            SuggestionService service = session.suggestions();
            double cutoff = wanted < 0 ? service.defaultThreshold() : wanted;
            WindowDetectionProgress detection = new WindowDetectionProgress(progress, () -> activity, () -> closed, resumes,
                    (suggested, settled) -> Platform.runLater(() -> storePart(run, version,
                            () -> service.storeSettledPart(articleId, suggested, settled), () -> { })),
                    suggested -> Platform.runLater(() -> storePart(run, version,
                            () -> service.storeFirstPart(articleId, suggested, visible[0], visible[1]),
                            this::firstPartShown)));
            detection.awaitRest();
            return service.detect(articleId, savedText.get(), cutoff, visible[0], visible[1], detection);
        }).inBackground();
        detecting = task;
        open.tasks().execute(task.onSuccess(detected -> {
            ended(task, false);
            DetectionListener listener = open.detectionListener();
            Optional<String> notice = session.suggestions().detectionNotice();
            store(run, version, () -> session.suggestions().store(articleId, detected), () -> listener.finished(notice));
        }).onFailure(failure -> {
            ended(task, false);
            if (!closed && run == detectionRun) {
                open.tasks().reportFailure(TITLE, failure);
            }
        }).onCancelled(() -> ended(task, true)));
    }

    /** Whether the latest detection started takes up the rest of a stopped one, so runs on one lane. FX thread. */
    public boolean latestDetectionResumesAStoppedOne() {
        return latestResumesAStoppedOne;
    }

    /** A detection stopped or answered: the one waiting for it, if any, starts now. FX thread. */
    private void ended(BackgroundTask<List<Suggestion>> task, boolean stopped) {
        if (detecting != task) {
            return;
        }
        detecting = null;
        lastDetectionStopped = stopped;
        WaitingDetection next = waiting;
        waiting = null;
        if (next != null && !closed) {
            start(next.text(), next.version(), next.run());
        }
    }

    /** Typing paused with a detection {@link #deferred}: it starts now if its text is still the one on screen. */
    private void typingPaused() {
        WaitingDetection next = deferred;
        deferred = null;
        if (next == null || closed || next.run() != detectionRun || next.version() != textVersion) {
            return; // keys typed since: their save asks for detection again
        }
        if (detecting != null) {
            // the one stopped when this was deferred is finishing its batch
            waiting = new WaitingDetection(open.surface().textSnapshot(), next.version(), next.run());
            return;
        }
        start(open.surface().textSnapshot(), next.version(), next.run());
    }

    /**
     * The first detection of the article as opened ({@code openedText}), unless the text was
     * edited or a detection ran since: then a save has run, or will run, detection on newer text.
     * Called on the FX thread once the article is on screen.
     */
    public void detectAsOpened(String openedText) {
        if (textVersion == 0 && detectionRun == 0) {
            asOpenedRun = 1;
            refreshAfterSave(() -> openedText);
        }
    }

    /** The part on screen detected as the text was read (ADR 0118), or null. FX thread. */
    private FirstPartAhead ahead;
    private AheadAnswers aheadAnswers;
    /** The run {@link #detectAsOpened} started (0: none): the ahead part's answers are that detection's. */
    private long asOpenedRun;

    /**
     * Stores and shows what {@code early} detects of the part on screen as it comes (null: nothing
     * was detected ahead), while it is what the detection as opened shows there: nothing edited, no
     * other detection started, the same threshold (ADR 0118); those there before {@code scene}'s next
     * layout are shown in it (null: when the worker answers). FX thread, before the window's layout.
     */
    public void takeAhead(FirstPartAhead early, javafx.scene.Scene scene) {
        if (early == null || early.articleId() != open.article().id()) {
            return;
        }
        ahead = early;
        aheadAnswers = AheadAnswers.show(this, open.session().suggestions(), open.tasks(), early, scene);
    }

    /**
     * The article's text is in the editor and not styled yet: what was detected ahead and is stored by now
     * joins the suggestions its first styling draws, rather than being applied and redrawn after the
     * screen is built (ADR 0167). FX thread.
     */
    public void showAheadStoredBeforeStyling() {
        if (aheadAnswers != null) {
            aheadAnswers.textShown();
        }
    }

    /** The article's screen is built: what was detected ahead and is stored by now is shown (ADR 0176, 0177). FX thread. */
    public void showAheadStored() {
        if (aheadAnswers != null) {
            aheadAnswers.screenBuilt();
        }
    }

    /** Whether fresh suggestions detected ahead are shown already (the editor benchmark times them). FX thread. */
    public boolean aheadShown() {
        return aheadAnswers != null && aheadAnswers.anyShown();
    }

    /** Whether {@code early}'s answers are what the detection as opened would show: see {@link #takeAhead}. FX thread. */
    boolean aheadCurrent(FirstPartAhead early) {
        return ahead == early && !closed && textVersion == 0 && (detectionRun == 0 || detectionRun == asOpenedRun)
                && early.wanted() == threshold.getAsDouble();
    }

    /** Whether the article was closed: nothing more is stored or shown. */
    boolean isClosed() {
        return closed || open.session().suggestions().workspaceClosed();
    }

    /** The detection's part on screen was shown: the listeners hear it. FX thread. */
    void firstPartShown() {
        firstPartShown.forEach(Runnable::run);
        org.checkbench.service.OpeningTimeline.shownThenPrint("part on screen shown");
    }

    /**
     * A detection asked for while another was still stopping: the text it runs on (null while it is
     * {@link #deferred}: the text on screen when typing pauses) and what it answers to.
     */
    private record WaitingDetection(Supplier<String> text, long version, long run) {
    }

    /** An edit less than this long ago means the checker is still typing (as {@link ArticleSaving} counts a pause). */
    private static final long TYPING_NANOS = (long) (ArticleSaving.SAVE_DELAY.toMillis() * 1_000_000);

    /** What the status bar calls detection while it runs, and the title of its errors. */
    static final String TITLE = "Find check-worthy sentences";

    /**
     * Stores part or all of a detection on the worker, then shows what is stored, unless the text
     * was edited, a newer detection started or the article was closed in the meantime.
     */
    private void store(long run, long version, Supplier<List<Suggestion>> write, Runnable then) {
        SuggestionStore.store(open.tasks(), this::isClosed, () -> isCurrent(run, version), write, this::replaceAll, then);
    }

    /**
     * {@link #store} for part of a detection: the worker reads and writes only the suggestions of
     * that part and hands back what changed, which is applied to those shown (no edit since).
     */
    private void storePart(long run, long version, Supplier<SuggestionService.StoredPart> write, Runnable then) {
        SuggestionStore.store(open.tasks(), this::isClosed, () -> isCurrent(run, version), write,
                part -> replaceAll(part.applyTo(items())), then);
    }

    private boolean isCurrent(long run, long version) {
        return !closed && run == detectionRun && version == textVersion;
    }

    /**
     * The article is being closed (another article or workspace is shown, or the app quits): a
     * detection still running stops at its next batch and nothing more is stored or shown.
     */
    void close() {
        closed = true;
        waiting = null;
        deferred = null;
        typingPause.stop();
        if (detecting != null) {
            detecting.cancel();
        }
        if (ahead != null) {
            ahead.stop();
        }
    }

    /** Shows a new set, redrawing only the sentences that appeared or went. */
    void replaceAll(List<Suggestion> fresh) {
        catchUp();
        List<int[]> redraw = SuggestionRedraw.appearedOrWent(items, fresh);
        show(fresh);
        open.fireClaimsChanged();
        open.fireHighlightChanged(redraw);
    }

    /** Takes a suggestion off the screen (accepted, dismissed or covered by a claim). */
    void drop(Suggestion suggestion) {
        catchUp();
        if (items.remove(suggestion)) {
            places.reset(items);
            open.fireClaimsChanged();
            open.fireHighlightChanged(List.of(SuggestionRedraw.range(suggestion)));
        }
    }

    void add(Suggestion suggestion) {
        catchUp();
        items.add(suggestion);
        places.reset(items);
        open.fireClaimsChanged();
        open.fireHighlightChanged(List.of(SuggestionRedraw.range(suggestion)));
    }

    /** The suggestion becomes a claim: one undo step from the moment it is asked for. */
    public void accept(Suggestion suggestion) {
        SuggestionStep.accept(this, open, suggestion);
    }

    /** The suggestion is hidden for this article: one undo step from the moment it is asked for. */
    public void dismiss(Suggestion suggestion) {
        SuggestionStep.dismiss(this, open, suggestion);
    }
}
