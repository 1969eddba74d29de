package org.checkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;

import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * What a save writes ({@link ArticleEditor#text()}, kept in step with the editor instead of read from
 * it, issue 18) is exactly the text on screen after any mix of typing, deleting, pasting and
 * replacing, in the real editor.
 */
class EditorTextMirrorTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theSavedTextIsTheTextOnScreenAfterEveryKindOfEdit() throws Exception {
        ArticleEditor editor = onFx(() -> {
            ArticleEditor shown = new ArticleEditor();
            shown.showText("Officials said 10,000 troops came.\n\nКиїв denied it. 김정은 said nothing.");
            return shown;
        });
        Random random = new Random(18);
        String[] pieces = {"x", " ", "\n", "Київ", "a longer pasted sentence.\n\n", ""};
        for (int i = 0; i < 300; i++) {
            int step = i;
            String[] texts = onFx(() -> {
                var area = editor.area();
                int length = area.getLength();
                int start = random.nextInt(length + 1);
                int end = step % 3 == 0 ? Math.min(length, start + random.nextInt(6)) : start;
                area.replaceText(start, end, pieces[random.nextInt(pieces.length)]);
                return new String[] {editor.text(), area.getText()};
            });
            assertThat(texts[0]).as("after edit %d", step).isEqualTo(texts[1]);
        }
        String[] reopened = onFx(() -> {
            editor.showText("A new article.");
            return new String[] {editor.text(), editor.area().getText()};
        });
        assertThat(reopened[0]).isEqualTo("A new article.").isEqualTo(reopened[1]);
    }
}
