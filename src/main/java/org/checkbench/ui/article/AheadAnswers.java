package org.checkbench.ui.article;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;

import org.checkbench.model.Suggestion;
import org.checkbench.service.FirstPartAhead;
import org.checkbench.service.OpeningTimeline;
import org.checkbench.service.SuggestionService;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * The answers of the part on screen detected ahead (ADR 0118), stored and shown like a detection's
 * parts while {@link ArticleSuggestions#aheadCurrent} says they are what the detection as opened
 * would show there. Each answer goes to the worker as soon as it comes, from the detecting thread:
 * the FX thread is building the article's screen then, and a {@code Platform.runLater} would wait for
 * that build. What the worker has stored by the end of that build is shown with it, before the article
 * counts as shown ({@link #screenBuilt}, ADR 0176): the screen's first pulse then styles, lays out and
 * paints it with the first highlight. What comes later is shown in the next pulse's pre-layout (a
 * listener) or when the worker answers. Once either way.
 */
final class AheadAnswers {

    /** One answer: written by the worker, then shown once on the FX thread. */
    private static final class Part {
        final AtomicReference<SuggestionService.StoredPart> stored = new AtomicReference<>();
        final Runnable then;
        boolean shown;

        Part(Runnable then) {
            this.then = then;
        }
    }

    private final ArticleSuggestions suggestions;
    private final FirstPartAhead early;
    private final Scene scene;
    private final TaskExecutor tasks;
    private final List<Part> parts = new CopyOnWriteArrayList<>();
    private final Runnable beforeLayout = this::showStored;

    private AheadAnswers(ArticleSuggestions suggestions, FirstPartAhead early, Scene scene, TaskExecutor tasks) {
        this.suggestions = suggestions;
        this.early = early;
        this.scene = scene;
        this.tasks = tasks;
    }

    /** Stores and shows {@code early}'s answers as they come; {@code scene} is the window's, or null. FX thread. */
    static AheadAnswers show(ArticleSuggestions suggestions, SuggestionService service, TaskExecutor tasks, FirstPartAhead early,
            Scene scene) {
        AheadAnswers answers = new AheadAnswers(suggestions, early, scene, tasks);
        OpeningPulses.watch(scene);
        if (scene != null) {
            scene.addPreLayoutPulseListener(answers.beforeLayout);
        }
        long articleId = early.articleId();
        early.deliverTo(new FirstPartAhead.Listener() {
            @Override
            public void settled(List<Suggestion> suggested, List<int[]> settled) {
                answers.store(() -> service.storeSettledPart(articleId, suggested, settled), () -> { });
            }

            @Override
            public void firstPart(List<Suggestion> suggested) {
                answers.store(() -> service.storeFirstPart(articleId, suggested, early.from(), early.to()),
                        suggestions::firstPartShown);
            }
        });
        return answers;
    }

    /**
     * The article's screen is built: the encoder's load may take a core now (ADR 0177), and what the
     * worker has stored by now is shown at once. In the pre-layout listener it came after the first
     * pulse's CSS pass of the whole new screen and after the answers queued meanwhile (50-140 ms after
     * the article was shown, ADR 0176). FX thread.
     */
    void screenBuilt() {
        early.screenBuilt();
        showStored();
    }

    /**
     * The article's text is in the editor and not styled yet: what the worker has stored by now is shown, so
     * the editor's first styling draws it (the part is stored 0.1-0.6 s into a build whose text alone takes
     * 0.3-1.1 s to reach the editor). Applied at the build's end instead, it cost 50-160 ms of the FX thread
     * before the first frame: the 4,400 suggestions re-listed with the claim panel watching the list, then the
     * claims' listeners. Here it takes 17-105 ms (ADR 0167). FX thread.
     */
    void textShown() {
        showStored();
    }

    /** Whether an answer has been shown. FX thread. */
    boolean anyShown() {
        return parts.stream().anyMatch(part -> part.shown);
    }

    /**
     * Writes an answer on the worker (queued from any thread; written unless the article was closed
     * meanwhile), then shows it unless it is out of date by then.
     */
    private void store(Supplier<SuggestionService.StoredPart> write, Runnable then) {
        Part part = new Part(then);
        parts.add(part);
        tasks.run("Store the suggestions", () -> {
            if (!suggestions.isClosed()) {
                part.stored.set(write.get());
                OpeningTimeline.step("ahead part stored");
                Platform.requestNextPulse();
            }
            return true;
        }, ok -> showStored(), failure -> {
            // A team workspace offline: suggestions are worked out again from the text (as ArticleSuggestions).
            if (!suggestions.isClosed() && !Problems.isServerUnreachable(failure)) {
                tasks.reportFailure("Store the suggestions", failure);
            }
        });
    }

    /** Shows what is stored and not shown yet, in order, while current; lets the pulse go once nothing more can come. FX thread. */
    private void showStored() {
        boolean current = suggestions.aheadCurrent(early);
        for (Part part : parts) {
            SuggestionService.StoredPart stored = part.stored.get();
            if (stored == null) {
                break; // the next ones wait for it: they come in this order
            }
            if (!part.shown && current) {
                part.shown = true;
                OpeningTimeline.step("ahead part shown");
                suggestions.replaceAll(stored.applyTo(suggestions.items()));
                OpeningTimeline.step("ahead part applied");
                part.then.run();
            }
        }
        if (scene != null && (!current || early.ended() && parts.stream().allMatch(p -> p.shown))) {
            Platform.runLater(() -> scene.removePreLayoutPulseListener(beforeLayout)); // not while the pulse walks its listeners
        }
    }
}
