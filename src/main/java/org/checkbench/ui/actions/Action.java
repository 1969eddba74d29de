package org.checkbench.ui.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * One command of the window, defined once: its id, the words for it, its key, its picture if any,
 * when it can run, and what it does. The {@link ActionRegistry} makes every menu item, toolbar or
 * panel button, context-menu item and key binding from this one definition.
 *
 * <pre>{@code
 * Action.define("markClaim", "Mark selection as claim")
 *         .shortText("Mark claim")                     // on a button
 *         .description("Mark the selected words as a claim")   // its tooltip, with the key added
 *         .key("Shortcut+M")                           // Ctrl+M, and Cmd+M on macOS
 *         .enabledWhen(() -> editor.hasSelection())
 *         .does(editor::markSelection);
 * }</pre>
 */
public final class Action {

    private final String id;
    private final StringProperty text;
    private String shortText;
    private String description;
    private KeyCombination key;
    private final List<KeyCombination> alsoKeys = new ArrayList<>();
    private boolean textFieldsKeepKey;
    private Supplier<Node> graphic;
    private BooleanSupplier enabledWhen = () -> true;
    private Runnable handler;
    private final ReadOnlyBooleanWrapper disabled = new ReadOnlyBooleanWrapper(false);

    private Action(String id, String text) {
        this.id = Objects.requireNonNull(id, "id");
        this.text = new SimpleStringProperty(Objects.requireNonNull(text, "text"));
    }

    /** Starts the definition of a command; finish it with {@link #does}. */
    public static Action define(String id, String text) {
        return new Action(id, text);
    }

    /** The words on a button, where the menu's words would be too long ("Accept" for "Accept suggestion at the caret"). */
    public Action shortText(String words) {
        this.shortText = words;
        return this;
    }

    /** A sentence for the tooltip; the key is added to it. */
    public Action description(String sentence) {
        this.description = sentence;
        return this;
    }

    /**
     * The key, written as JavaFX reads it; use {@code Shortcut} for Ctrl, so macOS shows and uses Cmd
     * ({@code "Shortcut+Shift+Enter"}).
     */
    public Action key(String combination) {
        this.key = KeyCombination.keyCombination(combination);
        return this;
    }

    /** Another key that does the same, not shown in menus (Ctrl+Y beside Ctrl+Shift+Z for Redo). */
    public Action alsoKey(String combination) {
        alsoKeys.add(KeyCombination.keyCombination(combination));
        return this;
    }

    /** In a text field the key keeps the field's own meaning (Ctrl+Z undoes the field's typing there). */
    public Action textFieldsKeepKey() {
        this.textFieldsKeepKey = true;
        return this;
    }

    /** A picture for menus and buttons; a supplier, because a node can be in one place only. */
    public Action graphic(Supplier<Node> picture) {
        this.graphic = picture;
        return this;
    }

    /** When the command can run; checked before it runs and whenever menus open or the window's state changes. */
    public Action enabledWhen(BooleanSupplier condition) {
        this.enabledWhen = Objects.requireNonNull(condition);
        return this;
    }

    /** What the command does; ends the definition. */
    public Action does(Runnable what) {
        this.handler = Objects.requireNonNull(what);
        return this;
    }

    public String id() {
        return id;
    }

    /** The words in menus; may change (Undo names what it would undo, a status its label). */
    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    public String shortText() {
        return shortText != null ? shortText : text.get();
    }

    /** The tooltip: the description (or the words) and the key as this OS writes it ("Ctrl+M", "⌘M"). */
    public String tooltip() {
        String what = description != null ? description : text.get().replace("…", "");
        return key == null ? what : what + " (" + key.getDisplayText() + ")";
    }

    public KeyCombination key() {
        return key;
    }

    List<KeyCombination> allKeys() {
        List<KeyCombination> keys = new ArrayList<>();
        if (key != null) {
            keys.add(key);
        }
        keys.addAll(alsoKeys);
        return keys;
    }

    boolean textFieldsKeepTheKey() {
        return textFieldsKeepKey;
    }

    Node newGraphic() {
        return graphic == null ? null : graphic.get();
    }

    /** True while the command cannot run; menu items and buttons made from it follow this. */
    public ReadOnlyBooleanProperty disabledProperty() {
        return disabled.getReadOnlyProperty();
    }

    /** Asks {@link #enabledWhen} again. */
    public void refresh() {
        disabled.set(!enabledWhen.getAsBoolean());
    }

    /** Runs the command if it can run now. */
    public void run() {
        refresh();
        if (!disabled.get()) {
            handler.run();
        }
    }

    boolean isDefined() {
        return handler != null;
    }
}
