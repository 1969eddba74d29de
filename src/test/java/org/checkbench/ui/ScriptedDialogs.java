package org.checkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javafx.scene.control.Dialog;

import org.checkbench.ui.fx.DialogService;

/**
 * A {@link DialogService} that answers like a scripted checker and records what the app said, so
 * a test never opens an OS file chooser or waits on an alert.
 */
public final class ScriptedDialogs implements DialogService {

    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<String> information = new CopyOnWriteArrayList<>();
    public final List<String> questions = new CopyOnWriteArrayList<>();
    public final List<String> suggestedNames = new CopyOnWriteArrayList<>();
    private volatile Path fileToSave;
    private volatile Path fileToOpen;
    private volatile boolean answer;
    private volatile String text;

    /** What the next text question is answered with. */
    public ScriptedDialogs answerText(String value) {
        text = value;
        return this;
    }

    /** The file the next "save as" chooser returns. */
    public ScriptedDialogs saveAs(Path file) {
        fileToSave = file;
        return this;
    }

    /** The file the next "open" chooser returns (then none again). */
    public ScriptedDialogs open(Path file) {
        fileToOpen = file;
        return this;
    }

    /** The answer to every confirmation from now on. */
    public ScriptedDialogs answer(boolean yes) {
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

    /** Each two-answer question as "title\nquestion\n[yes | no]", the buttons it offered. */
    public final List<String> choices = new CopyOnWriteArrayList<>();

    @Override
    public boolean choose(String title, String question, String yes, String no) {
        choices.add(title + "\n" + question + "\n[" + yes + " | " + no + "]");
        return confirm(title, question);
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
        Path file = fileToOpen;
        fileToOpen = null;
        return Optional.ofNullable(file);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName,
            List<String> extensions) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(fileToSave);
    }

    /** Forms are worked by the test like a person would, so they are really shown. */
    @Override
    public <R> Optional<R> showCustomDialogAndWait(Dialog<R> dialog) {
        return dialog.showAndWait();
    }

    @Override
    public <R> void showCustomDialog(Dialog<R> dialog, Consumer<R> onResult) {
        dialog.setOnHidden(event -> {
            R result = dialog.getResult();
            if (result != null) {
                onResult.accept(result);
            }
        });
        dialog.show();
    }
}
