package org.checkbench.ui;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.controlsfx.control.StatusBar;

/**
 * The main window: menu bar, the article editor on the left, the claim panel on the right and a
 * status bar. It only arranges parts and routes commands; the work happens in the services.
 */
public final class MainWindow {

    private static final String APP_NAME = "Checkbench";

    private final Stage stage;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final WindowState windowState;
    private final ArticleEditor editor = new ArticleEditor();
    private final ClaimPanel claimPanel = new ClaimPanel();
    private final StatusBar statusBar = new StatusBar();
    private final Label wordCount = new Label();
    private final SplitPane split = new SplitPane(editor, claimPanel);

    public MainWindow(Stage stage, BackgroundTasks tasks, DialogService dialogs, WindowState windowState) {
        this.stage = stage;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.windowState = windowState;

        split.setOrientation(Orientation.HORIZONTAL);
        split.setId("mainSplit");
        SplitPane.setResizableWithParent(claimPanel, false);

        statusBar.setId("statusBar");
        statusBar.setText("Starting…");
        statusBar.getRightItems().add(wordCount);

        BorderPane root = new BorderPane(split);
        root.setTop(menuBar());
        root.setBottom(statusBar);

        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("checkbench.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.getIcons().addAll(AppIcons.load());
        setTitle(null);
        windowState.restore(stage, split);
        stage.setOnHidden(event -> windowState.save(stage, split));
    }

    public void show() {
        stage.show();
    }

    /** Shows an article's text; the title goes into the window title. */
    public void showArticle(String title, String text) {
        editor.showText(text);
        setTitle(title);
        long words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        wordCount.setText(words + " words");
        statusBar.setText("Opened “" + title + "”");
    }

    public void showStatus(String message) {
        statusBar.setText(message);
    }

    public ArticleEditor editor() {
        return editor;
    }

    public Stage stage() {
        return stage;
    }

    private void setTitle(String articleTitle) {
        stage.setTitle(articleTitle == null ? APP_NAME : articleTitle + " — " + APP_NAME);
    }

    private MenuBar menuBar() {
        MenuItem quit = item("Quit", "Shortcut+Q", () -> stage.close());
        Menu file = new Menu("_File", null, quit);

        Menu edit = new Menu("_Edit", null,
                item("Undo", "Shortcut+Z", () -> editor.area().undo()),
                item("Redo", "Shortcut+Shift+Z", () -> editor.area().redo()),
                new SeparatorMenuItem(),
                item("Cut", "Shortcut+X", () -> editor.area().cut()),
                item("Copy", "Shortcut+C", () -> editor.area().copy()),
                item("Paste", "Shortcut+V", () -> editor.area().paste()),
                new SeparatorMenuItem(),
                item("Select all", "Shortcut+A", () -> editor.area().selectAll()));

        MenuItem toggleClaims = item("Show or hide the claim panel", "F9", this::toggleClaimPanel);
        Menu view = new Menu("_View", null, toggleClaims);

        MenuItem about = item("About Checkbench", null, () -> AboutDialog.show(stage));
        about.setId("aboutMenuItem");
        Menu help = new Menu("_Help", null, about);

        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private void toggleClaimPanel() {
        if (split.getItems().contains(claimPanel)) {
            split.getItems().remove(claimPanel);
        } else {
            split.getItems().add(claimPanel);
            split.setDividerPositions(0.68);
        }
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
