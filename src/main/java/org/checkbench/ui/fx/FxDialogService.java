package org.checkbench.ui.fx;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window so they stay on top of it. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    private static final int LONG_MESSAGE_LINES = 14;
    private static final int LONG_MESSAGE_CHARS = 900;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String whatHappened, String whatToDo) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(whatHappened);
        alert.getDialogPane().setContent(messageContent(whatToDo));
        alert.getDialogPane().getStyleClass().add("checkbench-dialog");
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        if (isLong(message)) {
            alert.getDialogPane().setContent(messageContent(message));
            alert.setResizable(true);
        }
        alert.showAndWait();
    }

    /** A list of dozens of claims or notices would push the OK button off the screen: it scrolls instead. */
    private static boolean isLong(String text) {
        return text.lines().count() > LONG_MESSAGE_LINES || text.length() > LONG_MESSAGE_CHARS;
    }

    private static javafx.scene.Node messageContent(String text) {
        if (!isLong(text)) {
            Label label = new Label(text);
            label.setWrapText(true);
            return label;
        }
        TextArea area = new TextArea(text);
        area.setId("longMessage");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefColumnCount(60);
        area.setPrefRowCount(14);
        // The dialog pane sizes its content by its minimum: without this the area shrinks to two lines.
        area.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return area;
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public boolean choose(String title, String question, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yesButton, noButton);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(yesButton::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, List<String> extensions) {
        FileChooser chooser = chooser(title, filterName, extensions);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(
            String title, String suggestedName, String filterName, List<String> extensions) {
        FileChooser chooser = chooser(title, filterName, extensions);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public <R> Optional<R> showCustomDialogAndWait(Dialog<R> dialog) {
        prepare(dialog);
        return dialog.showAndWait();
    }

    @Override
    public <R> void showCustomDialog(Dialog<R> dialog, Consumer<R> onResult) {
        prepare(dialog);
        dialog.setOnHidden(event -> {
            R result = dialog.getResult();
            if (result != null) {
                onResult.accept(result);
            }
        });
        dialog.show();
    }

    /** Owned by the main window unless the feature chose another (the evidence library). */
    private void prepare(Dialog<?> dialog) {
        if (dialog.getOwner() == null && owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().getStyleClass().add("checkbench-dialog");
    }

    private static FileChooser chooser(String title, String filterName, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, extensions));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }
}
