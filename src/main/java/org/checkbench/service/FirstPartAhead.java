package org.checkbench.service;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.checkbench.model.Suggestion;

/**
 * The part of an article that is on screen when it opens (its top: the window opens an article at its
 * start), read with its text and detected on a thread of its own as the window starts building the
 * article's screen (ADR 0118). Detection after the window's first layout (ADR 0111) then found what
 * the feature model settles there ~0.5 s after the article was shown; started here it is ready before
 * the screen is. The settled part at the window's priority, the encoder's load once the window's build
 * is done (at most {@link #SCREEN_WAIT_MILLIS} later), at the window's priority too (ADR 0177). Only
 * the first part: when the encoder is not loaded, what the feature model settles there
 * ({@link SuggestionService.DetectionProgress#settledPart}), then the encoder's load, and no more; when it is loaded (or nothing there needs it), the whole part
 * ({@link SuggestionService.DetectionProgress#firstPart}). The window's detection after layout waits
 * for it, then scores the part on screen at its own priority (from the cache) and the rest. Nothing is
 * stored here: the window stores and shows the answers while they are current (no edit since, the
 * same threshold), so no database work races the opening.
 */
public final class FirstPartAhead {

    /** What is on screen before the window is laid out: detection's first range then (as the editor's fallback). */
    public static final int OPENING_CHARACTERS = 3000;

    /** Hears the answers, on the detecting thread, or at once on the caller's for those already there. */
    public interface Listener {
        /** What the feature model settles in the part (ADR 0117), before the encoder is loaded for the others. */
        void settled(List<Suggestion> suggested, List<int[]> settled);

        /** The whole part scored: the suggested units, unsaved (id 0). */
        void firstPart(List<Suggestion> suggested);
    }

    private final long articleId;
    private SuggestionService service;
    private boolean begun;
    private final String text;
    private final double wanted;
    private final int from;
    private final int to;
    private volatile boolean stopped;
    private List<Suggestion> settledSuggested;
    private List<int[]> settledUnits;
    private List<Suggestion> firstPart;
    private boolean ended;
    private Listener listener;
    /** Set by the window once it has built the article's screen (ADR 0177). */
    private boolean screenBuilt;

    /** How long the encoder's load waits for the window's build at most (near idle the build takes 0.45-0.9 s). */
    static final long SCREEN_WAIT_MILLIS = 600;

    private FirstPartAhead(long articleId, String text, double wanted) {
        this.articleId = articleId;
        this.text = text;
        this.wanted = wanted;
        this.from = 0;
        this.to = Math.min(text.length(), OPENING_CHARACTERS);
    }

    /**
     * Starts detecting the top of {@code text} (article {@code articleId}) at the checker's
     * threshold {@code wanted} (negative: detection's default), on a daemon thread. Call where the
     * text has just been read (the worker, opening an article); returns at once.
     */
    public static FirstPartAhead start(SuggestionService service, long articleId, String text, double wanted) {
        FirstPartAhead ahead = prepare(service, articleId, text, wanted);
        ahead.begin();
        return ahead;
    }

    /**
     * What {@link #start} starts, not started yet: the window starts it ({@link #begin}) as it starts
     * building the article's screen. Started on the worker as it read the text, its first steps ran
     * beside the worker's handing the article to the FX thread, which then received it 60-100 ms
     * later (ADR 0118).
     */
    public static FirstPartAhead prepare(SuggestionService service, long articleId, String text, double wanted) {
        FirstPartAhead ahead = new FirstPartAhead(articleId, text, wanted);
        ahead.service = service;
        return ahead;
    }

