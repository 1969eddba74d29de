package org.checkbench.ui.app;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.checkbench.model.Claim;
import org.checkbench.service.WorkspaceService;
import org.checkbench.ui.actions.ActionRegistry;
import org.checkbench.ui.article.CheckerActivity;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.claims.CheckedBeforeSection;
import org.checkbench.ui.claims.ClaimPanel;
import org.checkbench.ui.claims.MatchingWorker;
import org.checkbench.ui.editor.ArticleEditor;
import org.checkbench.ui.editor.ClaimEditorController;
import org.checkbench.ui.evidence.EvidencePanel;
import org.checkbench.ui.export.BundleTransfer;
import org.checkbench.ui.export.NewsroomExport;
import org.checkbench.ui.export.ReportExport;
import org.checkbench.ui.fx.AfterLayout;
import org.checkbench.ui.fx.DesktopActions;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;
import org.checkbench.ui.revisions.RevisionActions;
import org.checkbench.model.text.BidiControls;
import org.checkbench.model.text.DisplayText;
import org.controlsfx.control.StatusBar;

/**
 * The main window: menu bar, the article editor on the left, the claim panel on the right and a
 * status bar. It arranges parts and routes commands; the work happens in the services, on the
 * worker thread.
 */
public final class MainWindow {

    private static final String APP_NAME = "Checkbench";

    private final Stage stage;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final WorkspaceActions workspace;
    private final ArticleEditor editor = new ArticleEditor();
    private final org.checkbench.ui.editor.FindBar findBar;
    private final ClaimEditorController claimsInEditor;
    private final ClaimPanel claimPanel;
    private final EvidencePanel evidencePanel;
    private DesktopActions desktop;
    private final StatusBar statusBar = new StatusBar();
    private final TeamLink team;
    private final TextLockLink textLock;
    private final NoticeBar noticeBar = new NoticeBar();
    private final Label progress = new Label();
    private final ReviewActions reviews;
    private final DetectionStatus detectionStatus = new DetectionStatus(statusBar);
    private final WindowPanes panes;
    private final Menu recentMenu = new Menu("Open recent workspace");
    private final AppPreferences preferences;
    private final ActionRegistry actions;
    private final ReportExport reportExport;
    private final NewsroomExport newsroomExport;
    private final BundleTransfer bundleTransfer;
    private final DraftImport draftImport;
    private final RevisionActions revisions;
    private OpenArticle open;
    /** Whether the checker is working in the window (background detection then keeps to one core). */
    private CheckerActivity activity;
    private Runnable onArticleShown = () -> { };
    private final MatchingWorker matching;
    private long openingStartedAt;
    private boolean actionsRefreshQueued;
    /** The window layout is saved on close only once this window has shown work (a refused start must not overwrite it). */
    private boolean layoutInUse;
    private final StatusLine statusLine = new StatusLine(statusBar, progress);

