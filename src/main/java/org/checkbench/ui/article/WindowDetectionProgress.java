package org.checkbench.ui.article;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.checkbench.model.Suggestion;
import org.checkbench.service.BackgroundPriority;
import org.checkbench.service.SuggestionService;
import org.checkbench.ui.fx.BackgroundTask;

/**
 * How one of the window's detections goes, on its detecting thread: it waits while the checker types
 * (ADR 0114), hands the part on screen to the window as soon as it is scored (ADRs 0115, 0117),
 * reports its progress, and stops when its task is cancelled: for good once the article is closed,
 * so that no rest of it is waited for (ADR 0159).
 */
final class WindowDetectionProgress implements SuggestionService.DetectionProgress {

    private final BackgroundTask.Progress task;
    /** Read at each call: the window's activity may be set after this detection started. */
    private final Supplier<CheckerActivity> activity;
    private final BooleanSupplier articleClosed;
    private final boolean resumes;
    private final BiConsumer<List<Suggestion>, List<int[]>> settledPartScored;
    private final Consumer<List<Suggestion>> firstPartScored;

    /**
     * @param resumes whether this detection takes up the rest of one typing stopped ({@link #resumesAStoppedDetection})
     * @param settledPartScored called with the part on screen's settled answers, on the detecting thread
     * @param firstPartScored called with the part on screen's answers, on the detecting thread
     */
    WindowDetectionProgress(BackgroundTask.Progress task, Supplier<CheckerActivity> activity,
            BooleanSupplier articleClosed, boolean resumes,
            BiConsumer<List<Suggestion>, List<int[]>> settledPartScored, Consumer<List<Suggestion>> firstPartScored) {
        this.task = task;
        this.activity = activity;
        this.articleClosed = articleClosed;
        this.resumes = resumes;
        this.settledPartScored = settledPartScored;
        this.firstPartScored = firstPartScored;
    }

    /**
     * Waits while the checker works, and throws to stop when the detection was cancelled meanwhile.
     * Not while the checker types: an answer for a text typed into since is not shown (ADR 0144), so
     * its CPU, garbage and encoder loading would only delay the keys (ADR 0114).
     */
    void awaitRest() {
        if (!activity.get().awaitRest(task::isCancelled)) {
            throw SuggestionService.DetectionProgress.stop(articleClosed.getAsBoolean(),
                    "stopped while waiting for the checker to rest");
        }
    }

    @Override
    public void settledPart(List<Suggestion> suggested, List<int[]> settled) {
        // Final already (ADR 0117): on screen while the encoder loads for the others.
        settledPartScored.accept(suggested, settled);
    }

    @Override
    public void firstPart(List<Suggestion> suggested) {
        firstPartScored.accept(suggested);
        BackgroundPriority.lowerCurrentThread(); // the rest can wait (ADR 0115)
    }

    @Override
    public void scored(int done, int total) {
        if (task.isCancelled()) {
            // For good once the article is closed: no rest for the report warm-up to wait for.
            throw SuggestionService.DetectionProgress.stop(articleClosed.getAsBoolean(),
                    "a newer detection started or the article closed");
        }
        task.update((double) done / total, String.format(Locale.ROOT, "%,d of %,d sentences", done, total));
        // Beyond the part on screen (scored first), the next batch waits while the checker types:
        // its CPU and garbage delayed the keys' frames (ADR 0114).
        if (done < total) {
            awaitRest();
        }
    }

    @Override
    public void checkpoint() {
        awaitRest();
    }

    @Override
    public boolean checkerActive() {
        return activity.get().active();
    }

    @Override
    public boolean resumesAStoppedDetection() {
        return resumes;
    }
}
