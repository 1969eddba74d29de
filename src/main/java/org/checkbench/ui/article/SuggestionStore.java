package org.checkbench.ui.article;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * A detection's answer written on the worker (in order with the saves), then shown on the FX thread
 * only while it still refers to the text on screen: the writes are dropped once the article is closed.
 */
final class SuggestionStore {

    private SuggestionStore() {
    }

    /**
     * Runs {@code write} on the worker unless {@code closed} says the article or workspace is closed, then
     * {@code show} and {@code then} on the FX thread while {@code current} holds; {@code current} is asked
     * before the write too, so an answer out of date already costs no write.
     */
    static <T> void store(TaskExecutor tasks, BooleanSupplier closed, BooleanSupplier current, Supplier<T> write,
            Consumer<T> show, Runnable then) {
        if (!current.getAsBoolean()) {
            return;
        }
        tasks.run("Store the suggestions", () -> closed.getAsBoolean() ? null : write.get(), stored -> {
            if (stored != null && current.getAsBoolean()) {
                show.accept(stored);
                then.run();
            }
        }, failure -> {
            // A team workspace offline: suggestions are worked out again from the text, nothing of the
            // checker's is lost, and the status bar already says the server is away.
            if (!closed.getAsBoolean() && !Problems.isServerUnreachable(failure)) {
                tasks.reportFailure("Store the suggestions", failure);
            }
        });
    }
}