    public MainWindow(Stage stage, WorkspaceService service, TaskExecutor tasks, DialogService dialogs,
            WindowState windowState, AppPreferences preferences) {
        this.stage = stage;
        this.preferences = preferences;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.workspace = new WorkspaceActions(service, tasks, dialogs, preferences::suggestionThreshold);
        this.claimsInEditor = new ClaimEditorController(editor, this::selectClaim);
        this.reviews = new ReviewActions(() -> open, tasks, dialogs, this::refreshActions);
        // Every command is defined once, in MainActions; menus, buttons, the editor's menu and keys come from there.
        this.actions = MainActions.define(this);
        this.claimPanel = new ClaimPanel(claim -> claimsInEditor.reveal(claim));
        claimPanel.detail().useActionButtons(actions.button("applyCorrection"), actions.button("removeClaim"));
        claimPanel.detail().onCorrectionTyped(this::refreshActionsSoon);
        claimsInEditor.useContextMenu(actions.contextMenu(claimsInEditor::selectClaimUnderCaret,
                "markClaim", null, "removeClaim", "applyCorrection", "attachClaim", null, "acceptSuggestion",
                "dismissSuggestion"));
        this.evidencePanel = new EvidencePanel(tasks, dialogs, () -> desktop, actions.button("evidenceLibrary"));
        claimPanel.detail().setEvidencePanel(evidencePanel);
        claimPanel.detail().usePolicy(preferences::sourcePolicy);
        this.matching = new MatchingWorker(statusLine::matchingStatus, failure -> Problems.showUnlessOffline(dialogs, "Match claims", failure));
        claimPanel.detail().setCheckedBeforeSection(new CheckedBeforeSection(matching, evidencePanel::reload));
        matching.setOnUpToDate(this::updateCheckedBeforeMarks);
        claimPanel.setDropOnClaim(this::dropOnClaim);
        claimsInEditor.setDropOnClaim(this::dropOnClaim);
        this.findBar = new org.checkbench.ui.editor.FindBar(editor, claimsInEditor.search(),
                actions.button("findPrevious"), actions.button("findNext"), (ranges, words) -> ArticleCommands.replace(this, ranges, words));
        this.panes = new WindowPanes(editor, findBar, claimPanel);
        this.reportExport = new ReportExport(stage, tasks, dialogs, this::open, statusBar::setText,
                preferences::checkerName, preferences::setCheckerName, preferences::sourcePolicy);
        this.newsroomExport = new NewsroomExport(stage, tasks, dialogs, this::open, statusBar::setText);
        this.bundleTransfer = new BundleTransfer(stage, tasks, dialogs, this::open, workspace::session,
                articleId -> workspace.openArticle(articleId, this::showArticle), statusBar::setText);
        this.draftImport = new DraftImport(this);
        this.textLock = new TextLockLink(tasks, editor, statusBar::setText);
        this.team = new TeamLink(tasks, statusBar::setText, refused -> dialogs.showError("Changes not applied",
                "The team workspace refused " + refused.size() + " of the changes made offline: "
                        + String.join("; ", refused) + ".", "Set them again where they still apply."), textLock);
        team.onMadeOffline(placed -> dialogs.showInformation("Claims marked offline",
                "Sent to the team workspace, but not where they were marked: " + String.join("; ", placed) + "."),
                evidencePanel::reload);
        team.onLibraryChanged(evidencePanel::libraryChangedElsewhere);
        this.revisions = new RevisionActions(new RevisionHost(this), tasks, dialogs);
        claimPanel.useOutcomeButtons(actions.button("previousChangedClaim"), actions.button("nextChangedClaim"));
        claimPanel.detail().setOutcomePlaces((start, end) -> start >= 0 && end <= editor.area().getLength() && start < end
                ? editor.area().getText(start, end) : null, claimsInEditor::selectRange);

        statusLine.placeOnTheRight(List.of(detectionStatus.noticeLabel(), new RunningTaskIndicator(tasks, statusBar).label(),
                reviews.stateLabel()), revisions.outcomeLabel());

        BorderPane root = new BorderPane(new javafx.scene.layout.VBox(noticeBar, textLock.notice(), panes.split()));
        MainMenus menus = new MainMenus(this, actions);
        root.setTop(new javafx.scene.layout.VBox(menus.menuBar(), menus.toolBar()));
        root.setBottom(statusBar);
        Scene scene = new Scene(root);
        WindowPanes.addStylesheets(scene);
        actions.bindKeys(scene);
        // Commands that depend on the selection or the caret (Mark, Accept, Dismiss) follow them, once per
        // burst of keys rather than per key: typing must stay cheap (the editor benchmark's budget).
        editor.area().selectionProperty().addListener((obs, old, now) -> refreshActionsSoon());
        editor.area().caretPositionProperty().addListener((obs, old, now) -> refreshActionsSoon());
        // Someone else took or gave back the article's text (ADR 0150): the commands that change it follow.
        editor.area().editableProperty().addListener((obs, old, now) -> refreshActionsSoon());
        stage.setScene(scene);
        activity = CheckerActivity.watching(scene); // detection leaves the window a core while the checker works
        matching.yieldTo(activity); // and the matching job waits until they rest (ADR 0114)
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        setTitle(null);
        windowState.restore(stage, panes.split());
        stage.setOnHidden(event -> {
            if (layoutInUse) {
                windowState.save(stage, panes.split());
            }
        });
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
    }

    private void refreshActions() {
        actions.refreshAll();
    }

    private void refreshActionsSoon() {
        if (!actionsRefreshQueued) {
            actionsRefreshQueued = true;
            javafx.application.Platform.runLater(() -> {
                actionsRefreshQueued = false;
                actions.refreshAll();
                showCheckedBeforeAtCaret();
            });
        }
    }

    public void show() {
        stage.show();
    }

    /** Opens the workspace and article the command line asked for (or the defaults). */
    public void start(LaunchOptions options, Runnable afterArticleShown) {
        onArticleShown = () -> {
            AppIcons.loadOnceInto(stage); // once the first screen is up, not beside it (ADR 0156)
            afterArticleShown.run();
        };
        openingStartedAt = System.nanoTime();
        statusBar.setText("Opening the workspace…");
        workspace.open(options.workspace(), options.article(), true, this::showArticle, this::noWorkspace);
    }

