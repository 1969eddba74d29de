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

    /**
     * What a save takes (ADR 0116): the text as it was when the save was asked for, read later on
     * another thread while the checker goes on typing, equal to the text on screen at that moment.
     */
    @Test
    void aSnapshotReadOnAnotherThreadLaterIsTheTextOfItsMoment() throws Exception {
        ArticleEditor editor = onFx(() -> {
            ArticleEditor shown = new ArticleEditor();
            shown.showText("Officials said 10,000 troops came.\n\nКиїв denied it. 김정은 said nothing.\n".repeat(200));
            return shown;
        });
        Random random = new Random(116);
        String[] pieces = {"x", " ", "\n", "Київ", "a pasted sentence.\n\n", ""};
        java.util.List<org.checkbench.ui.article.TextSnapshot> snapshots = new java.util.ArrayList<>();
        java.util.List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int step = i;
            onFx(() -> {
                var area = editor.area();
                int length = area.getLength();
                int start = random.nextInt(length + 1);
                int end = step % 3 == 0 ? Math.min(length, start + random.nextInt(6)) : start;
                area.replaceText(start, end, pieces[random.nextInt(pieces.length)]);
                snapshots.add(editor.textSnapshot());
                expected.add(area.getText());
                return null;
            });
        }
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            // As a timed save reads them (ADR 0157): characters, the lines not joined, and their UTF-8 bytes.
            java.util.List<String> chars = worker.submit(() -> snapshots.stream()
                    .map(snapshot -> snapshot.chars().toString()).toList()).get();
            assertThat(chars).containsExactlyElementsOf(expected);
            java.util.List<byte[]> bytes = worker.submit(() -> snapshots.stream()
                    .map(snapshot -> org.checkbench.model.text.Utf8Text.encode(snapshot.chars())).toList()).get();
            for (int i = 0; i < expected.size(); i++) {
                assertThat(bytes.get(i)).isEqualTo(expected.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            java.util.List<String> read = worker.submit(() -> snapshots.stream().map(java.util.function.Supplier::get)
                    .toList()).get();
            assertThat(read).containsExactlyElementsOf(expected);
        } finally {
            worker.shutdown();
        }
        assertThat(snapshots.get(7).get()).as("read again: the same string").isSameAs(snapshots.get(7).get());
    }
}
