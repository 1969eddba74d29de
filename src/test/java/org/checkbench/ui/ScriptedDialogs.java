package org.checkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link DialogService} that answers like a scripted checker and records what the app said, so
 * a test never opens an OS file chooser or waits on an alert.
 */
final class ScriptedDialogs implements DialogService {

    final List<String> errors = new CopyOnWriteArrayList<>();
    final List<String> information = new CopyOnWriteArrayList<>();
    final List<String> questions = new CopyOnWriteArrayList<>();
    final List<String> suggestedNames = new CopyOnWriteArrayList<>();
    private volatile Path fileToSave;
    private volatile boolean answer;
    private volatile String text;

    /** What the next text question is answered with. */
    ScriptedDialogs answerText(String value) {
        text = value;
        return this;
    }

    /** The file the next "save as" chooser returns. */
    ScriptedDialogs saveAs(Path file) {
        fileToSave = file;
        return this;
    }

    /** The answer to every confirmation from now on. */
    ScriptedDialogs answer(boolean yes) {
        answer = yes;
        return this;
    }

    @Override
    public void showError(String title, String whatHappened, String whatToDo) {
        errors.add(title + "\n" + whatHappened + "\n" + whatToDo);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(title + "\n" + message);
    }

    @Override
    public boolean confirm(String title, String question) {
        questions.add(title + "\n" + question);
        return answer;
    }

    @Override
    public Optional<String> askText(String title, String question) {
        questions.add(title + "\n" + question);
        return Optional.ofNullable(text);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, List<String> extensions) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName,
            List<String> extensions) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(fileToSave);
    }
}
