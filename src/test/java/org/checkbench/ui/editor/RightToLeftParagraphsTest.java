package org.checkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;

import java.util.Collection;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Arabic and Hebrew paragraphs are aligned right in the real editor, and follow edits. */
class RightToLeftParagraphsTest {

    private static final String ARABIC = "قال الوزير إن 10,000 جندي وصلوا في مارس.";

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theFirstLetterWithADirectionDecides() {
        assertThat(RightToLeftParagraphs.isRightToLeft(ARABIC)).isTrue();
        assertThat(RightToLeftParagraphs.isRightToLeft("10,000 " + ARABIC)).as("digits have no direction").isTrue();
        assertThat(RightToLeftParagraphs.isRightToLeft("שלום עולם")).isTrue();
        assertThat(RightToLeftParagraphs.isRightToLeft("The minister said " + ARABIC)).isFalse();
        assertThat(RightToLeftParagraphs.isRightToLeft("Київ")).isFalse();
        assertThat(RightToLeftParagraphs.isRightToLeft("")).isFalse();
    }

    @Test
    void anArabicParagraphIsMarkedWhenShownTypedAndUnmarkedWhenDeleted() throws Exception {
        ArticleEditor editor = onFx(() -> {
            ArticleEditor shown = new ArticleEditor();
            shown.showText(ARABIC + "\nAn English paragraph.");
            return shown;
        });
        assertThat(styleOf(editor, 0)).contains(RightToLeftParagraphs.STYLE_CLASS);
        assertThat(styleOf(editor, 1)).doesNotContain(RightToLeftParagraphs.STYLE_CLASS);

        onFx(() -> editor.area().deleteText(0, ARABIC.length() + 1));
        assertThat(styleOf(editor, 0)).doesNotContain(RightToLeftParagraphs.STYLE_CLASS);

        onFx(() -> editor.area().insertText(0, "שלום עולם\n"));
        assertThat(styleOf(editor, 0)).contains(RightToLeftParagraphs.STYLE_CLASS);
        assertThat(styleOf(editor, 1)).doesNotContain(RightToLeftParagraphs.STYLE_CLASS);
    }

    private static Collection<String> styleOf(ArticleEditor editor, int paragraph) throws Exception {
        return onFx(() -> editor.area().getParagraph(paragraph).getParagraphStyle());
    }
}