    /** Starts detecting, on a daemon thread, once. */
    public synchronized void begin() {
        if (begun || stopped) {
            return;
        }
        begun = true;
        OpeningTimeline.step("detection ahead starts");
        Thread thread = new Thread(() -> run(service), "checkbench-first-part");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Without a detection ahead ({@code -Dcheckbench.noFirstPartAhead=true}, or an article opened with
     * recovered typing): loads the detection's encoder now, on a thread of its own at nice 10, when
     * the top of {@code text} has a sentence the feature model does not settle, so its load (0.6-0.7 s)
     * overlaps the window's build of the article's screen (ADR 0117). Nothing when the encoder is
     * loaded (or cannot load); {@code -Dcheckbench.noEncoderPreload=true} turns it off to measure.
     */
    public static void loadEncoderFor(WorkspaceSession session, String text) {
        if (!Boolean.getBoolean("checkbench.noEncoderPreload")) {
            loadEncoderFor(session.suggestions(), text);
        }
    }

    private static void loadEncoderFor(SuggestionService service, String text) {
        Thread loading = new Thread(() -> {
            BackgroundPriority.lowerCurrentThread(); // the ONNX threads it makes inherit the priority
            try {
                service.loadEncoderIfNeededFor(text, 0, Math.min(text.length(), OPENING_CHARACTERS));
            } catch (RuntimeException e) {
                // Only an early start: detection loads it again, and reports what failed.
            }
        }, "checkbench-encoder-load");
        loading.setDaemon(true);
        loading.start();
    }

    /**
     * The window has built the article's screen: the encoder's load, waiting in {@link #awaitScreenBuilt},
     * may take a core now (ADR 0177).
     */
    public synchronized void screenBuilt() {
        screenBuilt = true;
        notifyAll();
    }

    /**
     * Waits until the window has built the article's screen, it was stopped, or {@link #SCREEN_WAIT_MILLIS}
     * have passed: a build that takes longer (a busy machine) does not keep the part on screen waiting.
     */
    private synchronized void awaitScreenBuilt() {
        long end = System.nanoTime() + SCREEN_WAIT_MILLIS * 1_000_000L;
        try {
            for (long left = SCREEN_WAIT_MILLIS; !screenBuilt && !stopped && left > 0;
                    left = (end - System.nanoTime()) / 1_000_000L) {
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops at detection's next checkpoint (the article was closed or replaced before it was shown). */
    public void stop() {
        synchronized (this) {
            stopped = true;
            if (!begun) {
                ended = true; // nobody waits for a detection that never starts
            }
            notifyAll(); // and one waiting for the screen does not load the encoder
        }
    }

    public long articleId() {
        return articleId;
    }

    /** The threshold it was asked for (negative: detection's default), as the window's preference says it. */
    public double wanted() {
        return wanted;
    }

    /** Whether it has ended: nothing more will be handed over. */
    public synchronized boolean ended() {
        return ended;
    }

    /** True when {@code [visibleFrom, visibleTo)} lies within the part detected here. */
    public boolean covers(int visibleFrom, int visibleTo) {
        return visibleFrom >= from && visibleTo <= to;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    /** Hands {@code heard} what is there now and what comes later; one listener. */
    public void deliverTo(Listener heard) {
        List<Suggestion> suggested;
        List<int[]> settled;
        List<Suggestion> part;
        synchronized (this) {
            listener = heard;
            suggested = settledSuggested;
            settled = settledUnits;
            part = firstPart;
        }
        if (part != null) {
            heard.firstPart(part); // the whole part already: the settled answers are in it
        } else if (settled != null) {
            heard.settled(suggested, settled);
        }
    }

    /**
     * Waits until this has ended (the part scored, or the encoder loaded after the settled part), it
     * failed or stopped, or {@code stop} says so (checked every 50 ms). True when the part was
     * scored. A detection of the same text started now finds the encoder loaded and the scores
     * remembered rather than loading or scoring beside it.
     */
    public boolean awaitFirstPart(BooleanSupplier stop) throws InterruptedException {
        synchronized (this) {
            while (!ended && !stop.getAsBoolean()) {
                wait(50);
            }
            return firstPart != null;
        }
    }

    private void run(SuggestionService service) {
        try {
            double cutoff = wanted < 0 ? service.defaultThreshold() : wanted;
            OpeningTimeline.step("ahead: feature model read");
            service.detect(articleId, text, cutoff, from, to, new SuggestionService.DetectionProgress() {
                @Override
                public void settledPart(List<Suggestion> suggested, List<int[]> settled) {
                    Listener heard;
                    synchronized (FirstPartAhead.this) {
                        settledSuggested = suggested;
                        settledUnits = settled;
                        heard = listener;
                    }
                    OpeningTimeline.step("ahead: settled part (" + suggested.size() + " suggested of " + settled.size() + " settled)");
                    if (heard != null) {
                        heard.settled(suggested, settled);
                    }
                    // The settled part came at the window's priority (it is to be painted with the first
                    // highlight; at nice 10 it came after the first layout at load 3). The encoder's load
                    // (0.6-0.7 s of a core) waits for the window's build, then runs at the window's
                    // priority: at nice 10 beside the build, a busy core starved it and the part on screen
                    // waited 3-10 s for it (ADR 0177). Then this ends: the window's detection after layout
                    // scores the part on screen.
                    awaitScreenBuilt();
                    if (stopped) {
                        throw new PartDone();
                    }
                    OpeningTimeline.step("ahead: encoder load starts");
                    service.loadEncoderIfNeededFor(text, from, to);
                    OpeningTimeline.step("ahead: encoder loaded");
                    throw new PartDone();
                }

                @Override
                public void firstPart(List<Suggestion> suggested) {
                    Listener heard;
                    synchronized (FirstPartAhead.this) {
                        firstPart = suggested;
                        heard = listener;
                    }
                    OpeningTimeline.step("ahead: first part scored (" + suggested.size() + " suggested)");
                    if (heard != null) {
                        heard.firstPart(suggested);
                    }
                    throw new PartDone(); // the rest is the window's detection, after its layout
                }

                @Override
                public void checkpoint() {
                    if (stopped) {
                        throw new PartDone();
                    }
                }
            });
        } catch (PartDone done) {
            // the part is scored, or it was stopped
        } catch (RuntimeException failed) {
            // Only a head start: the window's own detection runs the same and reports what failed.
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /** Ends the detection after its first part: the window's detects the rest. */
    private static final class PartDone extends RuntimeException {
        PartDone() {
            super(null, null, false, false);
        }
    }
}
