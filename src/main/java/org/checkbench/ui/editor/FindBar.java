package org.checkbench.ui.editor;

import java.util.List;
import java.util.function.BiConsumer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Find and replace in the article (Ctrl+F, Ctrl+H), above the editor: the phrase, how many
 * occurrences and which one is current, next and previous (the window's Find next and Find
 * previous commands, F3 and Shift+F3), whole words and case, and Replace / Replace all. Every
 * occurrence is highlighted in the text. Esc closes it and gives the text the focus back.
 */
public final class FindBar extends VBox {

    private final ArticleSearch search;
    private final ArticleEditor editor;
    private final TextField find = new TextField();
    private final TextField replaceWith = new TextField();
    private final Label count = new Label();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final CheckBox wholeWords = new CheckBox("Whole words");
    private final HBox replaceRow;

    /**
     * @param next the window's Find next button, {@code previous} its Find previous
     * @param replace replaces ranges of the text with the words given, as one undo step
     */
    public FindBar(ArticleEditor editor, ArticleSearch search, Button previous, Button next,
            BiConsumer<List<int[]>, String> replace) {
        super(4);
        this.editor = editor;
        this.search = search;
        setId("findBar");
        getStyleClass().add("find-bar");

        Label findLabel = new Label("Find");
        findLabel.setLabelFor(find);
        find.setId("findField");
        find.setPromptText("Find in the article");
        find.setAccessibleHelp("Type to find every occurrence in the article; Enter goes to the next, Shift+Enter to the previous");
        HBox.setHgrow(find, Priority.ALWAYS);
        count.setId("findCount");
        count.getStyleClass().add("find-count");
        count.textProperty().bind(search.summaryProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        matchCase.setId("findMatchCase");
        wholeWords.setId("findWholeWords");
        Button close = new Button("✕");
        close.setId("findClose");
        close.getStyleClass().add("find-close");
        close.setAccessibleText("Close find");
        close.setTooltip(new Tooltip("Close (Esc)"));
        close.setOnAction(event -> close());
        HBox findRow = new HBox(6, findLabel, find, count, previous, next, matchCase, wholeWords, close);
        findRow.setAlignment(Pos.CENTER_LEFT);

        Label replaceLabel = new Label("Replace with");
        replaceLabel.setLabelFor(replaceWith);
        replaceWith.setId("replaceField");
        replaceWith.setPromptText("Replacement");
        HBox.setHgrow(replaceWith, Priority.ALWAYS);
        Button replaceOne = new Button("Replace");
        replaceOne.setId("replaceOne");
        replaceOne.setTooltip(new Tooltip("Replace the current occurrence and go to the next (Enter in the field)"));
        replaceOne.setOnAction(event -> replaceCurrent(replace));
        Button replaceAll = new Button("Replace all");
        replaceAll.setId("replaceAll");
        replaceAll.setTooltip(new Tooltip("Replace every occurrence: one step, Ctrl+Z takes it back"));
        replaceAll.setOnAction(event -> replaceEvery(replace));
        replaceOne.disableProperty().bind(find.textProperty().isEmpty());
        replaceAll.disableProperty().bind(find.textProperty().isEmpty());
        replaceRow = new HBox(6, replaceLabel, replaceWith, replaceOne, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(findRow, replaceRow);

        find.textProperty().addListener((obs, old, now) -> searchAgain());
        matchCase.selectedProperty().addListener((obs, old, now) -> searchAgain());
        wholeWords.selectedProperty().addListener((obs, old, now) -> searchAgain());
        find.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                search.step(event.isShiftDown() ? -1 : 1);
                event.consume();
            }
        });
        replaceWith.setOnAction(event -> replaceCurrent(replace));
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            }
        });
        hideBar();
    }

    /** Ctrl+F (replace false) or Ctrl+H: the bar opens with the selected words, the phrase ready to type over. */
    public void open(boolean withReplace) {
        String selected = editor.area().getSelectedText();
        if (!selected.isEmpty() && selected.length() <= 200 && selected.indexOf('\n') < 0) {
            find.setText(selected);
        }
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        setVisible(true);
        setManaged(true);
        searchAgain();
        // The phrase first, selected, ready to type over (Tab reaches the replacement), as in most editors.
        find.requestFocus();
        find.selectAll();
    }

    public boolean isOpen() {
        return isVisible();
    }

    /** Esc or ✕: the marks go and the text has the focus again. */
    public void close() {
        hideBar();
        search.clear();
        editor.area().requestFocus();
    }

    private void hideBar() {
        setVisible(false);
        setManaged(false);
    }

    private void searchAgain() {
        if (isVisible()) {
            search.search(find.getText(), matchCase.isSelected(), wholeWords.isSelected());
        }
    }

    private void replaceCurrent(BiConsumer<List<int[]>, String> replace) {
        var current = search.currentIfSelected();
        if (current.isEmpty()) {
            search.step(1); // first show which occurrence would be replaced
            return;
        }
        replace.accept(List.of(current.get()), replaceWith.getText());
        search.search(find.getText(), matchCase.isSelected(), wholeWords.isSelected());
    }

    private void replaceEvery(BiConsumer<List<int[]>, String> replace) {
        List<int[]> all = search.all();
        replace.accept(all, replaceWith.getText());
        search.search(find.getText(), matchCase.isSelected(), wholeWords.isSelected());
    }
}
