package org.checkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.checkbench.model.Claim;
import org.checkbench.service.ReportService;
import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.ScriptedDialogs;
import org.checkbench.ui.app.AppPreferences;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export check report… in the running app: the dialog's choices reach the PDF, failures reach the user. */
class ReportExportTest extends RunningAppTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> opened = new CopyOnWriteArrayList<>();

    @TempDir
    Path folder;

    /**
     * Every text the status bar showed during the test: other background work ("Checked before?"
     * catching up on the claims just marked) may replace the export's message at any moment, so a
     * test asks whether the checker was shown it, not whether it is still there.
     */
    private final List<String> statusShown = new CopyOnWriteArrayList<>();
    private final javafx.beans.value.ChangeListener<String> recordStatus = (obs, old, now) -> statusShown.add(now);

    @AfterEach
    void stopRecordingTheStatusBar() throws Exception {
        StatusBar bar = robot.lookup("#statusBar").queryAs(StatusBar.class);
        onFx(() -> bar.textProperty().removeListener(recordStatus));
    }

    @BeforeEach
    void answerDialogsWithoutAPerson() throws Exception {
        StatusBar bar = robot.lookup("#statusBar").queryAs(StatusBar.class);
        onFx(() -> bar.textProperty().addListener(recordStatus));
        onFx(() -> {
            ReportExport export = app.window().reportExport();
            export.useDialogs(dialogs);
            export.useOpener(opened::add);
            export.useRendering(ReportRendering.standard());
        });
    }

    private Claim mark(String words) throws Exception {
        StyleClassedTextArea area = robot.lookup("#articleEditor").queryAs(StyleClassedTextArea.class);
        int start = area.getText().indexOf(words);
        assertThat(start).as("the sample contains " + words).isNotNegative();
        onFx(() -> open().mark(start, start + words.length()));
        waitUntilOnFx(() -> open().currentClaims().stream().anyMatch(c -> c.quote().equals(words)));
        return open().currentClaims().stream().filter(c -> c.quote().equals(words)).findFirst().orElseThrow();
    }

    /** Ctrl+E in the editor, as a checker does; returns once the options dialog is up. */
    private void openExportDialog() throws Exception {
        onFx(() -> robot.lookup("#articleEditor").query().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
    }

    private CheckBox checkBox(String id) {
        return robot.lookup(id).queryAs(CheckBox.class);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @org.checkbench.ui.ReadmeRow("export the check report")
    @Test
    void theDialogsChoicesReachThePdfAndTheCheckerNameIsRemembered() throws Exception {
        Claim confirmed = mark("Starlink satellites");
        onFx(() -> open().setStatus(confirmed, "confirmed"));
        onFx(() -> open().setNote(open().claim(confirmed.id()), "Seen in Київ footage; 김정은 visit"));
        mark("Roskomnadzor");
        dialogs.saveAs(folder.resolve("filtered report")).answer(false);
        // "Checked before?" embeds the new claims in the background and says in the status bar when it is done:
        // let it finish first, or its news can land after the export's and replace it.
        waitUntil(() -> open().session().matching().pending() == 0);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);

        openExportDialog();
        assertThat(checkBox("#includeArticleText").isSelected()).isTrue();
        assertThat(robot.lookup("#exportStatuses").queryParent().getChildrenUnmodifiable())
                .hasSize(open().scale().values().size())
                .allSatisfy(box -> assertThat(((CheckBox) box).isSelected()).as("every status ticked at first").isTrue());
        TextField checker = robot.lookup("#checkerNameField").queryAs(TextField.class);
        assertThat(checker.getText()).isEqualTo(AppPreferences.standard().checkerName());

        onFx(() -> checker.setText("Olena Kovalenko"));
        robot.clickOn("#exportStatus-unchecked");
        robot.clickOn("#includeArticleText");
        robot.clickOn("#exportButton");

        waitUntil(() -> dialogs.questions.size() == 1);
        Path pdf = folder.resolve("filtered report.pdf");
        assertThat(dialogs.suggestedNames).containsExactly("North Korean troops in Russia - check report.pdf");
        assertThat(dialogs.questions.get(0)).contains(pdf.toString()).contains("Open the report now?");
        assertThat(dialogs.errors).isEmpty();
        assertThat(opened).as("the checker said no to opening it").isEmpty();

        String text = pdfText(pdf);
        assertThat(text).contains("Olena Kovalenko", "Starlink satellites", "Confirmed", "Київ", "김정은")
                .as("the cover's decision names the unchecked claim, marked as not in this report")
                .contains("Roskomnadzor", "not in this report: status filtered out");
        assertThat(text.substring(text.indexOf("Claims ["))).as("unchecked claims were left out of the claims,"
                + " and so was the article text").doesNotContain("Roskomnadzor");
        assertThat(AppPreferences.standard().checkerName()).isEqualTo("Olena Kovalenko");
        waitUntil(() -> statusShown.stream().anyMatch(shown -> shown != null && shown.contains("Exported the check report")));
    }

    @Test
    void theWholeReportNamesUndrawableCharactersAndOpensWhenAsked() throws Exception {
        Claim claim = mark("Kwangmyong");
        onFx(() -> open().setNote(claim, "The source replied \u0915"));
        dialogs.saveAs(folder.resolve("everything.PDF")).answer(true);

        openExportDialog();
        robot.clickOn("#exportButton");

        waitUntil(() -> opened.size() == 1);
        Path pdf = folder.resolve("everything.PDF");
        assertThat(opened).containsExactly(pdf);
        assertThat(dialogs.questions.get(0)).contains("U+0915 DEVANAGARI LETTER KA").contains("cannot be drawn");
        assertThat(pdfText(pdf)).contains("Kwangmyong", "Gideon Rachman");
    }

    @Test
    void anUnwritableDestinationIsExplainedAndLeavesNoFile() throws Exception {
        Path missingFolder = folder.resolve("no such folder");
        dialogs.saveAs(missingFolder.resolve("report.pdf"));

        openExportDialog();
        robot.clickOn("#exportButton");

        waitUntil(() -> dialogs.errors.size() == 1);
        assertThat(dialogs.errors.get(0)).contains("Could not export the check report")
                .contains("the folder " + missingFolder + " does not exist").contains("No report file was written");
        assertThat(missingFolder).doesNotExist();
        assertThat(folderContents()).isEmpty();
        assertThat(dialogs.questions).isEmpty();
        waitUntil(() -> robot.lookup("#exportProgress").tryQuery().isEmpty());
        assertThat(app.window().stage().isShowing()).as("the app keeps running").isTrue();
    }

    @Test
    void cancellingWhileRenderingLeavesNoFile() throws Exception {
        CountDownLatch layingOut = new CountDownLatch(1);
        // Holds the real render at a known stage until the Cancel button interrupts it.
        onFx(() -> app.window().reportExport().useRendering((report, options, destination, listener) ->
                ReportService.render(report, options, destination, (fraction, stage) -> {
                    listener.update(fraction, stage);
                    if (stage.equals("Laying out pages")) {
                        layingOut.countDown();
                        waitForInterrupt();
                    }
                })));
        Path pdf = folder.resolve("cancelled.pdf");
        dialogs.saveAs(pdf);

        openExportDialog();
        robot.clickOn("#exportButton");
        waitUntil(() -> layingOut.getCount() == 0);
        assertThat(robot.lookup("#exportProgress").tryQuery()).isPresent();
        robot.clickOn("#cancelExportButton");

        waitUntil(() -> statusShown.stream().anyMatch(shown -> shown != null && shown.contains("cancelled")));
        assertThat(robot.lookup("#exportProgress").tryQuery()).isEmpty();
        assertThat(pdf).doesNotExist();
        assertThat(folderContents()).as("no temporary file left either").isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.questions).isEmpty();
    }

    @Test
    void suggestedNamesAreSafeFileNamesAndPdfIsAddedWhenMissing() {
        assertThat(ReportExport.suggestedFileName("Who said: \"50%\"? / Kyiv")).isEqualTo("Who said 50% Kyiv - check report.pdf");
        assertThat(ReportExport.suggestedFileName("...")).isEqualTo("Check report.pdf");
        assertThat(ReportExport.withPdfExtension(Path.of("/tmp/report"))).isEqualTo(Path.of("/tmp/report.pdf"));
        assertThat(ReportExport.withPdfExtension(Path.of("/tmp/report.PDF"))).isEqualTo(Path.of("/tmp/report.PDF"));
    }

    private static void waitForInterrupt() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException interrupted) {
            // Keep the flag: the renderer checks it after this stage and stops.
            Thread.currentThread().interrupt();
        }
    }

    private List<Path> folderContents() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
