package org.checkbench.ui.article;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
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
 * The answers of the part on screen detected as the article's text was read (ADR 0118), stored and
 * shown like a detection's parts while {@link ArticleSuggestions#aheadCurrent} says they are what the
 * detection as opened would show there. Those there as the window starts building the article's
 * screen are written by the worker meanwhile and shown before that screen's first layout, so they
 * are painted with the first highlight: an answer handed over by {@code Platform.runLater} came only
 * after that first layout and frame (0.3-0.7 s of the FX thread).
 */
final class AheadAnswers {

    private final ArticleSuggestions suggestions;
    private final FirstPartAhead early;
    private final Scene scene;
    private final TaskExecutor tasks;

    private AheadAnswers(ArticleSuggestions suggestions, FirstPartAhead early, Scene scene, TaskExecutor tasks) {
        this.suggestions = suggestions;
        this.early = early;
        this.scene = scene;
        this.tasks = tasks;
    }

    /** Stores and shows {@code early}'s answers as they come; {@code scene} is the window's, or null. FX thread. */
    static void show(ArticleSuggestions suggestions, SuggestionService service, TaskExecutor tasks, FirstPartAhead early,
            Scene scene) {
        AheadAnswers answers = new AheadAnswers(suggestions, early, scene, tasks);
        long articleId = early.articleId();
        Consumer<Runnable> onFx = work -> {
            if (Platform.isFxApplicationThread()) {
                work.run(); // there already: to the worker now, while the window builds the screen
            } else {
                Platform.runLater(work);
            }
        };
        early.deliverTo(new FirstPartAhead.Listener() {
            @Override
            public void settled(List<Suggestion> suggested, List<int[]> settled) {
                onFx.accept(() -> answers.store(() -> service.storeSettledPart(articleId, suggested, settled), () -> { }));
            }

            @Override
            public void firstPart(List<Suggestion> suggested) {
                onFx.accept(() -> answers.store(() -> service.storeFirstPart(articleId, suggested, early.from(), early.to()),
                        suggestions::firstPartShown));
            }
        });
    }

    /**
     * Writes a part on the worker, then shows it: before the window's next layout when the write is
     * done by then (a pulse listener), else when the worker's answer comes; once either way.
     */
    private void store(Supplier<SuggestionService.StoredPart> write, Runnable then) {
        if (!suggestions.aheadCurrent(early)) {
            return;
        }
        AtomicReference<SuggestionService.StoredPart> stored = new AtomicReference<>();
        boolean[] shown = {false};
        Runnable showOnce = () -> {
            SuggestionService.StoredPart part = stored.get();
            if (part != null && !shown[0] && suggestions.aheadCurrent(early)) {
                shown[0] = true;
                OpeningTimeline.step("ahead part shown");
                suggestions.replaceAll(part.applyTo(suggestions.items()));
                then.run();
            }
        };
        if (scene != null) {
            scene.addPreLayoutPulseListener(showOnce);
        }
        Runnable done = () -> {
            if (scene != null) {
                scene.removePreLayoutPulseListener(showOnce); // on the FX thread, outside the pulse
            }
        };
        tasks.run("Store the suggestions", () -> {
            if (!suggestions.isClosed()) {
                stored.set(write.get());
                Platform.requestNextPulse();
            }
            return true;
        }, ok -> {
            done.run();
            showOnce.run();
        }, failure -> {
            done.run();
            // A team workspace offline: suggestions are worked out again from the text (as ArticleSuggestions).
            if (!suggestions.isClosed() && !Problems.isServerUnreachable(failure)) {
                tasks.reportFailure("Store the suggestions", failure);
            }
        });
    }
}
