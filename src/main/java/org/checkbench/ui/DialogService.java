package org.checkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every message, question and file chooser the app shows goes through here, so errors reach the
 * user the same way everywhere and tests can answer dialogs without a person.
 */
public interface DialogService {

    /** What happened and what to do about it; the app keeps running. */
    void showError(String title, String whatHappened, String whatToDo);

    void showInformation(String title, String message);

    boolean confirm(String title, String question);

    /** @param extensions e.g. "*.txt"; the first group is the default filter */
    Optional<Path> chooseFileToOpen(String title, String filterName, List<String> extensions);

    Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName, List<String> extensions);

    /**
     * Asks for a line of text (a reviewer's note); empty when cancelled. The default answers
     * nothing, for services that never ask.
     */
    default Optional<String> askText(String title, String question) {
        return Optional.empty();
    }
}
