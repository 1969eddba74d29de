package org.checkbench.ui;

import javafx.scene.layout.StackPane;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The article as the checker reads and edits it: wrapped prose in a RichTextFX area. Claim
 * highlighting is layered on top of this by style spans.
 */
public final class ArticleEditor extends StackPane {

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final RightToLeftParagraphs rightToLeft = new RightToLeftParagraphs(area);

    public ArticleEditor() {
        area.setId("articleEditor");
        area.getStyleClass().add("article-editor");
        area.setWrapText(true);
        area.setEditable(true);
        getStyleClass().add("article-editor-frame");
        getChildren().add(new VirtualizedScrollPane<>(area));
    }

    /** Replaces the whole text, leaving no undo step behind: opening an article is not an edit. */
    public void showText(String text) {
        area.replaceText(text);
        rightToLeft.updateAll();
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
    }

    public String text() {
        return area.getText();
    }

    public StyleClassedTextArea area() {
        return area;
    }
}
