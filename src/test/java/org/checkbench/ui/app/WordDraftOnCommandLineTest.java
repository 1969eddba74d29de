package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.waitUntil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.DialogPane;

import org.checkbench.ui.AppHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A Word draft given on the command line (`checkbench draft.docx`): it opens as the article, with no
 * encoding bar (a Word file has no encoding to choose; this once failed half-way through showing it),
 * and the reader's notices are said as File > Open article says them.
 */
class WordDraftOnCommandLineTest {

    private static AppHarness harness;
    private static CheckbenchApp app;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startWithAWordDraft() throws Exception {
        harness = new AppHarness();
        Path draft = harness.dataDir().resolve("tracked.docx");
        try (InputStream in = WordDraftOnCommandLineTest.class.getResourceAsStream("/org/checkbench/io/tracked-libreoffice.docx")) {
            Files.copy(in, draft);
        }
        app = harness.start(new LaunchOptions(null, draft, false));
    }

    @AfterAll
    static void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theDraftOpensWithWhatTheReaderNoticed() throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText() + "\n" + dialog.getContentText()).contains("tracked changes", "comment");

        assertThat(app.window().open().article().currentText()).contains("some 11,000 soldiers arrived[1].")
                .doesNotContain("about 10,000");
        assertThat(robot.lookup("#encodingChoice").tryQuery()).isEmpty();
        assertThat(app.window().statusBar().getText()).startsWith("Opened");
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }
}
