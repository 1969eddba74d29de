package org.checkbench.ui.undo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One undo history for everything the checker does to an article: typing, marking and removing
 * claims, statuses, notes, corrections, evidence links, the article's details. Text and claim
 * ranges are restored together because each step holds both.
 *
 * <p>A step is recorded on the FX thread the moment the checker acts, never when the background
 * write comes back: Undo pressed before the worker has answered still takes back the right thing.
 * Steps whose work runs on the worker keep what they need to undo in fields the worker fills;
 * their undo is queued on the same single worker, after the write it undoes.
 */
public final class UndoHistory {

    /** A step that can be taken back and done again. */
    public interface Step {
        String description();

        void undo();

        void redo();

        /** Folds {@code next} into this step (e.g. letters typed in a row); false when it can't. */
        default boolean absorb(Step next) {
            return false;
        }
    }

    private static final int LIMIT = 500;

    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private boolean replaying;
    private List<Step> grouping;

    public void record(Step step) {
        if (replaying) {
            return;
        }
        if (grouping != null) {
            grouping.add(step);
            return;
        }
        undone.clear();
        Step last = done.peek();
        if (last == null || !last.absorb(step)) {
            done.push(step);
            if (done.size() > LIMIT) {
                done.removeLast();
            }
        }
        update();
    }

    /**
     * Takes a step out of the history: recorded when the checker acted, it turned out to have done
     * nothing (e.g. the source was linked already), so Undo must not spend a key press on it.
     */
    public void discard(Step step) {
        if (done.remove(step) | undone.remove(step)) {
            update();
        }
    }

    /**
     * Takes every step {@code which} matches out of the history: what they would put back no longer
     * exists (another checker's text replaced the text they were made on).
     */
    public void forget(java.util.function.Predicate<Step> which) {
        if (done.removeIf(which) | undone.removeIf(which)) {
            update();
        }
    }

    /** True while a step is being undone or redone: its own changes must not be recorded again. */
    public boolean isReplaying() {
        return replaying;
    }

    public void undo() {
        Step step = done.poll();
        if (step == null) {
            return;
        }
        replay(step::undo);
        undone.push(step);
        update();
    }

    public void redo() {
        Step step = undone.poll();
        if (step == null) {
            return;
        }
        replay(step::redo);
        done.push(step);
        update();
    }

    /** Ends merging: the next step starts a new undo unit even if it could have been folded in. */
    public void seal() {
        Step last = done.peek();
        if (last instanceof Sealable sealable) {
            sealable.seal();
        }
    }

    /**
     * Everything {@code actions} records becomes one step (Replace all: many edits, one Undo).
     * Nothing recorded, no step.
     */
    public void group(String description, Runnable actions) {
        if (replaying || grouping != null) {
            actions.run();
            return;
        }
        seal();
        List<Step> steps = new ArrayList<>();
        grouping = steps;
        try {
            actions.run();
        } finally {
            grouping = null;
        }
        if (!steps.isEmpty()) {
            record(new Group(description, steps));
        }
    }

    /** Steps done together, undone together (last first). */
    private record Group(String description, List<Step> steps) implements Step {
        @Override
        public void undo() {
            for (int i = steps.size() - 1; i >= 0; i--) {
                steps.get(i).undo();
            }
        }

        @Override
        public void redo() {
            steps.forEach(Step::redo);
        }
    }

    /** What Undo would take back ("Mark claim", "Typing"), empty when nothing. */
    public String nextUndoDescription() {
        Step step = done.peek();
        return step == null ? "" : step.description();
    }

    /** What Redo would do again, empty when nothing. */
    public String nextRedoDescription() {
        Step step = undone.peek();
        return step == null ? "" : step.description();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** A step that stops absorbing once sealed. */
    public interface Sealable {
        void seal();
    }

    private void replay(Runnable action) {
        replaying = true;
        try {
            action.run();
        } finally {
            replaying = false;
        }
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
    }
}