    /**
     * Closing the window or File > Quit: the open fields and the text are saved first; if that
     * fails the window stays open with the error, so nothing typed is lost.
     */
    void quit() {
        if (open == null) {
            closeSecondaryWindows();
            stage.close();
            return;
        }
        claimPanel.detail().saveEdits();
        open.saveAndClose(() -> {
            closeSecondaryWindows();
            stage.close();
        }, failure -> Problems.show(dialogs, "Save your work before closing", failure));
    }

    /**
     * The evidence library, the legend, export progress and any dialog they opened belong to this
     * window: quitting closes them too (issue 17: the library kept the process, the lock and its
     * writes alive after the main window had gone). Their writes are on the worker already and end
     * before the workspace is closed behind them.
     */
    private void closeSecondaryWindows() {
        for (javafx.stage.Window other : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
            if (other != stage) {
                other.hide();
            }
        }
    }

    /** The app is quitting: queue the last save and the close; the worker finishes them before exit. */
    public void shutdown() {
        closeSecondaryWindows();
        if (open != null) {
            open.stopDetection();
            open.saveNow();
        }
        matching.shutdown();
        workspace.close();
    }

    /** {@link System#nanoTime()} when {@link #start} began opening the workspace. */
    public long openingStartedAt() {
        return openingStartedAt;
    }

    public Stage stage() {
        return stage;
    }

    public ArticleEditor editor() {
        return editor;
    }

    /** When the checker last worked in this window: background work may wait for their rest. */
    public CheckerActivity checkerActivity() {
        return activity;
    }

    public ClaimEditorController claimsInEditor() {
        return claimsInEditor;
    }

    ClaimPanel claimPanel() {
        return claimPanel;
    }

    public EvidencePanel evidencePanel() {
        return evidencePanel;
    }

    /** The browser, file viewer and clipboard the evidence panel uses; tests put a recorder here. */
    public void setDesktopActions(DesktopActions desktop) {
        this.desktop = desktop;
    }

    public OpenArticle open() {
        return open;
    }

    WorkspaceActions workspace() {
        return workspace;
    }

    /** The worker the window's writes go through (tests wait until it has nothing left to do). */
    public TaskExecutor tasks() {
        return tasks;
    }

    DialogService dialogs() {
        return dialogs;
    }

    ReviewActions reviews() {
        return reviews;
    }

    NoticeBar noticeBar() {
        return noticeBar;
    }

    /** The window's commands, for tests and the benchmark. */
    public ActionRegistry actions() {
        return actions;
    }

    public ReportExport reportExport() {
        return reportExport;
    }

    /** File > Export as …, Check ClaimReview fields… */
    public NewsroomExport newsroomExport() {
        return newsroomExport;
    }

    /** File > Export bundle…, Import bundle… */
    public BundleTransfer bundleTransfer() {
        return bundleTransfer;
    }

    /** File > Open article… in any format, Edit > Paste as new article. */
    DraftImport draftImport() {
        return draftImport;
    }

    /** Import a draft, restore, attach, the revision list and the compare view. */
    public RevisionActions revisions() {
        return revisions;
    }

    /** Marks the article's unrated claims and its suggestions that were checked before (in the background). */
    private void updateCheckedBeforeMarks() {
        OpenArticle article = open;
        matching.updateMarks(article, () -> {
            if (open == article) {
                claimPanel.redrawList();
                updateProgress();
                showCheckedBeforeAtCaret();
            }
        });
    }

    /** The caret entered a claim or suggestion checked before: the status bar says by whom and how. */
    private void showCheckedBeforeAtCaret() {
        statusLine.showCheckedBeforeAt(open, editor.area().getCaretPosition());
    }

    StatusBar statusBar() {
        return statusBar;
    }

    MatchingWorker matching() {
        return matching;
    }

    Menu recentMenu() {
        return recentMenu;
    }

