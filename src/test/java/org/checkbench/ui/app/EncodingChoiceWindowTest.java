package org.checkbench.ui.app;

import org.checkbench.ui.AppHarness;
import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.ScriptedDialogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;

import org.junit.jupiter.api.Test;

/** Issue 17: a guessed encoding is shown above the article, with a choice to read the file again. */
class EncodingChoiceWindowTest extends RunningAppTest {

    private static final String UKRAINIAN = "Київ, 12 березня. Міністерство оборони України повідомило, що протягом"
            + " минулого тижня було збито 45 ракет і 120 дронів. За даними відомства, більшість атак була спрямована"
            + " на енергетичну інфраструктуру в центральних і східних областях країни.\n";

    @org.checkbench.ui.ReadmeRow("a file read in the wrong encoding")
    @Test
    void theGuessIsNamedAndAnotherEncodingReadsTheFileAgain() throws Exception {
        Path file = Files.write(harness.dataDir().resolve("old-desk.txt"),
                UKRAINIAN.repeat(3).getBytes(Charset.forName("windows-1251")));
        onFx(() -> {
            app.window().draftImport().useDialogs(new ScriptedDialogs());
            app.window().draftImport().importFile(file);
        });
        waitUntilOnFx(() -> area().getText().startsWith("Київ, 12 березня"));
        waitUntil(() -> robot.lookup("#noticeBar").queryAs(NoticeBar.class).isVisible());
        assertThat(app.window().noticeBar().text()).contains("old-desk.txt", "windows-1251", "a guess");
        long firstId = open().article().id();

        @SuppressWarnings("unchecked")
        ComboBox<String> choice = robot.lookup("#encodingChoice").queryAs(ComboBox.class);
        onFx(() -> {
            choice.setValue("ISO-8859-5");
            robot.lookup("#readAgainButton").queryAs(Button.class).fire();
        });
        waitUntil(() -> open().article().id() != firstId);
        assertThat(onFx(() -> area().getText())).doesNotStartWith("Київ");
        assertThat(app.window().noticeBar().text()).contains("ISO-8859-5", "as chosen");
        assertThat(open().session().articles().list()).noneMatch(a -> a.id() == firstId);

        long secondId = open().article().id();
        onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> again = robot.lookup("#encodingChoice").queryAs(ComboBox.class);
            again.setValue("windows-1251");
            robot.lookup("#readAgainButton").queryAs(Button.class).fire();
        });
        waitUntil(() -> open().article().id() != secondId);
        assertThat(open().session().articles().load(open().article().id()).article().currentText())
                .isEqualTo(UKRAINIAN.repeat(3));
    }
}
