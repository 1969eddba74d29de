package org.checkbench.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

import org.checkbench.model.ArticleSummary;
import org.checkbench.model.Claim;
import org.checkbench.service.ExportService;
import org.checkbench.ui.actions.Action;
import org.checkbench.ui.actions.ActionRegistry;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.editor.LegendWindow;
import org.checkbench.ui.undo.UndoHistory;

/**
 * Every command of the main window, each defined here once: id, words, key, when it can run and
 * what it does. Menus ({@link MainMenus}), the toolbar, the claim detail's buttons, the editor's
 * right-click menu and the keys are all made from these (docs/architecture.md, "Commands").
 */
final class MainActions {

    /** Claim > Set status: Ctrl+1 … Ctrl+9 are the article scale's values, in order. */
    static final int STATUS_KEYS = 9;

    static final List<String> WORKSPACE_FILES = List.of("*.checkbench");

    private final MainWindow window;

    private MainActions(MainWindow window) {
        this.window = window;
    }

    static ActionRegistry define(MainWindow window) {
        ActionRegistry actions = new ActionRegistry();
        new MainActions(window).defineAll(actions);
        return actions;
    }

    static String statusAction(int index) {
        return "setStatus" + (index + 1);
    }

    /** File > Export as: one command per newsroom format ("exportLinksCsv"). */
    static String exportAction(ExportService.Format format) {
        StringBuilder id = new StringBuilder("export");
        for (String word : format.name().split("_")) {
            id.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return id.toString();
    }

    private void defineAll(ActionRegistry actions) {
        // File
        actions.add(Action.define("openArticle", "Open article…").key("Shortcut+O")
                .enabledWhen(this::workspaceOpen).does(() -> window.draftImport().openDraft()));
        actions.add(Action.define("switchArticle", "Switch article…").key("Shortcut+Shift+O")
                .enabledWhen(this::workspaceOpen).does(this::switchArticle));
        actions.add(Action.define("articleDetails", "Article details…").key("Shortcut+I")
                .enabledWhen(this::articleOpen).does(() -> ArticleCommands.editArticleDetails(window)));
        actions.add(Action.define("importDraft", "Import new draft of this article…").key("Shortcut+Shift+I")
                .enabledWhen(this::textEditable).does(this::importDraft));
        actions.add(Action.define("revisions", "Revisions…").description("The article's revisions: compare them, restore one")
                .key("Shortcut+Shift+R").enabledWhen(this::articleOpen).does(() -> window.revisions().showRevisions()));
        actions.add(Action.define("compareRevisions", "Compare revisions…")
                .description("The latest revision word by word against the one before").key("Shortcut+Shift+D")
                .enabledWhen(this::articleOpen).does(() -> window.revisions().compareLatest()));
        actions.add(Action.define("newWorkspace", "New workspace…").does(this::newWorkspace));
        actions.add(Action.define("openWorkspace", "Open workspace…").does(this::openWorkspace));
        actions.add(Action.define("connectTeam", "Connect to team workspace…").does(() -> TeamConnectDialog.ask(window, null)));
        actions.add(Action.define("copyToTeam", "Copy workspace to team server…")
                .description("Every article of this workspace into a team workspace on a PostgreSQL server")
                .enabledWhen(() -> workspaceOpen() && !teamWorkspace()).does(() -> WorkspaceCopyCommands.copyToTeam(window)));
        actions.add(Action.define("copyToFile", "Copy to local workspace file…")
                .description("This article, or every article, of the team workspace into a new workspace file")
                .enabledWhen(this::teamWorkspace).does(() -> WorkspaceCopyCommands.copyToFile(window)));
        actions.add(Action.define("backUpWorkspace", "Back up workspace…")
                .enabledWhen(this::workspaceOpen).does(this::backUp));
        actions.add(Action.define("save", "Save now").key("Shortcut+S").enabledWhen(this::articleOpen).does(() -> ArticleCommands.saveNow(window)));
        actions.add(Action.define("exportReport", "Export check report…").shortText("Export report…")
                .description("Export the check report as PDF").key("Shortcut+E")
                .enabledWhen(this::articleOpen).does(() -> window.reportExport().start()));
        for (ExportService.Format format : ExportService.Format.values()) {
            actions.add(Action.define(exportAction(format), format.label() + "…")
                    .description("Export the open article as " + format.label())
                    .enabledWhen(this::articleOpen).does(() -> window.newsroomExport().export(format)));
        }
        actions.add(Action.define("checkClaimReview", "Check ClaimReview fields…")
                .description("List what each claim still lacks for ClaimReview, without writing anything")
                .enabledWhen(this::articleOpen).does(() -> window.newsroomExport().checkClaimReview()));
        actions.add(Action.define("exportBundle", "Export bundle…")
                .description("The open article with its revisions, claims, evidence and files, for a colleague")
                .enabledWhen(this::articleOpen).does(() -> window.bundleTransfer().exportBundle()));
        actions.add(Action.define("importBundle", "Import bundle…")
                .description("A colleague's bundle into this workspace")
                .enabledWhen(this::workspaceOpen).does(() -> window.bundleTransfer().importBundle()));
        actions.add(Action.define("quit", "Quit").key("Shortcut+Q").does(window::quit));

        // Edit: Undo and Redo work from anywhere in the window; a text field keeps the keys for its own typing.
        actions.add(Action.define("undo", "Undo").key("Shortcut+Z").textFieldsKeepKey()
                .enabledWhen(() -> history() != null && history().canUndoProperty().get())
                .does(() -> window.claimsInEditor().undo()));
        actions.add(Action.define("redo", "Redo").key("Shortcut+Shift+Z").alsoKey("Shortcut+Y").textFieldsKeepKey()
                .enabledWhen(() -> history() != null && history().canRedoProperty().get())
                .does(() -> window.claimsInEditor().redo()));
        actions.add(Action.define("cut", "Cut").does(() -> window.editor().area().cut()));
        actions.add(Action.define("copy", "Copy").does(() -> window.editor().area().copy()));
        actions.add(Action.define("paste", "Paste").does(() -> window.editor().area().paste()));
        actions.add(Action.define("selectAll", "Select all").does(() -> window.editor().area().selectAll()));
        actions.add(Action.define("find", "Find…").description("Find words in the article").key("Shortcut+F")
                .enabledWhen(this::articleOpen).does(() -> window.findBar().open(false)));
        actions.add(Action.define("replace", "Replace…").description("Find words in the article and replace them")
                .key("Shortcut+H").enabledWhen(this::textEditable).does(() -> window.findBar().open(true)));
        actions.add(Action.define("findNext", "Find next").shortText("▼").description("Next match").key("F3")
                .enabledWhen(this::articleOpen).does(() -> findStep(1)));
        actions.add(Action.define("findPrevious", "Find previous").shortText("▲").description("Previous match")
                .key("Shift+F3").enabledWhen(this::articleOpen).does(() -> findStep(-1)));
        actions.add(Action.define("pasteAsNewArticle", "Paste as new article").key("Shortcut+Shift+V")
                .description("The clipboard's text (an e-mail, a web page, a document) as a new article")
                .enabledWhen(this::workspaceOpen).does(() -> window.draftImport().pasteAsNewArticle()));
        actions.add(Action.define("preferences", "Preferences…").key("Shortcut+Comma").does(window::showPreferences));

        // Claim
        actions.add(Action.define("markClaim", "Mark selection as claim").shortText("Mark claim")
                .description("Mark the selected words as a claim").key("Shortcut+M")
                .enabledWhen(() -> articleOpen() && window.editor().area().getSelection().getLength() > 0)
                .does(() -> window.claimsInEditor().markSelection()));
        actions.add(Action.define("acceptSuggestion", "Accept suggestion at the caret").shortText("Accept")
                .key("Shortcut+Enter").enabledWhen(() -> window.claimsInEditor().suggestionAtCaret().isPresent())
                .does(() -> window.claimsInEditor().acceptSuggestionAtCaret()));
        actions.add(Action.define("dismissSuggestion", "Dismiss suggestion at the caret").shortText("Dismiss")
                .key("Shortcut+Shift+Enter").enabledWhen(() -> window.claimsInEditor().suggestionAtCaret().isPresent())
                .does(() -> window.claimsInEditor().dismissSuggestionAtCaret()));
        actions.add(Action.define("nextSuggestion", "Next suggestion").key("F7")
                .description("Select the next suggested sentence (Ctrl+Enter accepts it, Ctrl+Shift+Enter dismisses it)")
                .enabledWhen(() -> articleOpen() && window.open().suggestions().count() > 0)
                .does(() -> ArticleCommands.nextSuggestion(window)));
        actions.add(Action.define("nextClaim", "Next claim").shortText("Next ▶").key("F8")
                .enabledWhen(this::articleOpen).does(() -> window.claimPanel().step(1)));
        actions.add(Action.define("previousClaim", "Previous claim").shortText("◀ Previous").key("Shift+F8")
                .enabledWhen(this::articleOpen).does(() -> window.claimPanel().step(-1)));
        for (int i = 0; i < STATUS_KEYS; i++) {
            int index = i;
            actions.add(Action.define(statusAction(i), "Status " + (i + 1)).key("Shortcut+" + (i + 1))
                    .enabledWhen(() -> selectedClaim() != null && index < window.open().scale().values().size())
                    .does(() -> ArticleCommands.setStatusOfSelected(window, index)));
        }
        actions.add(Action.define("removeClaim", "Remove claim").description("Remove the selected claim; Undo brings it back")
                .key("Shortcut+Shift+Delete").enabledWhen(() -> selectedClaim() != null).does(() -> ArticleCommands.removeSelected(window)));
        actions.add(Action.define("nextChangedClaim", "Next changed claim").shortText("▶")
                .description("Next claim whose words the latest draft changed").key("Shortcut+F8")
                .enabledWhen(this::draftChangedClaims).does(() -> window.claimPanel().stepChanged(1)));
        actions.add(Action.define("previousChangedClaim", "Previous changed claim").shortText("◀")
                .description("Previous claim whose words the latest draft changed").key("Shortcut+Shift+F8")
                .enabledWhen(this::draftChangedClaims).does(() -> window.claimPanel().stepChanged(-1)));
        actions.add(Action.define("attachClaim", "Attach claim here")
                .description("Attach the selected claim (an orphan) to the words selected in the text")
                .enabledWhen(() -> selectedClaim() != null && selectedClaim().orphaned()
                        && window.editor().area().getSelection().getLength() > 0)
                .does(() -> window.revisions().attachSelected()));
        actions.add(Action.define("applyCorrection", "Apply suggested correction").shortText("Apply to draft")
                .description("Put the suggested correction into the draft in place of the claim's words")
                .enabledWhen(() -> selectedClaim() != null && !selectedClaim().orphaned() && textEditable()
                        && !window.claimPanel().detail().shownCorrection().isBlank())
                .does(() -> window.claimPanel().detail().applyShownCorrection()));

        // Review: the article's sign-off (docs/report.md); enabled by the review state last read.
        actions.add(Action.define("sendForReview", "Send for review")
                .description("Hand the article to a reviewer, who approves it or returns it with a note")
                .enabledWhen(() -> articleOpen() && window.reviews().canSend()).does(() -> window.reviews().sendForReview()));
        actions.add(Action.define("approve", "Approve").description("Approve the article as its claims are now")
                .enabledWhen(() -> articleOpen() && window.reviews().canDecide()).does(() -> window.reviews().approve()));
        actions.add(Action.define("returnWithNote", "Return with note…")
                .description("Send the article back to the checker with a note saying what to do")
                .enabledWhen(() -> articleOpen() && window.reviews().canDecide())
                .does(() -> window.reviews().returnWithNote()));

        // View and Help
        actions.add(Action.define("legend", "Status colours (legend)")
                .does(() -> LegendWindow.show(window.stage(), window.open())));
        actions.add(Action.define("evidenceLibrary", "Evidence library…").shortText("Library")
                .description("Every source in the workspace").key("Shortcut+Shift+L")
                .enabledWhen(this::articleOpen).does(() -> window.evidencePanel().showLibrary()));
        actions.add(Action.define("factCheckLibrary", "Fact-checks and earlier checks…")
                .description("Imported fact-checks; search everything checked by meaning and words").key("Shortcut+Shift+K")
                .enabledWhen(this::articleOpen).does(() -> FactCheckLibraryWindow.show(window)));
        actions.add(Action.define("importFactChecks", "Import fact-checks…")
                .description("ClaimReview JSON-LD or CSV from fact-checkers").enabledWhen(this::articleOpen)
                .does(() -> FactCheckLibraryWindow.importFactChecks(window)));
        actions.add(Action.define("nextPane", "Next part of the window")
                .description("Move the focus: article, claim list, claim detail (Ctrl+Tab does the same)")
                .key("F6").alsoKey("Shortcut+Tab").does(() -> window.focusPane(1)));
        actions.add(Action.define("previousPane", "Previous part of the window").key("Shift+F6")
                .alsoKey("Shortcut+Shift+Tab").does(() -> window.focusPane(-1)));
        actions.add(Action.define("toggleClaimPanel", "Show or hide the claim panel").key("F9")
                .does(window::toggleClaimPanel));
        actions.add(Action.define("about", "About Checkbench").does(() -> AboutDialog.show(window.dialogs())));
    }

    /** Undo and Redo say what they would do ("Undo mark claim"); called as the Edit menu opens. */
    static void nameUndoAndRedo(ActionRegistry actions, UndoHistory history) {
        String undoWhat = history == null ? "" : history.nextUndoDescription();
        String redoWhat = history == null ? "" : history.nextRedoDescription();
        actions.get("undo").textProperty().set(undoWhat.isEmpty() ? "Undo" : "Undo " + undoWhat.toLowerCase(Locale.ROOT));
        actions.get("redo").textProperty().set(redoWhat.isEmpty() ? "Redo" : "Redo " + redoWhat.toLowerCase(Locale.ROOT));
    }

    /** The status keys take the labels of the open article's scale. */
    static void nameStatuses(ActionRegistry actions, OpenArticle open) {
        for (int i = 0; i < STATUS_KEYS; i++) {
            var values = open == null ? List.<org.checkbench.model.Verdict>of() : open.scale().values();
            actions.get(statusAction(i)).textProperty().set(i < values.size() ? values.get(i).label() : "Status " + (i + 1));
        }
    }

    /** F3 / Shift+F3: the next or previous match; with nothing searched yet, the find bar opens. */
    private void findStep(int direction) {
        if (window.claimsInEditor().search().count() == 0 && !window.findBar().isOpen()) {
            window.findBar().open(false);
        } else {
            window.claimsInEditor().search().step(direction);
        }
    }

    private boolean workspaceOpen() {
        return window.workspace().session() != null;
    }

    private boolean teamWorkspace() {
        return workspaceOpen() && window.workspace().session().team().isPresent();
    }

    private boolean articleOpen() {
        return window.open() != null;
    }

    /** An article is open and its text may be changed here (on a team workspace nobody else holds it, ADR 0150). */
    private boolean textEditable() {
        return articleOpen() && window.editor().area().isEditable();
    }

    private boolean draftChangedClaims() {
        return articleOpen() && window.open().carry().changed() > 0;
    }

    private UndoHistory history() {
        return window.open() == null ? null : window.open().history();
    }

    private Claim selectedClaim() {
        OpenArticle open = window.open();
        return open == null || open.selectedProperty().get() == null ? null : open.claim(open.selectedProperty().get().id());
    }

    // --- the commands that first ask for a file or an article ---------------------------------------

    private void importDraft() {
        window.dialogs().chooseFileToOpen("Import the writer's new draft", "Drafts", DraftImport.DRAFT_FILES)
                .ifPresent(window::importDraft);
    }

    private void switchArticle() {
        window.workspace().listArticles(list -> {
            List<ArticleSummary> articles = list.articles();
            if (articles.isEmpty()) {
                return;
            }
            ChoiceDialog<ArticleSummary> choose = new ChoiceDialog<>(articles.get(0), articles);
            choose.setTitle("Switch article");
            choose.setHeaderText("Articles in this workspace, most recent first");
            choose.getDialogPane().lookupAll(".combo-box").forEach(node -> {
                if (node instanceof ComboBox<?> box) {
                    @SuppressWarnings("unchecked")
                    ComboBox<ArticleSummary> typed = (ComboBox<ArticleSummary>) box;
                    typed.setConverter(new StringConverter<>() {
                        @Override
                        public String toString(ArticleSummary a) {
                            return a == null ? "" : a.title() + "  (" + a.claimCount() + " claims, "
                                    + list.stateOf(a.id()).toLowerCase(Locale.ROOT) + ")";
                        }

                        @Override
                        public ArticleSummary fromString(String s) {
                            return null;
                        }
                    });
                }
            });
            window.dialogs().showCustomDialogAndWait(choose).ifPresent(a -> {
                if (window.open() != null) {
                    window.open().saveNow();
                }
                window.workspace().openArticle(a.id(), window::showArticle);
            });
        });
    }

    private void newWorkspace() {
        window.dialogs().chooseFileToSave("New workspace", "workspace.checkbench", "Checkbench workspaces",
                WORKSPACE_FILES).map(MainActions::withExtension).ifPresent(window::newWorkspace);
    }

    private void openWorkspace() {
        window.dialogs().chooseFileToOpen("Open workspace", "Checkbench workspaces", WORKSPACE_FILES)
                .ifPresent(file -> window.openWorkspace(file, false));
    }

    private void backUp() {
        window.dialogs().chooseFileToSave("Back up workspace", "backup.checkbench", "Checkbench workspaces",
                WORKSPACE_FILES).map(MainActions::withExtension).ifPresent(window.workspace()::backUp);
    }

    /** A workspace file name typed without an extension gets ".checkbench". */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".checkbench");
    }
}
