package org.checkbench.ui.app;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;

import org.checkbench.service.ExportService;
import org.checkbench.ui.actions.ActionRegistry;

/**
 * The menu bar and the tool bar: where each command of {@link MainActions} sits. Only the list of recent workspaces
 * is made here, because its items are files, not commands.
 */
final class MainMenus {

    private final MainWindow window;
    private final ActionRegistry actions;

    MainMenus(MainWindow window, ActionRegistry actions) {
        this.window = window;
        this.actions = actions;
    }

    /** The commands a checker uses all day, one click away (each also has a key and a menu item). */
    ToolBar toolBar() {
        ToolBar bar = new ToolBar(
                actions.toolBarButton("markClaim"), actions.toolBarButton("acceptSuggestion"), actions.toolBarButton("dismissSuggestion"),
                new Separator(),
                actions.toolBarButton("previousClaim"), actions.toolBarButton("nextClaim"),
                new Separator(),
                actions.toolBarButton("undo"), actions.toolBarButton("redo"),
                new Separator(),
                actions.toolBarButton("exportReport"));
        bar.setId("toolBar");
        return bar;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), claimMenu(), reviewMenu(), viewMenu(), helpMenu());
        bar.setId("menuBar");
        return bar;
    }

    private Menu fileMenu() {
        Menu file = actions.menu("_File", "openArticle", "switchArticle", "articleDetails", null, "importDraft",
                "revisions", "compareRevisions", null, "newWorkspace", "openWorkspace", "connectTeam");
        Menu recent = window.recentMenu();
        recent.setOnShowing(e -> fillRecent(recent));
        recent.getItems().add(new MenuItem("(none yet)"));
        file.getItems().addAll(recent, actions.menuItem("copyToTeam"), actions.menuItem("copyToFile"),
                actions.menuItem("backUpWorkspace"), new SeparatorMenuItem(),
                actions.menuItem("importFactChecks"), new SeparatorMenuItem(), actions.menuItem("save"),
                new SeparatorMenuItem(), actions.menuItem("exportReport"), exportAsMenu(), actions.menuItem("checkClaimReview"),
                new SeparatorMenuItem(), actions.menuItem("exportBundle"), actions.menuItem("importBundle"),
                new SeparatorMenuItem(), actions.menuItem("quit"));
        return file;
    }

    /** File > Export as: one entry per newsroom format. */
    private Menu exportAsMenu() {
        String[] formats = new String[ExportService.Format.values().length];
        for (int i = 0; i < formats.length; i++) {
            formats[i] = MainActions.exportAction(ExportService.Format.values()[i]);
        }
        Menu exportAs = actions.menu("Export as", formats);
        exportAs.setId("exportAsMenu");
        return exportAs;
    }

    private Menu editMenu() {
        Menu edit = actions.menu("_Edit", "undo", "redo", null, "cut", "copy", "paste", "selectAll", null,
                "find", "replace", "findNext", "findPrevious", null, "pasteAsNewArticle", null, "preferences");
        edit.setOnShowing(e -> MainActions.nameUndoAndRedo(actions, window.open() == null ? null : window.open().history()));
        return edit;
    }

    private Menu claimMenu() {
        String[] statuses = new String[MainActions.STATUS_KEYS];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = MainActions.statusAction(i);
        }
        Menu status = actions.menu("Set status", statuses);
        // Only as many statuses as the open article's scale has.
        status.setOnShowing(e -> {
            int values = window.open() == null ? 0 : window.open().scale().values().size();
            for (int i = 0; i < status.getItems().size(); i++) {
                status.getItems().get(i).setVisible(i < values);
            }
        });
        Menu claim = actions.menu("_Claim", "markClaim", "acceptSuggestion", "dismissSuggestion", "nextSuggestion", null,
                "nextClaim", "previousClaim", "nextChangedClaim", "previousChangedClaim", null);
        claim.getItems().addAll(status, actions.menuItem("removeClaim"), actions.menuItem("applyCorrection"),
                actions.menuItem("attachClaim"));
        return claim;
    }

    /** The article's sign-off: the checker sends it, a reviewer approves it or returns it with a note. */
    private Menu reviewMenu() {
        return actions.menu("_Review", "sendForReview", "approve", "returnWithNote");
    }

    private Menu viewMenu() {
        return actions.menu("_View", "legend", "evidenceLibrary", "factCheckLibrary", null, "nextPane", "previousPane",
                "toggleClaimPanel");
    }

    private Menu helpMenu() {
        return actions.menu("_Help", "about");
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
            MenuItem item = new MenuItem(file.toString());
            item.setOnAction(event -> window.openWorkspace(file, false));
            recent.getItems().add(item);
        }
        // Team workspaces beside the files: choosing one asks for the password, filled in otherwise.
        var teams = window.workspace().recentTeamWorkspaces();
        if (!teams.isEmpty()) {
            recent.getItems().add(new javafx.scene.control.SeparatorMenuItem());
            if (files.isEmpty()) {
                recent.getItems().clear();
            }
        }
        for (var server : teams) {
            MenuItem item = new MenuItem("Team: " + server.location() + "…");
            item.setOnAction(event -> TeamConnectDialog.ask(window, server));
            recent.getItems().add(item);
        }
    }
}
