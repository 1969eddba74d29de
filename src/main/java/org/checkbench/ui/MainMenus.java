package org.checkbench.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.util.StringConverter;

import org.checkbench.model.ArticleSummary;

/** The menu bar. Every command here is also reachable by keyboard. */
final class MainMenus {

    private static final List<String> WORKSPACE_FILES = List.of("*.checkbench");
    private static final List<String> TEXT_FILES = List.of("*.txt", "*.text", "*.md");

    private final MainWindow window;

    MainMenus(MainWindow window) {
        this.window = window;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), claimMenu(), reviewMenu(), viewMenu(), helpMenu());
        bar.setId("menuBar");
        return bar;
    }

    private Menu fileMenu() {
        Menu recent = window.recentMenu();
        recent.setOnShowing(e -> fillRecent(recent));
        recent.getItems().add(new MenuItem("(none yet)"));
        Menu file = new Menu("_File", null,
                item("Open article…", "Shortcut+O", this::importArticle),
                item("Switch article…", "Shortcut+Shift+O", this::switchArticle),
                item("Article details…", "Shortcut+I", window::editArticleDetails),
                item("Import new draft of this article…", "Shortcut+Shift+I", this::importDraft),
                new SeparatorMenuItem(),
                item("New workspace…", null, this::newWorkspace),
                item("Open workspace…", null, this::openWorkspace),
                recent,
                item("Back up workspace…", null, this::backUp),
                new SeparatorMenuItem(),
                item("Save now", "Shortcut+S", window::saveNow),
                new SeparatorMenuItem(),
                exportReport(),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", window::quit));
        return file;
    }

    private MenuItem exportReport() {
        MenuItem export = item("Export check report…", "Shortcut+E", () -> window.reportExport().start());
        export.setId("exportReportMenuItem");
        return export;
    }

    private Menu editMenu() {
        ClaimEditorController editor = window.claimsInEditor();
        // Undo/Redo keys are handled by the editor itself; these items show them and work from anywhere.
        MenuItem undo = new MenuItem("Undo");
        undo.setOnAction(e -> editor.undo());
        MenuItem redo = new MenuItem("Redo");
        redo.setOnAction(e -> editor.redo());
        Menu edit = new Menu("_Edit", null, undo, redo,
                new SeparatorMenuItem(),
                plain("Cut", () -> window.editor().area().cut()),
                plain("Copy", () -> window.editor().area().copy()),
                plain("Paste", () -> window.editor().area().paste()),
                plain("Select all", () -> window.editor().area().selectAll()),
                new SeparatorMenuItem(),
                item("Preferences…", "Shortcut+Comma", window::showPreferences));
        // Say what Undo and Redo would do ("Undo Mark claim"), and grey them out when there is nothing.
        edit.setOnShowing(e -> {
            UndoHistory history = window.open() == null ? null : window.open().history();
            String undoWhat = history == null ? "" : history.nextUndoDescription();
            String redoWhat = history == null ? "" : history.nextRedoDescription();
            undo.setText(undoWhat.isEmpty() ? "Undo" : "Undo " + undoWhat.toLowerCase(java.util.Locale.ROOT));
            redo.setText(redoWhat.isEmpty() ? "Redo" : "Redo " + redoWhat.toLowerCase(java.util.Locale.ROOT));
            undo.setDisable(undoWhat.isEmpty());
            redo.setDisable(redoWhat.isEmpty());
        });
        return edit;
    }

    private Menu claimMenu() {
        MenuItem mark = plain("Mark selection as claim    Ctrl+M", () -> window.claimsInEditor().markSelection());
        mark.setId("markClaimMenuItem");
        Menu status = new Menu("Set status");
        status.setOnShowing(e -> {
            status.getItems().clear();
            if (window.open() == null) {
                return;
            }
            var values = window.open().scale().values();
            for (int i = 0; i < values.size(); i++) {
                int index = i;
                status.getItems().add(item(values.get(i).label(), i < 9 ? "Shortcut+" + (i + 1) : null,
                        () -> window.setStatusOfSelected(index)));
            }
        });
        Menu claim = new Menu("_Claim", null, mark,
                plain("Accept suggestion at the caret    Ctrl+Enter", () -> window.claimsInEditor().acceptSuggestionAtCaret()),
                plain("Dismiss suggestion at the caret    Ctrl+Shift+Enter",
                        () -> window.claimsInEditor().dismissSuggestionAtCaret()),
                item("Next suggestion", "F7", () -> window.claimsInEditor().nextSuggestion()),
                new SeparatorMenuItem(),
                item("Next claim", "F8", () -> window.claimPanel().step(1)),
                item("Previous claim", "Shift+F8", () -> window.claimPanel().step(-1)),
                status,
                item("Remove claim", "Shortcut+Shift+Delete", window::removeSelected));
        return claim;
    }

    /** The article's sign-off: the checker sends it, a reviewer approves it or returns it with a note. */
    private Menu reviewMenu() {
        MenuItem send = item("Send for review", null, () -> window.reviews().sendForReview());
        send.setId("sendForReviewMenuItem");
        MenuItem approve = item("Approve", null, () -> window.reviews().approve());
        approve.setId("approveMenuItem");
        MenuItem giveBack = item("Return with note…", null, () -> window.reviews().returnWithNote());
        giveBack.setId("returnWithNoteMenuItem");
        return new Menu("_Review", null, send, approve, giveBack);
    }

    private Menu viewMenu() {
        return new Menu("_View", null,
                item("Status colours (legend)", null, () -> LegendWindow.show(window.stage(), window.open())),
                item("Evidence library…", "Shortcut+Shift+L", () -> window.evidencePanel().showLibrary()),
                item("Show or hide the claim panel", "F9", window::toggleClaimPanel));
    }

    private Menu helpMenu() {
        MenuItem about = item("About Checkbench", null, () -> AboutDialog.show(window.stage()));
        about.setId("aboutMenuItem");
        return new Menu("_Help", null, about);
    }

    private void importArticle() {
        window.dialogs().chooseFileToOpen("Open an article", "Text files", TEXT_FILES)
                .ifPresent(file -> window.workspace().importArticle(file, window::showArticle));
    }

    private void importDraft() {
        if (window.open() == null) {
            return;
        }
        window.dialogs().chooseFileToOpen("Import the writer's new draft", "Text files", TEXT_FILES)
                .ifPresent(window::importDraft);
    }

    private void switchArticle() {
        window.workspace().listArticles((articles, states) -> {
            if (articles.isEmpty()) {
                return;
            }
            ChoiceDialog<ArticleSummary> choose = new ChoiceDialog<>(articles.get(0), articles);
            choose.initOwner(window.stage());
            choose.setTitle("Switch article");
            choose.setHeaderText("Articles in this workspace, most recent first");
            choose.getDialogPane().lookupAll(".combo-box").forEach(node -> {
                if (node instanceof javafx.scene.control.ComboBox<?> box) {
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.ComboBox<ArticleSummary> typed = (javafx.scene.control.ComboBox<ArticleSummary>) box;
                    typed.setConverter(new StringConverter<>() {
                        @Override
                        public String toString(ArticleSummary a) {
                            return a == null ? "" : a.title() + "  (" + a.claimCount() + " claims, "
                                    + states.getOrDefault(a.id(), org.checkbench.model.ReviewState.IN_PROGRESS).label()
                                    .toLowerCase(java.util.Locale.ROOT) + ")";
                        }

                        @Override
                        public ArticleSummary fromString(String s) {
                            return null;
                        }
                    });
                }
            });
            choose.showAndWait().ifPresent(a -> {
                if (window.open() != null) {
                    window.open().saveNow();
                }
                window.workspace().openArticle(a.id(), window::showArticle);
            });
        });
    }

    private void newWorkspace() {
        window.dialogs().chooseFileToSave("New workspace", "workspace.checkbench", "Checkbench workspaces",
                WORKSPACE_FILES).map(MainMenus::withExtension).ifPresent(window::newWorkspace);
    }

    private void openWorkspace() {
        window.dialogs().chooseFileToOpen("Open workspace", "Checkbench workspaces", WORKSPACE_FILES)
                .ifPresent(file -> window.openWorkspace(file, false));
    }

    private void backUp() {
        if (window.workspace().session() == null) {
            return;
        }
        window.dialogs().chooseFileToSave("Back up workspace", "backup.checkbench", "Checkbench workspaces",
                WORKSPACE_FILES).map(MainMenus::withExtension).ifPresent(window.workspace()::backUp);
    }

    private void fillRecent(Menu recent) {
        List<Path> files = window.workspace().recentWorkspaces();
        recent.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
        for (Path file : files) {
            recent.getItems().add(plain(file.toString(), () -> window.openWorkspace(file, false)));
        }
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".checkbench");
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = plain(text, action);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return item;
    }

    private static MenuItem plain(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }
}
