package org.checkbench.ui.claims;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

import org.checkbench.model.Claim;
import org.checkbench.model.Suggestion;
import org.checkbench.service.MatchFound;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.article.CheckerActivity;
import org.checkbench.ui.article.OpenArticle;

/**
 * Claim matching off the FX thread, on a thread of its own so embedding never delays a save: the
 * background job that computes missing sentence vectors (after an import, after edits settle, after
 * a model change), and the "checked before?" queries. A query waiting makes the job stop after its
 * current batch; the job resumes when the query is done.
 */
public final class MatchingWorker {

    private static final Duration SETTLE = Duration.seconds(3);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread worker = new Thread(runnable, "checkbench-matching");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        return worker;
    });
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final AtomicInteger queriesWaiting = new AtomicInteger();
    private final AtomicBoolean embeddingQueued = new AtomicBoolean();
    private final Consumer<String> status;
    private final Consumer<Throwable> onFailure;
    private volatile WorkspaceSession session;
    /** The window's, once it has a scene: the job waits between batches while the checker works. */
    private volatile CheckerActivity activity;
    private Runnable onUpToDate = () -> { };
    private final AtomicLong marksAsked = new AtomicLong();
    /** How the job's progress messages start (the window lets "up to date" replace only those). */
    public static final String PROGRESS_PREFIX = "Preparing “Checked before?”";

    public MatchingWorker(Consumer<String> status, Consumer<Throwable> onFailure) {
        this.status = status;
        this.onFailure = onFailure;
        settle.setOnFinished(e -> embedNow());
    }

    /**
     * The job yields to the checker: before it starts and between its batches it waits until they
     * have left the window alone for a moment (ADR 0114). Queries are not held back.
     */
    public void yieldTo(CheckerActivity windowActivity) {
        activity = windowActivity;
    }

    /** Runs on the FX thread each time the vectors are complete (new marks can be computed). */
    public void setOnUpToDate(Runnable action) {
        onUpToDate = action;
    }

    /** An article of this workspace is shown: its missing vectors are computed, then its marks. */
    public void attach(WorkspaceSession current) {
        session = current;
        // Once the window has settled, not at once: loading the sentence encoder takes a core for a
        // second or more, which the first frames of a just-opened article need (issue 18).
        settle.playFromStart();
    }

    /** Claims or fact-checks changed: compute their vectors once the edits settle. */
    public void changed() {
        settle.playFromStart();
    }

    /** Runs a matching query on the matching thread; {@code then} gets the answer on the FX thread. */
    public <T> void query(Callable<T> work, Consumer<T> then) {
        if (thread.isShutdown()) {
            // The window is closing (shutdown and queries both run on the FX thread): nobody waits
            // for the answer. An "up to date" queued just before it closed asked for marks and was
            // refused with a RejectedExecutionException (seen in SuggestionReviewTest's teardown).
            return;
        }
        queriesWaiting.incrementAndGet();
        WorkspaceSession askedOf = session;
        thread.execute(() -> {
            queriesWaiting.decrementAndGet();
            try {
                T result = work.call();
                Platform.runLater(() -> then.accept(result));
            } catch (Exception e) {
                reportUnlessClosed(askedOf, e);
            }
            if (queriesWaiting.get() == 0 && embeddingQueued.get()) {
                embedNow();
            }
        });
    }

    /**
     * Asks, on the matching thread, which of the article's unrated claims and suggestions were
     * checked before, and shows the answer; {@code then} runs on the FX thread once it is shown. A
     * request overtaken by a newer one is skipped, and only the latest answer is shown.
     */
    public void updateMarks(OpenArticle article, Runnable then) {
        if (article == null) {
            return;
        }
        List<Claim> claims = List.copyOf(article.currentClaims());
        List<String> sentences = article.suggestions().items().stream().map(Suggestion::exact).toList();
        long asked = marksAsked.incrementAndGet();
        query(() -> asked != marksAsked.get() ? null : new MarksAnswer(article.session().matching().marksFor(claims),
                article.session().matching().marksForSentences(sentences)), answer -> {
                    if (answer != null && asked == marksAsked.get()) {
                        article.setCheckedBeforeMarks(answer.claims(), answer.sentences());
                        then.run();
                    }
                });
    }

    private record MarksAnswer(Map<Long, MatchFound> claims, Map<String, MatchFound> sentences) {
    }

    private void embedNow() {
        WorkspaceSession target = session;
        if (target == null || thread.isShutdown()) {
            return;
        }
        embeddingQueued.set(true);
        thread.execute(() -> {
            java.util.function.BooleanSupplier stop = () -> target != session || queriesWaiting.get() > 0;
            if (!restedUnless(stop)) {
                return; // another workspace now, or a query first (it queues the job again)
            }
            embeddingQueued.set(false);
            try {
                // Nothing checked yet: no answer can use a vector, so the encoder stays unloaded
                // until the first verdict or fact-check changes the claims (ADR 0146).
                int total = target.matching().pendingForAnswers();
                if (total == 0) {
                    Platform.runLater(onUpToDate);
                    return;
                }
                int done = target.matching().embedPending((n, of) -> Platform.runLater(() -> status.accept(
                        String.format(Locale.ROOT, PROGRESS_PREFIX + ": %,d of %,d claims and fact-checks", n, of))),
                        () -> !restedUnless(stop));
                if (done >= total) {
                    Platform.runLater(() -> {
                        status.accept("“Checked before?” is up to date");
                        onUpToDate.run();
                    });
                } else {
                    embeddingQueued.set(true);
                }
            } catch (RuntimeException e) {
                reportUnlessClosed(target, e);
            }
        });
    }

    /** Waits for the checker to rest (false when {@code stop} said so first, or nobody to wait for and stop). */
    private boolean restedUnless(java.util.function.BooleanSupplier stop) {
        CheckerActivity watching = activity;
        return watching == null ? !stop.getAsBoolean() : watching.awaitRest(stop);
    }

    /**
     * A failure on a workspace the window has closed meanwhile (another one was opened) is the
     * closing, not a problem: the answer was for a workspace no longer shown, so nobody is told.
     */
    private void reportUnlessClosed(WorkspaceSession workedOn, Exception failure) {
        if (workedOn == null || !workedOn.isClosed()) {
            Platform.runLater(() -> onFailure.accept(failure));
        }
    }

    /** Stops the job after its current batch (the workspace is about to close). */
    public void shutdown() {
        session = null;
        thread.shutdown();
        try {
            thread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
