package org.checkbench.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One undo history for everything the checker does to an article: typing, marking and removing
 * claims, applying corrections. Text and claim ranges are restored together because each step
 * holds both.
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

    public void record(Step step) {
        if (replaying) {
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
