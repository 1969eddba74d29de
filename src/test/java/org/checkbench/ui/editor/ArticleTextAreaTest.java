package org.checkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;

import java.util.Random;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Backspace and Delete in the article's area step one code point from the characters around the caret
 * (without joining the whole text, issue 18), leaving exactly what RichTextFX's own rule leaves,
 * surrogate pairs included.
 */
class ArticleTextAreaTest {

    private static final String TEXT = "Officials said 10,000 troops came. 😀 Київ denied it.\n\n𝐀𝐁 김정은 said nothing 👍🏽.\n";

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void backspaceAndDeleteLeaveWhatRichTextFxsOwnRuleLeavesAtEveryPlace() throws Exception {
        onFx(() -> {
            for (int caret = 0; caret <= TEXT.length(); caret++) {
                for (boolean backspace : new boolean[] {true, false}) {
                    ArticleTextArea ours = new ArticleTextArea();
                    StyleClassedTextArea library = new StyleClassedTextArea();
                    for (StyleClassedTextArea area : new StyleClassedTextArea[] {ours, library}) {
                        area.replaceText(TEXT);
                        area.moveTo(caret);
                        if (backspace) {
                            area.deletePreviousChar();
                        } else {
                            area.deleteNextChar();
                        }
                    }
                    assertThat(ours.getText()).as("%s at %d", backspace ? "Backspace" : "Delete", caret)
                            .isEqualTo(library.getText());
                    assertThat(ours.getCaretPosition()).isEqualTo(library.getCaretPosition());
                }
            }
            return null;
        });
    }

    @Test
    void theEditorsBackspaceKeyRemovesAWholeEmojiAndItsDeleteKeyOneLetter() throws Exception {
        ArticleEditor editor = onFx(() -> {
            ArticleEditor shown = new ArticleEditor();
            shown.showText("Prices rose 😀 today.");
            return shown;
        });
        String[] after = onFx(() -> {
            StyleClassedTextArea area = editor.area();
            assertThat(area).isInstanceOf(ArticleTextArea.class);
            area.moveTo("Prices rose 😀".length());
            area.fireEvent(key(KeyCode.BACK_SPACE));
            String backspaced = area.getText();
            area.moveTo(0);
            area.fireEvent(key(KeyCode.DELETE));
            return new String[] {backspaced, area.getText(), editor.text()};
        });
        assertThat(after[0]).isEqualTo("Prices rose  today.");
        assertThat(after[1]).isEqualTo("rices rose  today.").isEqualTo(after[2]);
    }

    @Test
    void randomBackspacesInALongTextKeepTheSavedTextTheTextOnScreen() throws Exception {
        ArticleEditor editor = onFx(() -> {
            ArticleEditor shown = new ArticleEditor();
            shown.showText(TEXT.repeat(50));
            return shown;
        });
        Random random = new Random(119);
        for (int i = 0; i < 200; i++) {
            String[] texts = onFx(() -> {
                StyleClassedTextArea area = editor.area();
                area.moveTo(random.nextInt(area.getLength() + 1));
                area.deletePreviousChar();
                return new String[] {editor.text(), area.getText()};
            });
            assertThat(texts[0]).isEqualTo(texts[1]);
        }
    }

    private static KeyEvent key(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }
}
