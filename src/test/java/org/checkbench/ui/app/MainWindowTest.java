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
        // The window's icon, in every size up to 256, arrives from its own thread once decoded.
        org.checkbench.ui.AppHarness.waitUntilOnFx(() -> app.window().stage().getIcons().size() == 7);
        assertThat(app.window().stage().getIcons()).allMatch(icon -> !icon.isError() && icon.getWidth() >= 16);
    }

    @Test
    void aFirstStartOpensLargeWithTheArticleWiderThanTheClaimPanel() throws Exception {
        // Issue 14: a new user got 720×480 with the article narrower than the panel.
        double[] sizes = org.checkbench.ui.AppHarness.onFx(() -> {
            Stage stage = app.window().stage();
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            return new double[] {stage.getWidth(), stage.getHeight(), screen.getWidth(), screen.getHeight(),
                robot.lookup("#articleColumn").query().getBoundsInParent().getWidth(),
                app.window().claimPanel().getWidth()};
        });
        assertThat(sizes[0]).isGreaterThanOrEqualTo(Math.min(1280, sizes[2] * 0.9) - 1).isLessThanOrEqualTo(sizes[2]);
        assertThat(sizes[1]).isGreaterThanOrEqualTo(Math.min(820, sizes[3] * 0.9) - 1).isLessThanOrEqualTo(sizes[3]);
        assertThat(sizes[4]).as("the article column").isGreaterThan(sizes[5] * 1.4);
    }
}
