package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;

import org.checkbench.model.Claim;
import org.checkbench.model.ArticleSummary;
import org.checkbench.ui.ReadmeRow;
import org.checkbench.ui.AppHarness;
import org.checkbench.ui.RunningWindow;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The README rows whose commands first ask for a file (open, switch, new draft, fact-checks), by
 * their keys and menus through the running app; the file choosers answer as scripted.
 */
class FileCommandsTest {

    @RegisterExtension
    static final RunningWindow WINDOW = new RunningWindow();

    private final FxRobot robot = new FxRobot();

    private StyleClassedTextArea area() {
        return robot.lookup("#articleEditor").queryAs(StyleClassedTextArea.class);
    }

    private void focusEditor() throws Exception {
        onFx(() -> {
            WINDOW.window().stage().requestFocus();
            area().requestFocus();
        });
    }

    private long articleId() throws Exception {
        return onFx(() -> WINDOW.window().open().article().id());
    }

    @Test
    @ReadmeRow("open another article / workspace")
    void ctrlOOpensATextFileCtrlShiftOSwitchesBackAndTheFileMenuOpensAnotherWorkspace() throws Exception {
        long sample = articleId();
        Path file = Files.writeString(WINDOW.harness().dataDir().resolve("briefing.txt"),
                "A briefing from the desk.\n\nSecond paragraph.\n");
        WINDOW.dialogs().open(file);
        focusEditor();
        robot.push(KeyCode.CONTROL, KeyCode.O);
        waitUntilOnFx(() -> area().getText().startsWith("A briefing from the desk."));
        assertThat(articleId()).isNotEqualTo(sample);

        // Ctrl+Shift+O: the workspace's articles, most recent first; the sample is chosen.
        focusEditor();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        waitUntilOnFx(() -> robot.lookup(".choice-dialog .combo-box").tryQuery().isPresent());
        onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<ArticleSummary> choice = robot.lookup(".choice-dialog .combo-box").queryAs(ComboBox.class);
            choice.setValue(choice.getItems().stream().filter(a -> a.id() == sample).findFirst().orElseThrow());
        });
        robot.clickOn("OK");
        waitUntilOnFx(() -> WINDOW.window().open().article().id() == sample);

        // File > New workspace…, then File > Open workspace… back to the first one.
        Path first = onFx(() -> WINDOW.window().workspace().session().file());
        Path second = WINDOW.harness().dataDir().resolve("second.checkbench");
        WINDOW.dialogs().saveAs(second);
        robot.clickOn("File");
        robot.clickOn("New workspace…");
        waitUntilOnFx(() -> WINDOW.window().workspace().session() != null
                && second.equals(WINDOW.window().workspace().session().file()) && WINDOW.window().open() != null);
        WINDOW.dialogs().open(first);
        robot.clickOn("File");
        robot.clickOn("Open workspace…");
        waitUntilOnFx(() -> first.equals(WINDOW.window().workspace().session().file()) && WINDOW.window().open() != null);
        assertThat(articleId()).as("the article last viewed in that workspace").isEqualTo(sample);
    }

    @Test
    @ReadmeRow("the writer sent a revised draft")
    void ctrlShiftIImportsTheNewDraftAndTheClaimsFollowIt() throws Exception {
        String text = onFx(() -> area().getText());
        String words = "Starlink satellites";
        int start = text.indexOf(words);
        assertThat(start).as("the sample contains " + words).isNotNegative();
        onFx(() -> WINDOW.window().open().mark(start, start + words.length()));
        waitUntilOnFx(() -> WINDOW.window().open().claimAt(start + 1).isPresent());
        Claim claim = onFx(() -> WINDOW.window().open().claimAt(start + 1).orElseThrow());
        Object before = onFx(() -> WINDOW.window().open());

        Path draft = Files.writeString(WINDOW.harness().dataDir().resolve("draft 2.txt"), "A new opening line.\n" + text);
        WINDOW.dialogs().open(draft);
        focusEditor();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        waitUntilOnFx(() -> area().getText().startsWith("A new opening line.")
                && WINDOW.window().open() != before);
        // The claim is found again by its words, further on in the new text.
        Claim moved = onFx(() -> WINDOW.window().open().claim(claim.id()));
        assertThat(moved.orphaned()).isFalse();
        assertThat(moved.anchor().start()).isEqualTo(start + "A new opening line.\n".length());
    }

    @Test
    @ReadmeRow("import published fact-checks")
    void theFileMenuImportsFactChecksFromACsvAndSaysHowMany() throws Exception {
        Path csv = Files.writeString(WINDOW.harness().dataDir().resolve("desk-checks.csv"), """
                claim,rating,url,publisher,date
                "North Korea has sent thousands of troops to Russia",True,https://desk.example/troops,City Desk,2024-10-12
                "Starlink terminals reach the front",Misleading,https://desk.example/starlink,City Desk,2024-11-02
                """);
        WINDOW.dialogs().open(csv);
        robot.clickOn("File");
        robot.clickOn("Import fact-checks…");
        waitUntilOnFx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText().startsWith("desk-checks.csv: "));
        AppHarness.waitForTasks(WINDOW.app());
        assertThat(WINDOW.window().open().session().factChecks().list(0, 10))
                .extracting(f -> f.claim()).contains("North Korea has sent thousands of troops to Russia",
                        "Starlink terminals reach the front");
    }
}
