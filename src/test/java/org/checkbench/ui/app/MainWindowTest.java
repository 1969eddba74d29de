package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

import org.checkbench.service.ArticleService;
import org.checkbench.ui.RunningAppTest;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/** Starts the real application, headless, exactly as the launcher does, on a first start. */
class MainWindowTest extends RunningAppTest {

    @Test
    void aFirstStartShowsTheSampleArticleWithItsTitleInTheWindowTitle() throws Exception {
        StyleClassedTextArea editor = robot.lookup("#articleEditor").queryAs(StyleClassedTextArea.class);
        String sample;
        try (InputStream in = ArticleService.class.getResourceAsStream(ArticleService.SAMPLE_RESOURCE)) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(editor.getText()).isEqualTo(sample);
        assertThat(editor.getText()).contains("Roskomnadzor");
        Stage stage = (Stage) editor.getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo(ArticleService.SAMPLE_TITLE + " — Checkbench");
    }

    @Test
    void theWorkspaceIsCreatedInTheDataFolderOnFirstStart() {
        assertThat(Files.isRegularFile(harness.dataDir().resolve("workspace.checkbench"))).isTrue();
        assertThat(app.window().workspace().session().file()).isEqualTo(harness.dataDir().resolve("workspace.checkbench"));
    }

    @Test
    void hasTheMainPartsAUserExpects() throws Exception {
        assertThat(robot.lookup("#menuBar").tryQuery()).isPresent();
        assertThat(robot.lookup("#claimList").tryQuery()).isPresent();
        assertThat(robot.lookup("#claimSearch").tryQuery()).isPresent();
        StatusBar status = robot.lookup("#statusBar").queryAs(StatusBar.class);
        assertThat(status.getText()).startsWith("Opened “" + ArticleService.SAMPLE_TITLE + "”");
        SplitPane split = robot.lookup("#mainSplit").queryAs(SplitPane.class);
        assertThat(split.getItems()).hasSize(2);
    }
}
