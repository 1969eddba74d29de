package org.checkbench.detect;

import java.util.List;

/** Hears how far a long detection is; called on the detecting thread. */
public interface DetectionProgress {
    DetectionProgress SILENT = new DetectionProgress() { };

    /**
     * Before {@link #firstPart}, when some of its units wait for the encoder to load: those
     * units of the first range whose answer is already final (the feature model settles them,
     * ADR 0113; or they are no sentence, or remembered), in text order. Each is in the first
     * part and the whole detection with the same score.
     */
    default void settledFirst(List<SentenceSuggestion> settled) { }

    /** The units overlapping the requested first range, scored, in text order. */
    default void firstPart(List<SentenceSuggestion> suggestions) { }

    /** {@code done} of {@code total} units scored; throw to stop (what was scored is remembered). */
    default void scored(int done, int total) { }

    /**
     * A place between pieces of work where the caller may wait (the window: while the checker
     * types, ADR 0114) or throw to stop: while the text is split into sentences (every
     * {@link SentenceSplitter#LINES_BETWEEN_CHECKPOINTS} lines), before the encoder is loaded, and every
     * {@link Detector#FEATURE_BATCH} sentences while kinds, remembered scores and the feature model are
     * looked at, in both parts. Between the encoder's batches {@link #scored} is the place.
     */
    default void checkpoint() { }

    /**
     * How many threads may score now, asked before each batch: the window says 1 while the
     * checker types (one core stays free for the editor) and more when they pause.
     */
    default int lanes() {
        return EncoderModel.MAX_LANES;
    }

    /**
     * What a caller throws to stop a detection. A stop {@code forGood} (the text it ran on is no longer
     * open) leaves no rest behind: nobody will ask for it, so background work that waits for a stopped
     * detection's rest (the report warm-up, ADR 0159) must not wait for it.
     */
    static java.util.concurrent.CancellationException stop(boolean forGood, String why) {
        return forGood ? new StoppedForGood(why) : new java.util.concurrent.CancellationException(why);
    }

    /** A stop whose rest nobody will ask for (see {@link #stop}). */
    final class StoppedForGood extends java.util.concurrent.CancellationException {
        private static final long serialVersionUID = 1L;

        StoppedForGood(String why) {
            super(why);
        }
    }
}
