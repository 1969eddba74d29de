package org.checkbench.ui.editor;

import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The article's text area: RichTextFX's, with Backspace and Delete finding the neighbouring character
 * from the characters around the caret. RichTextFX 0.11's own {@code deletePreviousChar} and
 * {@code deleteNextChar} join the whole document's text to step one code point, on the FX thread: on
 * a 1 MB article about 2 MB of garbage per Backspace, most of what the FX thread allocated while a
 * checker typed in the real window (JFR, 3 Dec; issue 18).
 */
public final class ArticleTextArea extends StyleClassedTextArea {

    @Override
    public void deletePreviousChar() {
        int end = getCaretPosition();
        if (end > 0) {
            deleteText(previousCodePointStart(end), end);
        }
    }

    @Override
    public void deleteNextChar() {
        int start = getCaretPosition();
        if (start < getLength()) {
            deleteText(start, nextCodePointEnd(start));
        }
    }

    /** Where the code point ending at {@code end} starts: one character back, two for a surrogate pair. */
    int previousCodePointStart(int end) {
        int from = Math.max(0, end - 2);
        String around = getText(from, end);
        return from + Character.offsetByCodePoints(around, around.length(), -1);
    }

    /** Where the code point starting at {@code start} ends: one character on, two for a surrogate pair. */
    int nextCodePointEnd(int start) {
        String around = getText(start, Math.min(getLength(), start + 2));
        return start + Character.offsetByCodePoints(around, 0, 1);
    }
}
