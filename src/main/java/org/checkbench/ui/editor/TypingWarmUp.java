package org.checkbench.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import org.checkbench.model.Claim;
import org.checkbench.model.Suggestion;
import org.checkbench.service.ArticleClaims;
import org.checkbench.service.SuggestionPlaces;
import org.checkbench.ui.article.CheckerActivity;
import org.checkbench.ui.article.OpenArticle;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * Types into a scratch copy of the part of the article on screen, off screen, once the article is
 * shown and before the checker types (issue 18, ADR 0119). The first keys of a session otherwise run
 * the typing path in the interpreter while the JIT's compilers take the other core: 20–45 ms of the FX
 * thread's own CPU for the first key and 10–40 ms busy for the next dozens, waiting for a core.
 *
 * <p>Each step is what a key does, on scratch objects: RichTextFX's edit of a document with the same
 * style classes, the claims and suggestions following it ({@link ArticleClaims}, {@link
 * SuggestionPlaces}), the paragraph restyled where the letter got a wrong style (the editor's own
 * {@link EditorHighlighter#restyleParagraphsAround}), then CSS and layout of a detached scene with the
 * window's style sheets, the paragraph typed into on screen there. The checker's document, undo history,
 * claims, saves and journal are never touched: the scratch area has its own document, no undo
 * manager, and is dropped at the end.
 *
 * <p>Before it, once the checker rests, one full collection sizes the heap for the article shown
 * ({@link #settleHeap}), so that the first minute of typing does not pay for it.
 *
 * <p>It runs on the FX thread in slices of at most {@link #SLICE_NANOS} per pulse, and stops for good at
 * the checker's first key, click, scroll or edit (a key then finds the path as warm as it got), after
 * {@link #EDITS} steps, or when another article is shown. Once per process: compiled code stays.
 */
public final class TypingWarmUp {

    /** Steps in all: enough for the typing path's hot methods to reach the optimising compiler. */
    static final int EDITS = 300;
    /** The FX thread's time per pulse at most: a key event arriving meanwhile waits no longer. */
    static final long SLICE_NANOS = 3_000_000L;
    /** How much of the article (from the first paragraph on screen) the scratch copy holds. */
    static final int SCRATCH_CHARS = 40_000;
    private static final String LETTERS = "warm up the typing path ";

    private static boolean startedInThisProcess;
    /** Steps the last warm-up of this process has made so far and how long the FX thread spent on them (the benchmark prints it). */
    private static volatile int stepsMade;
    private static volatile long nanosSpent;

    private final StyleClassedTextArea scratch = new ArticleTextArea();
    private final StackPane root;
    private final ArticleClaims claims;
    private final SuggestionPlaces suggestions = new SuggestionPlaces();
    private final CheckerActivity activity;
    private final long startedAt;
    private final java.util.function.BooleanSupplier stillShown;
    private final Runnable whenDone;
    private final AnimationTimer timer;
    private int steps;
    private int onScreen;
    private int belowScreen;
    private int onScreenTyped;
    private int belowTyped;
    private boolean finished;

    private TypingWarmUp(ArticleEditor editor, OpenArticle open, CheckerActivity activity,
            java.util.function.BooleanSupplier stillShown, Runnable whenDone) {
        this.activity = activity;
        this.stillShown = stillShown;
        this.whenDone = whenDone;
        this.startedAt = activity.now();
        StyleClassedTextArea area = editor.area();
        int from = area.getLength() == 0 ? 0 : area.getAbsolutePosition(firstShownParagraph(area), 0);
        int to = Math.min(area.getLength(), from + SCRATCH_CHARS);
        // The scratch area is styled and laid out as the editor is: same classes, wrapping, no undo manager.
        scratch.getStyleClass().addAll(area.getStyleClass());
        scratch.setWrapText(true);
        scratch.setUndoManager(UndoUtils.noOpUndoManager());
        scratch.replaceText(area.getText(from, to));
        if (to > from) {
            StyleSpans<Collection<String>> shown = area.getStyleSpans(from, to);
            scratch.setStyleSpans(0, shown);
        }
        claims = new ArticleClaims(open.scale(), 0, shifted(open.liveClaimsIn(from, to), from, to));
        suggestions.reset(shiftedSuggestions(open.suggestions().overlapping(from, to), from, to));
        root = new StackPane(new VirtualizedScrollPane<>(scratch));
        root.getStyleClass().addAll(editor.getStyleClass());
        double width = editor.getWidth() > 0 ? editor.getWidth() : 800;
        double height = editor.getHeight() > 0 ? editor.getHeight() : 600;
        Scene scene = new Scene(root, width, height);
        if (editor.getScene() != null) {
            scene.getStylesheets().setAll(editor.getScene().getStylesheets());
        }
        root.resize(width, height);
        root.applyCss(); // once, as the window's first pulse does
        root.layout();
        // Where a checker types: the start of a paragraph on screen (the second, or the first if there is one),
        // and where the benchmark does, far below the screen (the start of a paragraph in the second half).
        int paragraphs = scratch.getParagraphs().size();
        onScreen = paragraphs > 1 ? scratch.getAbsolutePosition(1, 0) : 0;
        belowScreen = Math.max(onScreen, scratch.getAbsolutePosition(paragraphs - 1 - (paragraphs - 1) / 3, 0));
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                slice();
            }
        };
    }

    /**
     * Starts the warm-up on the FX thread for {@code open}, shown in {@code editor}, unless one already ran in
     * this process; {@code stillShown} says whether that article is still the one on screen, {@code whenDone}
     * runs once when it ends (on the FX thread), however it ends. False when nothing was started.
     */
    public static boolean startOnce(ArticleEditor editor, OpenArticle open, CheckerActivity activity,
            java.util.function.BooleanSupplier stillShown, Runnable whenDone) {
        if (startedInThisProcess || open == null || activity == null) {
            return false;
        }
        startedInThisProcess = true;
        settleHeap(activity);
        if (Boolean.getBoolean("checkbench.noTypingWarmUp")) {
            return false; // the heap settled only: for comparing, as -Dcheckbench.noReportWarmUp does for the report
        }
        TypingWarmUp warmUp = new TypingWarmUp(editor, open, activity, stillShown, whenDone);
        warmUp.timer.start();
        return true;
    }

    /**
     * One full collection as soon as the checker leaves the window alone (at once after opening from the
     * command line, 300 ms after the click that opened the article): the article, its document, claims and
     * suggestions are in the heap by now, most of it in the old generation, which the shipped options start
     * at 72 MB (ADR 0148). On the 1 MB article with 2,000 claims about 56 MB of it is live, so the first
     * few dozen keys' saves filled the rest and a full collection of 70–150 ms stopped a key. Collected
     * here, before the first key, the heap is sized to twice what is live (the shipped free ratios) and
     * typing has room; the pages that room adds are committed but untouched, so not resident until used.
     */
    private static void settleHeap(CheckerActivity activity) {
        Thread settle = new Thread(() -> {
            if (activity.awaitRest(() -> false)) {
                System.gc();
            }
        }, "checkbench-settle-heap");
        settle.setDaemon(true);
        settle.start();
    }

    /** Starts a warm-up regardless of earlier ones in this process (tests). */
    static TypingWarmUp startForTest(ArticleEditor editor, OpenArticle open, CheckerActivity activity, Runnable whenDone) {
        TypingWarmUp warmUp = new TypingWarmUp(editor, open, activity, () -> true, whenDone);
        warmUp.timer.start();
        return warmUp;
    }

    int steps() {
        return steps;
    }

    /** Steps made so far by this process's warm-up, and the FX thread's time for them in ns: {steps, nanos}. */
    public static long[] progress() {
        return new long[] {stepsMade, nanosSpent};
    }

    private void slice() {
        if (finished) {
            return;
        }
        if (activity.actedSince(startedAt) || !stillShown.getAsBoolean()) {
            finish();
            return;
        }
        long sliceStart = System.nanoTime();
        while (steps < EDITS && System.nanoTime() - sliceStart < SLICE_NANOS) {
            step();
        }
        nanosSpent += System.nanoTime() - sliceStart;
        stepsMade = steps;
        if (steps >= EDITS) {
            finish();
        }
    }

    /**
     * One key's work: every fifth a Backspace, as in real typing; every other one in a paragraph on screen
     * (its cell made again: CSS and text layout), the others below the screen (only the document and the
     * flow's bookkeeping), as a checker's keys and the editor benchmark's are.
     */
    private void step() {
        int at = steps % 2 == 0 ? onScreen : belowScreen;
        if (steps % 5 == 4 && (steps % 2 == 0 ? onScreenTyped : belowTyped) > 0) {
            scratch.deleteText(at - 1, at);
            moved(at, -1);
            edited(at - 1, 1, 0);
        } else {
            scratch.insertText(at, String.valueOf(LETTERS.charAt(steps % LETTERS.length())));
            moved(at, 1);
            edited(at, 0, 1);
        }
        // As a pulse: layout of what the edit changed. New cells get their CSS from flowless as it makes them;
        // applyCss() on the root here would restyle every cell on screen at each step, which no key does.
        root.layout();
        steps++;
    }

    /** Keeps both typing places where they were after an edit at {@code at} of {@code delta} characters. */
    private void moved(int at, int delta) {
        if (at == onScreen) {
            onScreen += delta;
            onScreenTyped += delta;
            belowScreen += delta;
        } else {
            belowScreen += delta;
            belowTyped += delta;
        }
    }

    private void edited(int position, int removed, int inserted) {
        claims.textEdited(position, removed, inserted, scratch::getText, null);
        suggestions.edited(position, removed, inserted);
        EditorHighlighter.restyleParagraphsAround(scratch, position, position + inserted, this::marks);
    }

    /** The marks of the scratch window, by the editor's rules ({@link EditorMarks}): claims by status, suggestions. */
    private List<HighlightPlan.Mark> marks(int windowStart, int windowEnd) {
        List<HighlightPlan.Mark> marks = new ArrayList<>();
        for (Claim claim : claims.liveIn(windowStart, windowEnd)) {
            marks.add(EditorMarks.claim(claim, claims.verdictOf(claim).id(), false, false, windowStart, windowEnd));
        }
        for (Suggestion suggestion : suggestions.overlapping(windowStart, windowEnd)) {
            marks.add(EditorMarks.suggestion(suggestion, false, windowStart, windowEnd));
        }
        return marks;
    }

    private void finish() {
        finished = true;
        timer.stop();
        whenDone.run();
    }

    private static int firstShownParagraph(StyleClassedTextArea area) {
        try {
            return area.firstVisibleParToAllParIndex();
        } catch (RuntimeException notLaidOutYet) {
            return 0;
        }
    }

    /** The live claims wholly inside [from, to), moved to the scratch copy's offsets. */
    private static List<Claim> shifted(List<Claim> live, int from, int to) {
        List<Claim> inside = new ArrayList<>();
        for (Claim claim : live) {
            if (claim.anchor().start() >= from && claim.anchor().end() <= to) {
                inside.add(claim.withAnchor(claim.anchor().withRange(claim.anchor().start() - from, claim.anchor().end() - from)));
            }
        }
        return inside;
    }

    private static List<Suggestion> shiftedSuggestions(List<Suggestion> overlapping, int from, int to) {
        List<Suggestion> inside = new ArrayList<>();
        for (Suggestion suggestion : overlapping) {
            if (suggestion.start() >= from && suggestion.end() <= to) {
                inside.add(suggestion.withRange(suggestion.start() - from, suggestion.end() - from));
            }
        }
        return inside;
    }
}
