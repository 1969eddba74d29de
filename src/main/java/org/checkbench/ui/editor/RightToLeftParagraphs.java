package org.checkbench.ui.editor;

import java.text.Bidi;
import java.util.List;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Paragraphs whose first letter with a direction is right-to-left (Arabic, Hebrew) are aligned
 * right in the editor (style class {@value #STYLE_CLASS}, checkbench.css). JavaFX shapes them and
 * orders the runs inside a line; the base direction stays left-to-right, because RichTextFX clips
 * mirrored lines. That is what is possible without replacing the editor (docs/report.md,
 * "Right-to-left text").
 */
final class RightToLeftParagraphs {

    static final String STYLE_CLASS = "rtl-paragraph";

    private final StyleClassedTextArea area;

    RightToLeftParagraphs(StyleClassedTextArea area) {
        this.area = area;
        area.plainTextChanges().subscribe(change -> {
            int first = area.offsetToPosition(Math.min(change.getPosition(), area.getLength()),
                    Bias.Backward).getMajor();
            int last = area.offsetToPosition(Math.min(change.getInsertionEnd(), area.getLength()),
                    Bias.Forward).getMajor();
            update(first, last);
        });
    }

    /** Re-decides every paragraph (a whole new text). */
    void updateAll() {
        update(0, area.getParagraphs().size() - 1);
    }

    private void update(int first, int last) {
        for (int i = Math.max(0, first); i <= last && i < area.getParagraphs().size(); i++) {
            boolean rightToLeft = isRightToLeft(area.getParagraph(i).getText());
            boolean marked = area.getParagraph(i).getParagraphStyle().contains(STYLE_CLASS);
            if (rightToLeft != marked) {
                area.setParagraphStyle(i, rightToLeft ? List.of(STYLE_CLASS) : List.of());
            }
        }
    }

    /**
     * The Unicode "first strong character" rule, as java.text.Bidi applies it to a paragraph. Text
     * without any right-to-left character (most articles) is answered without building a Bidi.
     */
    static boolean isRightToLeft(String text) {
        char[] chars = text.toCharArray();
        return Bidi.requiresBidi(chars, 0, chars.length)
                && !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }
}
