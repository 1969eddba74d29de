package org.checkbench.ui.actions;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The window's commands, each defined once as an {@link Action}, and the one place menus, toolbar
 * and panel buttons, context menus and keys are made from them. A key works wherever the focus is
 * in the window (the scene sees it before the focused control), except the keys a text field keeps
 * for itself; menus show the key as the OS writes it.
 *
 * <p>Node ids follow the action's id: {@code markClaimButton}, {@code markClaimMenuItem},
 * {@code markClaimContextItem}.
 */
public final class ActionRegistry {

    private final Map<String, Action> actions = new LinkedHashMap<>();

    /** Adds a finished definition; an id or key used twice is a mistake and refused at start-up. */
    public Action add(Action action) {
        if (!action.isDefined()) {
            throw new IllegalArgumentException("Action " + action.id() + " has no handler (does(...))");
        }
        if (actions.containsKey(action.id())) {
            throw new IllegalArgumentException("Two actions with the id " + action.id());
        }
        for (KeyCombination key : action.allKeys()) {
            keyOwner(key).ifPresent(other -> {
                throw new IllegalArgumentException(key.getName() + " is the key of both " + other.id() + " and " + action.id());
            });
        }
        actions.put(action.id(), action);
        action.refresh();
        return action;
    }

    public Action get(String id) {
        Action action = actions.get(id);
        if (action == null) {
            throw new IllegalArgumentException("No action " + id);
        }
        return action;
    }

    public Collection<Action> all() {
        return Collections.unmodifiableCollection(actions.values());
    }

    /** Asks every action whether it can run now; call when the window's state changed. */
    public void refreshAll() {
        actions.values().forEach(Action::refresh);
    }

    /** The action whose key (shown or extra) is this one. */
    public Optional<Action> keyOwner(KeyCombination key) {
        return actions.values().stream().filter(a -> a.allKeys().stream().anyMatch(key::equals)).findFirst();
    }

    // --- what the actions look like ---------------------------------------------------------------

    public MenuItem menuItem(String id) {
        Action action = get(id);
        MenuItem item = new MenuItem();
        item.setId(id + "MenuItem");
        item.textProperty().bind(action.textProperty());
        item.setAccelerator(action.key());
        item.setGraphic(action.newGraphic());
        item.disableProperty().bind(action.disabledProperty());
        item.setOnAction(event -> action.run());
        return item;
    }

    /** A menu of these actions; {@code null} makes a separator. States are refreshed as it opens. */
    public Menu menu(String text, String... ids) {
        Menu menu = new Menu(text);
        for (String id : ids) {
            menu.getItems().add(id == null ? new SeparatorMenuItem() : menuItem(id));
        }
        menu.addEventHandler(Menu.ON_SHOWING, event -> refreshAll());
        return menu;
    }

    /** A button in a panel: short words, the tooltip with the key. */
    public Button button(String id) {
        Action action = get(id);
        Button button = new Button(action.shortText(), action.newGraphic());
        button.setId(id + "Button");
        tooltipOnFirstHover(button, action.tooltip());
        // A screen reader says the command's full words ("Next claim"), not the button's short ones ("Next ▶").
        button.accessibleTextProperty().bind(action.textProperty());
        button.setAccessibleHelp(action.tooltip());
        button.disableProperty().bind(action.disabledProperty());
        button.setOnAction(event -> action.run());
        return button;
    }

    /**
     * Installs a tooltip with {@code text} when the pointer first enters {@code control}, in time for
     * the hover to show it. Each tooltip is a popup window of its own; built for a toolbar's worth of
     * buttons at launch they held up the first screen (issue 18).
     */
    public static void tooltipOnFirstHover(Control control, String text) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<MouseEvent>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        });
    }

    /** A toolbar button: as {@link #button}, but out of the Tab order (the keys reach it from anywhere). */
    public Button toolBarButton(String id) {
        Button button = button(id);
        button.setFocusTraversable(false);
        return button;
    }

    /** A right-click menu; {@code beforeShowing} runs first (e.g. selects what was clicked), then states refresh. */
    public ContextMenu contextMenu(Runnable beforeShowing, String... ids) {
        ContextMenu menu = new ContextMenu();
        for (String id : ids) {
            if (id == null) {
                menu.getItems().add(new SeparatorMenuItem());
            } else {
                MenuItem item = menuItem(id);
                item.setId(id + "ContextItem");
                menu.getItems().add(item);
            }
        }
        menu.setOnShowing(event -> {
            beforeShowing.run();
            refreshAll();
        });
        return menu;
    }

    /**
     * Every action's keys work in this scene wherever the focus is: a filter sees the key before the
     * focused control, so the editor or a list cannot swallow it. A text field keeps the keys it
     * edits with for the actions that say so (Undo, Redo).
     */
    public void bindKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            for (Action action : actions.values()) {
                if (action.allKeys().stream().noneMatch(key -> key.match(event))) {
                    continue;
                }
                if (action.textFieldsKeepTheKey() && isTextField(scene.getFocusOwner())) {
                    return;
                }
                action.run();
                event.consume();
                return;
            }
        });
    }

    private static boolean isTextField(Node focused) {
        return focused instanceof TextInputControl;
    }
}
