package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.input.KeyCode;

import org.checkbench.model.Claim;
import org.checkbench.model.Suggestion;
import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.article.OpenArticle;
import org.junit.jupiter.api.Test;

/** The writer's revised draft arrives: claims carry over, the highlight and suggestions fit the new text. */
class DraftImportWindowTest extends RunningAppTest {

    @Test
    void claimsCarryOverAndEveryHighlightFitsTheNewText() throws Exception {
        waitUntilOnFx(() -> !open().suggestions().items().isEmpty());
        String words = "Starlink satellites";
        int start = area().getText().indexOf(words);
        onFx(() -> {
            area().requestFocus();
            area().selectRange(start, start + words.length());
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntilOnFx(() -> open().currentClaims().stream().anyMatch(c -> c.quote().equals(words)));

        String draft = "A new first paragraph from the writer.\n"
                + area().getText().replace("Starlink satellites", "satellite terminals");
        Path file = Files.writeString(harness.dataDir().resolve("draft 2.txt"), draft);
        OpenArticle before = open();
        onFx(() -> app.window().importDraft(file));
        waitUntilOnFx(() -> open() != before && area().getText().equals(draft));
        waitUntilOnFx(() -> !open().suggestions().items().isEmpty()
                && open().suggestions().items().stream().allMatch(s -> fits(draft, s)));

        Claim orphan = open().currentClaims().stream().filter(c -> c.quote().equals(words)).findFirst().orElseThrow();
        assertThat(orphan.orphaned()).isTrue();
        // Every character carries the suggestion style exactly when a suggestion covers it.
        java.util.List<java.util.Collection<String>> styles = onFx(() -> {
            java.util.List<java.util.Collection<String>> all = new java.util.ArrayList<>();
            for (int i = 0; i < draft.length(); i++) {
                all.add(area().getStyleOfChar(i));
            }
            return all;
        });
        for (int i = 0; i < draft.length(); i++) {
            if (draft.charAt(i) == '\n') {
                continue; // RichTextFX reports a line end with the style of the character before it
            }
            int index = i;
            boolean covered = open().suggestions().items().stream().anyMatch(s -> s.start() <= index && index < s.end())
                    && open().claimAt(index).isEmpty();
            assertThat(styles.get(i).contains("suggestion"))
                    .as("suggestion style at %d in «%s»", index, draft.substring(Math.max(0, index - 20), Math.min(draft.length(), index + 20)))
                    .isEqualTo(covered);
        }
    }

    private static boolean fits(String text, Suggestion s) {
        return s.end() <= text.length() && text.substring(s.start(), s.end()).equals(s.exact());
    }
}
