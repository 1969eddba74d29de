package org.checkbench.ui;

import java.util.List;

import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Paragraphs whose first letter with a direction is right-to-left (Arabic, Hebrew) are set right
 * to left in the editor: aligned right, with a right-to-left base direction, so "قال الوزير إن
 * 10,000 جندي" keeps its number between the right words. JavaFX shapes and reorders the runs inside
 * a line; RichTextFX's caret and selection follow JavaFX's hit testing, which is what is possible
 * without replacing the editor (see docs/report.md, "Right-to-left text").
 */
final class RightToLeftParagraphs {

    static final String STYLE_CLASS = "rtl-paragraph";

    private final StyleClassedTextArea area;

    RightToLeftParagraphs(StyleClassedTextArea area) {
        this.area = area;
        area.plainTextChanges().subscribe(change -> {
            int first = area.offsetToPosition(Math.min(change.getPosition(), area.getLength()),
                    org.fxmisc.richtext.model.TwoDimensional.Bias.Backward).getMajor();
            int last = area.offsetToPosition(Math.min(change.getInsertionEnd(), area.getLength()),
                    org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
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

    /** The Unicode "first strong character" rule, as java.text.Bidi applies it to a paragraph. */
    static boolean isRightToLeft(String text) {
        return !text.isEmpty() && !new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT)
                .baseIsLeftToRight();
    }
}
