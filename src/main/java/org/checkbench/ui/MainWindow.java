package org.checkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.checkbench.model.Claim;
import org.checkbench.model.Verdict;
import org.checkbench.service.ClaimChecks;
import org.checkbench.model.VerdictScales;
import org.checkbench.service.WorkspaceService;
import org.controlsfx.control.StatusBar;

/**
 * The main window: menu bar, the article editor on the left, the claim panel on the right and a
 * status bar. It arranges parts and routes commands; the work happens in the services, on the
 * worker thread.
 */
public final class MainWindow {

    private static final String APP_NAME = "Checkbench";

    private final Stage stage;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final WorkspaceActions workspace;
    private final ArticleEditor editor = new ArticleEditor();
    private final ClaimEditorController claimsInEditor;
    private final ClaimPanel claimPanel;
    private final EvidencePanel evidencePanel;
    private DesktopActions desktop;
    private final StatusBar statusBar = new StatusBar();
    private final Label progress = new Label();
    private final ReviewActions reviews;
    private final SplitPane split;
    private final Menu recentMenu = new Menu("Open recent workspace");
    private final AppPreferences preferences;
    private final javafx.scene.control.Button undoButton;
    private final javafx.scene.control.Button redoButton;
    private final ReportExport reportExport;
    private OpenArticle open;
    private Runnable onArticleShown = () -> { };

