package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.checkbench.service.ExportService;
import org.checkbench.ui.ReadmeRow;
import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.ScriptedDialogs;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.BackgroundTask;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports and bundles from the window: a bundle handed out and taken in, and Cancel in the progress
 * window of a long export or import, which leaves no file and imports nothing. The worker is held busy
 * (as a long save would) so the job is still waiting when Cancel is pressed, without relying on timing.
 */
class FileJobProgressTest extends RunningAppTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CountDownLatch releaseWorker = new CountDownLatch(1);

    @TempDir
    Path folder;

    @BeforeEach
    void scriptTheDialogs() throws Exception {
        onFx(() -> {
            app.window().newsroomExport().useDialogs(dialogs);
            app.window().bundleTransfer().useDialogs(dialogs);
        });
        waitUntil(() -> open() != null && !area().getText().isEmpty());
    }

    @AfterEach
    void letTheWorkerGo() {
        releaseWorker.countDown();
    }

    private void holdTheWorker() throws Exception {
        onFx(() -> app.window().tasks().execute(BackgroundTask.of("Hold the worker", () -> {
            releaseWorker.await();
            return true;
        })));
    }

    private String statusBarText() {
        return robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
    }

    private long filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    @ReadmeRow("hand articles to a colleague")
    void aBundleWrittenFromTheWindowImportsAsANewArticle() throws Exception {
        Path bundle = folder.resolve("sample.checkbench-bundle");
        String title = open().article().title();
        int articles = onFx(() -> open().session().articles().list().size());
        dialogs.saveAs(bundle).open(bundle);

        onFx(() -> app.window().bundleTransfer().exportBundle());
        waitUntil(() -> dialogs.information.stream().anyMatch(m -> m.startsWith("Bundle written")));
        assertThat(bundle).isRegularFile();

        OpenArticle before = open();
        onFx(() -> app.window().bundleTransfer().importBundle());
        waitUntil(() -> dialogs.information.stream().anyMatch(m -> m.startsWith("Bundle imported")));
        waitUntil(() -> open() != before);
        assertThat(dialogs.information).anyMatch(m -> m.contains("Imported 1 article"));
        assertThat(open().article().title()).isEqualTo(title);
        assertThat(onFx(() -> open().session().articles().list().size())).isEqualTo(articles + 1);
        assertThat(robot.lookup("#exportProgress").tryQuery()).isEmpty();
    }

    @Test
    void cancellingAnExportInItsProgressWindowWritesNoFile() throws Exception {
        Path copy = folder.resolve("cancelled.docx");
        dialogs.saveAs(copy);
        holdTheWorker();

        onFx(() -> app.window().newsroomExport().export(ExportService.Format.DOCX));
        waitUntil(() -> robot.lookup("#cancelExportButton").tryQuery().isPresent());
        robot.clickOn("#cancelExportButton");
        releaseWorker.countDown();

        waitUntil(() -> statusBarText().contains("Export cancelled"));
        assertThat(robot.lookup("#exportProgress").tryQuery()).isEmpty();
        assertThat(copy).doesNotExist();
        assertThat(filesIn(folder)).as("no temporary file left either").isZero();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void cancellingABundleImportImportsNothing() throws Exception {
        Path bundle = folder.resolve("work.checkbench-bundle");
        onFx(() -> {
            open().session().bundles().export(java.util.List.of(open().article().id()), bundle);
            return bundle;
        });
        int articles = onFx(() -> open().session().articles().list().size());
        dialogs.open(bundle);
        holdTheWorker();

        onFx(() -> app.window().bundleTransfer().importBundle());
        waitUntil(() -> robot.lookup("#cancelExportButton").tryQuery().isPresent());
        robot.clickOn("#cancelExportButton");
        releaseWorker.countDown();

        waitUntil(() -> statusBarText().contains("Bundle import cancelled"));
        assertThat(robot.lookup("#exportProgress").tryQuery()).isEmpty();
        assertThat(onFx(() -> open().session().articles().list().size())).isEqualTo(articles);
        assertThat(dialogs.information).noneMatch(m -> m.startsWith("Bundle imported"));
    }
}
