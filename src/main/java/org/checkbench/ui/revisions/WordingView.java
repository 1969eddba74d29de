package org.checkbench.ui.revisions;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.checkbench.model.WordDiff;
import org.checkbench.model.WordDiff.Piece;

/** A changed claim's wording, old and new in one line: removed words struck through, new words underlined. */
final class WordingView {

    private WordingView() {
    }

    static TextFlow of(WordDiff diff) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("wording");
        for (Piece piece : diff.pieces()) {
            flow.getChildren().add(text(piece.text(), switch (piece.kind()) {
                case EQUAL -> "wording-kept";
                case DELETED -> "wording-deleted";
                case INSERTED -> "wording-inserted";
            }));
        }
        return flow;
    }

    static Text text(String words, String styleClass) {
        Text text = new Text(words);
        text.getStyleClass().add(styleClass);
        return text;
    }
}
