package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.DialogPane;

import org.checkbench.service.ArticleService;
import org.checkbench.ui.AppHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A picture given as the article on the command line: a clear message, and the workspace still opens. */
class BadArticleFileTest {

    private static AppHarness harness;
    private static CheckbenchApp app;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startWithAPictureAsTheArticle() throws Exception {
        harness = new AppHarness();
        Path picture = Files.write(harness.dataDir().resolve("photo.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        app = harness.start(new LaunchOptions(null, picture, false));
    }

    @AfterAll
    static void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theCheckerIsToldWhatWentWrongAndKeepsWorking() throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("photo.png looks like a PNG picture, not text");

        assertThat(app.window().open().article().title()).isEqualTo(ArticleService.SAMPLE_TITLE);
        assertThat(app.window().open().session().articles().list()).hasSize(1);
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }
}