    void showArticle(WorkspaceActions.ArticleBundle bundle) {
        ArticleHandover.leave(open, bundle, dialogs);
        String cannotShow = DisplayText.cannotShow(bundle.loaded().article().currentText());
        ArticleHandover.detectFirstPart(bundle, cannotShow == null);
        if (cannotShow != null) {
            // Refused before loading, and the workspace stays usable: the checker picks another article.
            WindowRefusals.articleNotShown(dialogs, bundle.loaded().article().title(), cannotShow);
            statusBar.setText("Choose an article to show");
            onArticleShown.run();
            actions.get("switchArticle").run();
            return;
        }
        OpenArticle article = new OpenArticle(bundle.loaded(), bundle.evidenceCounts(), bundle.suggestions(),
                preferences::suggestionThreshold, bundle.session(), tasks,
                failure -> Problems.show(dialogs, "Save your work", failure), editor);
        article.setDetectionListener(detectionStatus);
        // Closing the dialog keeps theirs: nothing is written over someone else's value unasked.
        article.askOnConflict(conflict -> dialogs.choose("Someone else changed this claim",
                org.checkbench.ui.article.ClaimEditConflict.question(conflict), "Use mine", "Keep theirs"));
        article.watchActivity(activity);
        article.suggestions().takeAhead(bundle.ahead(), stage.getScene()); // the part on screen, detected ahead (ADR 0118)
        open = article;
        layoutInUse = true;
        article.setCarry(bundle.carry());
        claimsInEditor.show(article, bundle.loaded().article().currentText());
        ArticleHandover.replayRecovered(article, bundle);
        if (!EncodingChoice.offer(noticeBar, bundle.imported(), encoding -> workspace.reimport(
                article.article().id(), bundle.imported().file(), encoding, this::showArticle))) {
            noticeBar.show(editor.displayNotice());
        }
        article.history().canUndoProperty().addListener((obs, old, now) -> actions.refreshAll());
        article.history().canRedoProperty().addListener((obs, old, now) -> actions.refreshAll());
        article.selectedProperty().addListener((obs, old, now) -> actions.refreshAll());
        MainActions.nameStatuses(actions, article);
        // The rest is detected once the article is laid out, not while the window builds that frame (ADR 0111).
        String shownText = bundle.loaded().article().currentText();
        AfterLayout.run(stage.getScene(), () -> {
            if (open == article) {
                article.suggestions().detectAsOpened(shownText);
            }
        });
        claimPanel.show(article);
        evidencePanel.show(article);
        article.onClaimsChanged(this::updateProgress);
        article.onClaimsChanged(reviews::claimsChanged);
        article.onClaimsChanged(matching::changed);
        matching.attach(bundle.session());
        article.onClaimsChanged(actions::refreshAll);
        article.onDetailsChanged(() -> detailsChanged(article));
        updateProgress();
        reviews.refresh();
        actions.refreshAll();
        setTitle(article.article().title());
        statusBar.setText(ArticleHandover.shownMessage(bundle));
        team.follow(bundle.session(), article, article.article().id());
        ArticleHandover.shown(article, onArticleShown);
    }

    /**
     * No workspace could be opened and none was open: the window takes no work it could not keep
     * (issue 14: after "workspace is locked" it showed an editable empty editor that said "Saved").
     * The editor says why and what to do; commands that need a workspace are greyed out.
     */
    private void noWorkspace(Throwable why) {
        editor.showUnavailable(WindowRefusals.noWorkspace(why));
        statusBar.setText("No workspace open");
        setTitle(null);
        actions.refreshAll();
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

    /** Opens a workspace file; the current one stays open if it fails. */
    void openWorkspace(Path file, boolean createIfMissing) {
        if (open != null) {
            open.saveNow();
        }
        workspace.open(file, null, createIfMissing, this::showArticle, this::noWorkspace);
    }

    void newWorkspace(Path file) {
        if (open != null) {
            open.saveNow();
        }
        workspace.createNew(file, this::showArticle);
    }

    /** File > Import new draft…: a new revision, every claim carried into it ({@link RevisionActions}). */
    public void importDraft(Path file) {
        revisions.importDraft(file);
    }

    /** The details (title, scale) changed: title, status keys, the claim panel and the colours follow. */
    private void detailsChanged(OpenArticle article) {
        if (open != article) {
            return;
        }
        setTitle(article.article().title());
        MainActions.nameStatuses(actions, article);
        claimPanel.scaleChanged();
        actions.refreshAll();
    }

    /** Edit > Preferences…; a new threshold finds the suggestions again. */
    void showPreferences() {
        tasks.run("Read detection's default", workspace::defaultSuggestionThreshold, detectionDefault -> {
            if (PreferencesDialog.show(dialogs, preferences, detectionDefault) && open != null) {
                open.saveNow();
                open.suggestions().refreshAfterSave(editor.textSnapshot());
            }
        }, failure -> Problems.show(dialogs, "Open the preferences", failure));
    }

    /** F6 / Ctrl+Tab (Shift for back): the find bar when open, the article, the claim list, the claim's detail. */
    void focusPane(int direction) {
        panes.focusPane(stage.getScene(), direction);
    }

    public org.checkbench.ui.editor.FindBar findBar() {
        return findBar;
    }

    void toggleClaimPanel() {
        panes.toggleClaimPanel();
    }

    private void updateProgress() {
        if (open == null) {
            return;
        }
        statusLine.showProgress(open);
        revisions.showOutcome(open);
    }

    private void setTitle(String articleTitle) {
        stage.setTitle(articleTitle == null ? APP_NAME : BidiControls.visible(articleTitle) + " — " + APP_NAME);
    }
}
