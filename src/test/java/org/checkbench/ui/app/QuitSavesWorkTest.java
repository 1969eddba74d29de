package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;

import org.checkbench.model.Claim;
import org.checkbench.service.LoadedArticle;
import org.checkbench.ui.RunningAppTest;
import org.junit.jupiter.api.Test;

/** Quitting in the middle of typing: the note still in its field and the last keystrokes are kept. */
class QuitSavesWorkTest extends RunningAppTest {

    @Test
    void quittingSavesTheNoteBeingTypedAndTheLatestText() throws Exception {
        String words = "Starlink satellites";
        int start = area().getText().indexOf(words);
        onFx(() -> {
            area().requestFocus();
            area().selectRange(start, start + words.length());
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntilOnFx(() -> open().selectedProperty().get() != null);
        Claim claim = open().selectedProperty().get();

        onFx(() -> area().insertText(0, "Draft 2. "));
        TextArea note = robot.lookup("#noteField").queryAs(TextArea.class);
        robot.clickOn(note).write("Ask SpaceX press office");
        assertThat(note.isFocused()).isTrue();

        var session = open().session();
        long articleId = open().article().id();
        onFx(() -> app.window().quit());
        waitUntil(() -> !app.window().stage().isShowing());

        LoadedArticle stored = session.articles().load(articleId);
        assertThat(stored.article().currentText()).startsWith("Draft 2. Thousands");
        assertThat(session.claims().find(claim.id()).note()).isEqualTo("Ask SpaceX press office");
    }
}
