package org.checkbench.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.checkbench.ui.AppHarness.onFx;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** One definition per command; menus, buttons, context menus and keys all come from it. */
class ActionRegistryTest {

    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final AtomicBoolean canRemove = new AtomicBoolean(true);
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            onFx(stage::close);
        }
    }

    private ActionRegistry registry() {
        ActionRegistry actions = new ActionRegistry();
        actions.add(Action.define("markClaim", "Mark selection as claim").shortText("Mark claim")
                .description("Mark the selected words as a claim").key("Shortcut+M").does(() -> ran.add("mark")));
        actions.add(Action.define("undo", "Undo").key("Shortcut+Z").textFieldsKeepKey().does(() -> ran.add("undo")));
        actions.add(Action.define("removeClaim", "Remove claim").key("Shortcut+Shift+Delete")
                .enabledWhen(canRemove::get).does(() -> ran.add("remove")));
        return actions;
    }

    @Test
    void menuItemButtonAndContextItemShareOneDefinition() throws Exception {
        ActionRegistry actions = registry();
        MenuItem item = actions.menuItem("markClaim");
        Button button = actions.toolBarButton("markClaim");
        ContextMenu context = onFx(() -> actions.contextMenu(() -> { }, "markClaim", null, "removeClaim"));

        assertThat(item.getText()).isEqualTo("Mark selection as claim");
        assertThat(item.getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+M"));
        assertThat(item.getId()).isEqualTo("markClaimMenuItem");
        assertThat(button.getText()).isEqualTo("Mark claim");
        assertThat(button.getId()).isEqualTo("markClaimButton");
        assertThat(button.getTooltip()).as("built when the pointer first comes").isNull();
        onFx(() -> button.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_ENTERED,
                0, 0, 0, 0, javafx.scene.input.MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null)));
        assertThat(button.getTooltip().getText())
                .isEqualTo("Mark the selected words as a claim (" + KeyCombination.keyCombination("Shortcut+M").getDisplayText() + ")");
        assertThat(button.isFocusTraversable()).isFalse();
        assertThat(context.getItems()).hasSize(3);
        assertThat(context.getItems().get(0).getId()).isEqualTo("markClaimContextItem");

        onFx(() -> {
            item.fire();
            button.fire();
            context.getItems().get(0).fire();
        });
        assertThat(ran).containsExactly("mark", "mark", "mark");
    }

    @Test
    void aCommandThatCannotRunIsGreyedEverywhereAndDoesNothing() throws Exception {
        ActionRegistry actions = registry();
        MenuItem item = actions.menuItem("removeClaim");
        Button button = actions.button("removeClaim");
        Menu menu = actions.menu("_Claim", "removeClaim");

        canRemove.set(false);
        actions.refreshAll();
        assertThat(item.isDisable()).isTrue();
        assertThat(button.isDisable()).isTrue();
        assertThat(menu.getItems().get(0).isDisable()).isTrue();
        onFx(() -> actions.get("removeClaim").run());
        assertThat(ran).isEmpty();

        canRemove.set(true);
        actions.refreshAll();
        assertThat(button.isDisable()).isFalse();
        onFx(() -> actions.get("removeClaim").run());
        assertThat(ran).containsExactly("remove");
    }

    @Test
    void anIdOrAKeyDefinedTwiceIsRefused() {
        ActionRegistry actions = registry();

        assertThatThrownBy(() -> actions.add(Action.define("markClaim", "Again").does(() -> { })))
                .hasMessageContaining("markClaim");
        assertThatThrownBy(() -> actions.add(Action.define("other", "Other").key("Shortcut+M").does(() -> { })))
                .hasMessageContaining("markClaim").hasMessageContaining("other");
        assertThatThrownBy(() -> actions.add(Action.define("unfinished", "No handler")))
                .hasMessageContaining("unfinished");
    }

    @Test
    void keysWorkWhereverTheFocusIsButATextFieldKeepsItsOwnUndo() throws Exception {
        ActionRegistry actions = registry();
        ListView<String> list = new ListView<>();
        TextField field = new TextField();
        onFx(() -> {
            list.getItems().setAll("a", "b");
            stage = new Stage();
            Scene scene = new Scene(new VBox(list, field), 300, 200);
            actions.bindKeys(scene);
            stage.setScene(scene);
            stage.show();
            list.requestFocus();
        });

        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.DELETE).release(KeyCode.SHIFT, KeyCode.CONTROL);
        onFx(() -> field.requestFocus());
        robot.write("note");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);

        assertThat(ran).containsExactly("mark", "undo", "remove", "mark");
        assertThat(field.getText()).as("the field undid its own typing").isEmpty();
    }
}