    public MainWindow(Stage stage, WorkspaceService service, BackgroundTasks tasks, DialogService dialogs,
            WindowState windowState, AppPreferences preferences) {
        this.stage = stage;
        this.preferences = preferences;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.workspace = new WorkspaceActions(service, tasks, dialogs);
        this.claimsInEditor = new ClaimEditorController(editor, this::selectClaim);
        this.undoButton = toolButton("undoButton", "Undo", "Undo (Ctrl+Z)", claimsInEditor::undo);
        this.redoButton = toolButton("redoButton", "Redo", "Redo (Ctrl+Shift+Z)", claimsInEditor::redo);
        this.claimPanel = new ClaimPanel(claim -> claimsInEditor.reveal(claim));
        this.reviews = new ReviewActions(() -> open, tasks, dialogs);
        this.evidencePanel = new EvidencePanel(tasks, dialogs, () -> desktop, claimsInEditor::undo, claimsInEditor::redo);
        claimPanel.detail().setEvidencePanel(evidencePanel);
        claimPanel.detail().usePolicy(preferences::sourcePolicy);
        claimPanel.setDropOnClaim(this::dropOnClaim);
        claimsInEditor.setDropOnClaim(this::dropOnClaim);
        this.split = new SplitPane(editor, claimPanel);
        this.reportExport = new ReportExport(stage, tasks, dialogs, this::open, statusBar::setText,
                preferences);

        split.setOrientation(Orientation.HORIZONTAL);
        split.setId("mainSplit");
        SplitPane.setResizableWithParent(claimPanel, false);
        statusBar.setId("statusBar");
        statusBar.setText("Starting…");
        progress.setId("claimProgress");
        statusBar.getRightItems().addAll(reviews.stateLabel(), new javafx.scene.control.Separator(
                javafx.geometry.Orientation.VERTICAL), progress);

        BorderPane root = new BorderPane(split);
        root.setTop(new javafx.scene.layout.VBox(new MainMenus(this).menuBar(), toolBar()));
        root.setBottom(statusBar);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("checkbench.css").toExternalForm());
        scene.getStylesheets().add(ClaimStyles.stylesheetUrl(VerdictScales.ALL));
        // Status keys must work before the Claim > Set status submenu was ever opened.
        for (int i = 0; i < 9; i++) {
            int index = i;
            scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+" + (i + 1)), () -> setStatusOfSelected(index));
        }
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.getIcons().addAll(AppIcons.load());
        setTitle(null);
        windowState.restore(stage, split);
        stage.setOnHidden(event -> windowState.save(stage, split));
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
    }

    public void show() {
        stage.show();
    }

    /** Opens the workspace and article the command line asked for (or the defaults). */
    public void start(LaunchOptions options, Runnable afterArticleShown) {
        onArticleShown = afterArticleShown;
        statusBar.setText("Opening the workspace…");
        workspace.open(options.workspace(), options.article(), true, this::showArticle);
    }

    /** The commands a checker uses all day, one click away (each also has a key and a menu item). */
    private javafx.scene.control.ToolBar toolBar() {
        javafx.scene.control.ToolBar bar = new javafx.scene.control.ToolBar(
                toolButton("markClaimButton", "Mark claim", "Mark the selected words as a claim (Ctrl+M)",
                        claimsInEditor::markSelection),
                toolButton("acceptSuggestionButton", "Accept", "Accept the suggestion at the caret (Ctrl+Enter)",
                        claimsInEditor::acceptSuggestionAtCaret),
                toolButton("dismissSuggestionButton", "Dismiss", "Dismiss the suggestion at the caret (Ctrl+Shift+Enter)",
                        claimsInEditor::dismissSuggestionAtCaret),
                new javafx.scene.control.Separator(),
                toolButton("previousClaimButton", "◀ Previous", "Previous claim (Shift+F8)", () -> claimPanel.step(-1)),
                toolButton("nextClaimButton", "Next ▶", "Next claim (F8)", () -> claimPanel.step(1)),
                new javafx.scene.control.Separator(),
                undoButton, redoButton,
                new javafx.scene.control.Separator(),
                toolButton("exportReportButton", "Export report…", "Export the check report as PDF (Ctrl+E)",
                        () -> reportExport.start()));
        bar.setId("toolBar");
        return bar;
    }

    private static javafx.scene.control.Button toolButton(String id, String text, String tip, Runnable action) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(text);
        button.setId(id);
        button.setTooltip(new javafx.scene.control.Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    /**
     * Closing the window or File > Quit: the open fields and the text are saved first; if that
     * fails the window stays open with the error, so nothing typed is lost.
     */
    void quit() {
        if (open == null) {
            stage.close();
            return;
        }
        claimPanel.detail().saveEdits();
        open.saveNow(stage::close, failure -> Problems.show(dialogs, "Save your work before closing", failure));
    }

    /** The app is quitting: queue the last save and the close; the worker finishes them before exit. */
    public void shutdown() {
        if (open != null) {
            open.saveNow();
        }
        workspace.close();
    }

    public Stage stage() {
        return stage;
    }

    ArticleEditor editor() {
        return editor;
    }

    ClaimEditorController claimsInEditor() {
        return claimsInEditor;
    }

    ClaimPanel claimPanel() {
        return claimPanel;
    }

    EvidencePanel evidencePanel() {
        return evidencePanel;
    }

    /** The browser, file viewer and clipboard the evidence panel uses; tests put a recorder here. */
    void setDesktopActions(DesktopActions desktop) {
        this.desktop = desktop;
    }

    OpenArticle open() {
        return open;
    }

    WorkspaceActions workspace() {
        return workspace;
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    DialogService dialogs() {
        return dialogs;
    }

    ReviewActions reviews() {
        return reviews;
    }

    ReportExport reportExport() {
        return reportExport;
    }

    Menu recentMenu() {
        return recentMenu;
    }

    void showArticle(WorkspaceActions.ArticleBundle bundle) {
        if (open != null) {
            open.saveNow();
        }
        OpenArticle article = new OpenArticle(bundle.loaded(), bundle.evidenceCounts(), bundle.suggestions(),
                preferences::suggestionThreshold, bundle.session(), tasks,
                failure -> Problems.show(dialogs, "Save your work", failure), new OpenArticle.TextSurface() {
                    @Override
                    public String text() {
                        return editor.area().getText();
                    }

                    @Override
                    public String text(int start, int end) {
                        return editor.area().getText(start, end);
                    }

                    @Override
                    public void replace(int start, int end, String replacement) {
                        editor.area().replaceText(start, end, replacement);
                    }
                });
        open = article;
        claimsInEditor.show(article, bundle.loaded().article().currentText());
        undoButton.disableProperty().bind(article.history().canUndoProperty().not());
        redoButton.disableProperty().bind(article.history().canRedoProperty().not());
        // Detection again with the checker's own threshold; stored suggestions show meanwhile.
        article.suggestions().refreshAfterSave(bundle.loaded().article().currentText());
        claimPanel.show(article);
        evidencePanel.show(article);
        article.onClaimsChanged(() -> {
            updateProgress();
            reviews.claimsChanged();
        });
        updateProgress();
        reviews.refresh();
        setTitle(article.article().title());
        statusBar.setText("Opened “" + article.article().title() + "” from " + bundle.session().file().getFileName());
        onArticleShown.run();
    }

    void selectClaim(Claim claim) {
        claimPanel.select(claim);
    }

    /** A URL or file dropped on a claim (in the list or the text): select it, then add as its evidence. */
    private boolean dropOnClaim(Claim claim, javafx.scene.input.Dragboard board) {
        selectClaim(claim);
        return evidencePanel.receive(board);
    }

    /** Ctrl+S: the text and claims go to the database now, and the database to the disk. */
    void saveNow() {
        if (open != null) {
            open.saveNow();
        }
        workspace.flush();
        statusBar.setText("Saved");
    }

    /** Opens a workspace file; the current one stays open if it fails. */
    void openWorkspace(Path file, boolean createIfMissing) {
        if (open != null) {
            open.saveNow();
        }
        workspace.open(file, null, createIfMissing, this::showArticle);
    }

    void newWorkspace(Path file) {
        if (open != null) {
            open.saveNow();
        }
        workspace.createNew(file, this::showArticle);
    }

    /**
     * File > Import new draft…: the draft becomes the current text as a new revision; claims are
     * found again by their words, and those whose words are gone are listed as orphaned.
     */
    void importDraft(Path file) {
        OpenArticle current = open;
        current.saveNow();
        long articleId = current.article().id();
        tasks.run("Import the new draft", () -> current.session().articles().importDraft(articleId, file,
                "Draft imported from " + file.getFileName()), revision -> workspace.openArticle(articleId, bundle -> {
                    showArticle(bundle);
                    long orphaned = bundle.loaded().claims().stream().filter(Claim::orphaned).count();
                    statusBar.setText("New draft imported as revision " + revision.number()
                            + (orphaned == 0 ? "; every claim was found again" : "; " + orphaned
                                    + (orphaned == 1 ? " claim is" : " claims are") + " orphaned (listed last)"));
                }), failure -> Problems.show(dialogs, "Import the new draft", failure));
    }

    /** File > Article details…: saved, then the article is shown again (its scale may have changed). */
    void editArticleDetails() {
        if (open == null) {
            return;
        }
        OpenArticle current = open;
        ArticleDetailsDialog.edit(stage, current.article()).ifPresent(edited -> {
            current.saveNow();
            tasks.run("Save the article details", () -> current.session().articles().updateDetails(edited),
                    saved -> workspace.openArticle(saved.id(), this::showArticle),
                    failure -> Problems.show(dialogs, "Save the article details", failure));
        });
    }

    /** Edit > Preferences…; a new threshold finds the suggestions again. */
    void showPreferences() {
        tasks.run("Read detection's default", () -> org.checkbench.detect.Detector.standard().defaultThreshold(), detectionDefault -> {
            if (PreferencesDialog.show(stage, preferences, detectionDefault) && open != null) {
                open.saveNow();
                open.suggestions().refreshAfterSave(editor.area().getText());
            }
        }, failure -> Problems.show(dialogs, "Open the preferences", failure));
    }

    void setStatusOfSelected(int valueIndex) {
        if (open == null || open.selectedProperty().get() == null) {
            return;
        }
        List<Verdict> values = open.scale().values();
        if (valueIndex < values.size()) {
            open.setStatus(open.claim(open.selectedProperty().get().id()), values.get(valueIndex).id());
        }
    }

    void removeSelected() {
        if (open != null && open.selectedProperty().get() != null) {
            open.remove(open.claim(open.selectedProperty().get().id()));
        }
    }

    void toggleClaimPanel() {
        if (split.getItems().contains(claimPanel)) {
            split.getItems().remove(claimPanel);
        } else {
            split.getItems().add(claimPanel);
            split.setDividerPositions(0.68);
        }
    }

    private void updateProgress() {
        if (open == null) {
            return;
        }
        Map<String, Integer> byStatus = new TreeMap<>();
        for (Claim claim : open.currentClaims()) {
            byStatus.merge(open.verdictOf(claim).label(), 1, Integer::sum);
        }
        // The same rule as the panel and the report: a stale (changed, orphaned) verdict is no check.
        ClaimChecks.Progress checked = ClaimChecks.progress(open.currentClaims(), open.scale());
        StringBuilder text = new StringBuilder();
        for (Verdict verdict : open.scale().values()) {
            Integer count = byStatus.get(verdict.label());
            if (count != null) {
                text.append(verdict.label()).append(' ').append(count).append(" · ");
            }
        }
        text.append(checked);
        int suggested = open.suggestions().items().size();
        if (suggested > 0) {
            text.append(" · ").append(suggested).append(suggested == 1 ? " suggestion" : " suggestions");
        }
        progress.setText(text.toString());
    }

    private void setTitle(String articleTitle) {
        stage.setTitle(articleTitle == null ? APP_NAME : articleTitle + " — " + APP_NAME);
    }
}
