package org.checkbench.ui.fx;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Dialog;

/**
 * Every message, question, form and file chooser the app shows goes through here, so errors reach
 * the user the same way everywhere, owners and sizes are set in one place, and tests can answer
 * dialogs without a person. An ArchUnit rule keeps other code from showing a dialog itself.
 */
public interface DialogService {

    /** What happened and what to do about it; the app keeps running. */
    void showError(String title, String whatHappened, String whatToDo);

    void showInformation(String title, String message);

    boolean confirm(String title, String question);

    /**
     * A question whose two answers both go on (neither cancels anything), so the buttons say what each
     * does ("Join the lines" / "Keep the lines"). True for {@code yes}; closing the window is {@code no}.
     */
    default boolean choose(String title, String question, String yes, String no) {
        return confirm(title, question);
    }

    /** @param extensions e.g. "*.txt"; the first group is the default filter */
    Optional<Path> chooseFileToOpen(String title, String filterName, List<String> extensions);

    Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName, List<String> extensions);

    /** Asks for a line of text (a reviewer's note), stripped; empty when cancelled. */
    Optional<String> askText(String title, String question);

    /**
     * Shows a dialog a feature built (a form, a list to choose from, a question with buttons of its
     * own) and waits for the answer; empty when it was cancelled or closed.
     */
    <R> Optional<R> showCustomDialogAndWait(Dialog<R> dialog);

    /**
     * Shows a dialog without waiting, so the FX thread never sits in a nested event loop;
     * {@code onResult} runs on the FX thread with the answer, and not at all when it was cancelled.
     */
    <R> void showCustomDialog(Dialog<R> dialog, Consumer<R> onResult);
}
