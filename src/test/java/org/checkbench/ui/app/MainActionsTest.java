package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;

import org.checkbench.model.Claim;
import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.actions.Action;
import org.junit.jupiter.api.Test;

/** The main window's commands: each defined once, each in the menus, its key working from anywhere. */
class MainActionsTest extends RunningAppTest {

    private static List<MenuItem> allItems(List<MenuItem> items) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : items) {
            all.add(item);
            if (item instanceof Menu menu) {
                all.addAll(allItems(menu.getItems()));
            }
        }
        return all;
    }

    @Test
    void everyCommandIsInTheMenusWithItsKeyAndTheToolbarIsMadeFromTheSameCommands() {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<MenuItem> items = new ArrayList<>();
        bar.getMenus().forEach(menu -> items.addAll(allItems(menu.getItems())));
        Set<String> menuIds = items.stream().map(MenuItem::getId).filter(id -> id != null).collect(Collectors.toSet());

        for (Action action : app.window().actions().all()) {
            assertThat(menuIds).as("a menu item for " + action.id()).contains(action.id() + "MenuItem");
            MenuItem item = items.stream().filter(i -> (action.id() + "MenuItem").equals(i.getId())).findFirst().orElseThrow();
            assertThat(item.getAccelerator()).as("the menu shows the key of " + action.id()).isEqualTo(action.key());
        }
        ToolBar toolBar = robot.lookup("#toolBar").queryAs(ToolBar.class);
        List<String> buttons = toolBar.getItems().stream().filter(Button.class::isInstance).map(n -> n.getId()).toList();
        assertThat(buttons).containsExactly("markClaimButton", "acceptSuggestionButton", "dismissSuggestionButton",
                "previousClaimButton", "nextClaimButton", "undoButton", "redoButton", "exportReportButton");
    }

    @Test
    void withTheClaimListFocusedTheClaimKeysAndUndoWork() throws Exception {
        String words = "Kursk border";
        int start = area().getText().indexOf(words);
        onFx(() -> open().mark(start, start + words.length()));
        waitUntilOnFx(() -> open().currentClaims().stream().anyMatch(c -> c.quote().equals(words)));
        Claim claim = open().currentClaims().stream().filter(c -> c.quote().equals(words)).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        ListView<Claim> list = robot.lookup("#claimList").queryAs(ListView.class);
        onFx(() -> {
            app.window().claimPanel().select(claim);
            list.requestFocus();
        });

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntilOnFx(() -> "confirmed".equals(open().claim(claim.id()).status()));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.DELETE).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntilOnFx(() -> open().claim(claim.id()) == null);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        waitUntilOnFx(() -> open().currentClaims().stream().anyMatch(c -> c.quote().equals(words)));
        assertThat(onFx(() -> list.isFocused())).as("the keys never needed the editor's focus").isTrue();
    }
}
