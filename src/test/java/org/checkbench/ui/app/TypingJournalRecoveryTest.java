package org.checkbench.ui.app;

import org.checkbench.ui.AppHarness;
import org.checkbench.ui.RunningAppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import org.checkbench.service.TypingJournal;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: keystrokes a killed window had not saved yet are in its typing journal, and the next
 * start types them again (the journal is written by hand here, as the killed run left it).
 */
class TypingJournalRecoveryTest extends RunningAppTest {

    @Test
    void editsLeftInTheJournalAreReplayedSavedAndUndoable() throws Exception {
        String text = "Draft sent by the desk.\nSecond paragraph.\n";
        var session = open().session();
        long id = session.articles().importText("Killed mid-sentence", text, "test").id();
        try (TypingJournal left = TypingJournal.of(harness.dataDir().resolve("journal"), session.file(), id)) {
            left.start(text);
            left.append(0, 0, "U");
            left.append(1, 0, "pdated: ");
        }

        // Loaded but never shown (a window that failed to start): the edits must still be there after.
        java.util.concurrent.atomic.AtomicBoolean loaded = new java.util.concurrent.atomic.AtomicBoolean();
        onFx(() -> app.window().workspace().openArticle(id, bundle -> loaded.set(true)));
        waitUntil(loaded::get);
        assertThat(TypingJournal.of(harness.dataDir().resolve("journal"), session.file(), id).unsaved(text)).hasSize(2);

        onFx(() -> app.window().workspace().openArticle(id, app.window()::showArticle));
        waitUntil(() -> open().article().id() == id);
        assertThat(onFx(() -> area().getText())).startsWith("Updated: Draft sent");
        assertThat(robot.lookup("#statusBar").queryAs(StatusBar.class).getText()).contains("Recovered 2 edits");
        waitUntil(() -> session.articles().load(id).article().currentText().startsWith("Updated: Draft sent"));

        onFx(() -> app.window().claimsInEditor().undo());
        waitUntilOnFx(() -> !area().getText().startsWith("Updated"));
    }
}
