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
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The real dialogs, owned by the main window so they stay on top of it. Every alert, question and
 * form is prepared in {@link #prepare} (owner, style, modal without native modality, sized to its
 * content once shown): the one place dialogs are made right under window managers (ADR 0103). Once the app has stopped
 * ({@link #close()}), work still finishing in the background has nobody to speak to: its errors are
 * logged, questions are answered "no", and nothing is shown (a stray alert could otherwise land in
 * the next window that reuses the stage).
 */
public final class FxDialogService implements DialogService {

    private static final System.Logger LOG = System.getLogger(FxDialogService.class.getName());
    /** A message longer than this scrolls in a text area (a ClaimReview gap list, many import notices). */
    private static final int LONG_MESSAGE_LINES = 14;
    private static final int LONG_MESSAGE_CHARS = 900;

    private final Window owner;
    private volatile boolean closed;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    /** The app is quitting: from now on nothing is shown. */
    public void close() {
        closed = true;
    }

    /** Dialog text wraps at this width, so a long path or message never pushes OK off a small screen. */
    static final double TEXT_WIDTH = 560;

    /** Technical details longer than this (an integrity report, an SQLite message) go under "Show details". */
    static final int LONG_DETAIL = 60;

    @Override
    public void showError(String title, String whatHappened, String whatToDo) {
        if (closed) {
            LOG.log(System.Logger.Level.WARNING, "After the window closed: " + title + ": " + whatHappened);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(title);
        alert.setHeaderText(whatHappened);
        String[] split = splitDetails(whatHappened);
        Label problem = wrapping(split[0]);
        problem.getStyleClass().add("dialog-problem");
        javafx.scene.layout.VBox header = new javafx.scene.layout.VBox(problem);
        header.getStyleClass().add("header-panel");
        header.setPadding(new javafx.geometry.Insets(12, 16, 12, 16));
        alert.getDialogPane().setHeader(header);
        alert.getDialogPane().setContent(messageContent(whatToDo));
        if (split[1] != null) {
            javafx.scene.control.TextArea details = new javafx.scene.control.TextArea(split[1]);
            details.setEditable(false);
            details.setWrapText(true);
            details.setPrefWidth(TEXT_WIDTH);
            details.setPrefRowCount(6);
            details.setId("problemDetails");
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.getDialogPane().setMaxWidth(TEXT_WIDTH + 120);
        prepare(alert);
        alert.showAndWait();
    }

    /**
     * {shown, details}: a long parenthesised technical part at the end of the message is moved to
     * the details; details is null when there is none.
     */
    static String[] splitDetails(String message) {
        int open = message.indexOf(" (");
        int close = message.lastIndexOf(')');
        if (open < 0 || close < open || close - open < LONG_DETAIL) {
            return new String[] {message, null};
        }
        String details = message.substring(open + 2, close);
        String shown = message.substring(0, open) + " (see the details below)" + message.substring(close + 1);
        return new String[] {shown, details};
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        label.setPrefWidth(TEXT_WIDTH);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    public void showInformation(String title, String message) {
        if (closed) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(null);
        if (isLong(message)) {
            alert.getDialogPane().setContent(messageContent(message));
            alert.setResizable(true);
        }
        prepare(alert);
        alert.showAndWait();
    }

    /** A list of dozens of claims or notices would push the OK button off the screen: it scrolls instead. */
    private static boolean isLong(String text) {
        return text.lines().count() > LONG_MESSAGE_LINES || text.length() > LONG_MESSAGE_CHARS;
    }

    private static javafx.scene.Node messageContent(String text) {
        if (!isLong(text)) {
            return wrapping(text);
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
        if (closed) {
            return false;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(null);
        prepare(alert);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String question) {
        if (closed) {
            return Optional.empty();
        }
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle(title);
        ask.setHeaderText(question);
        ask.getEditor().setId("askTextField");
        ask.getEditor().setPrefColumnCount(40);
        return showCustomDialogAndWait(ask).map(String::strip);
    }

    @Override
    public boolean choose(String title, String question, String yes, String no) {
        if (closed) {
            return false;
        }
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
        if (closed) {
            return Optional.empty();
        }
        FileChooser chooser = chooser(title, filterName, extensions);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(
            String title, String suggestedName, String filterName, List<String> extensions) {
        if (closed) {
            return Optional.empty();
        }
        FileChooser chooser = chooser(title, filterName, extensions);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public <R> Optional<R> showCustomDialogAndWait(Dialog<R> dialog) {
        if (closed) {
            return Optional.empty();
        }
        prepare(dialog);
        return dialog.showAndWait();
    }

    @Override
    public <R> void showCustomDialog(Dialog<R> dialog, Consumer<R> onResult) {
        if (closed) {
            return;
        }
        prepare(dialog);
        dialog.setOnHidden(event -> {
            R result = dialog.getResult();
            if (result != null) {
                onResult.accept(result);
            }
        });
        dialog.show();
    }

    /**
     * Owned by the main window unless the feature chose another (the evidence library); modal in
     * effect but not natively (a native modal un-maximises the main window under openbox); sized to
     * its content once shown (the first Add evidence form opened at 200×200 under openbox).
     */
    private void prepare(Dialog<?> dialog) {
        if (dialog.getOwner() == null && owner != null) {
            dialog.initOwner(owner);
        }
        if (!dialog.getDialogPane().getStyleClass().contains("checkbench-dialog")) {
            dialog.getDialogPane().getStyleClass().add("checkbench-dialog");
        }
        if (dialog.getModality() != Modality.NONE) {
            dialog.initModality(Modality.NONE);
        }
        Window shownIn = dialog.getDialogPane().getScene().getWindow();
        OwnedWindows.blockOwnerWhileShowing(shownIn, dialog.getOwner());
        OwnedWindows.fitOnceShown(shownIn, dialog.getDialogPane());
    }

    private static FileChooser chooser(String title, String filterName, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, extensions));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }
}
