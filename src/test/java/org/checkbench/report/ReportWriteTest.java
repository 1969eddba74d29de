package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the report goes, and what is left behind when that fails. */
class ReportWriteTest {

    private final ReportRenderer renderer = new ReportRenderer();
    private final CheckReport report = TestReports.withQuote("A short claim.");

    @TempDir
    Path folder;

    @Test
    void aDestinationInsideARegularFileIsRefusedWithAClearMessage() throws IOException {
        // Permission bits do not stop root (CI runs tests as root); a file where a folder should be does.
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "not a folder");
        Path target = notAFolder.resolve("report.pdf");

        assertThatThrownBy(() -> renderer.render(report, ReportOptions.everything(), target, ReportProgressListener.NONE))
                .isInstanceOf(ReportWriteException.class)
                .hasMessageContaining(notAFolder.toString())
                .hasMessageContaining("is a file, not a folder")
                .hasMessageContaining("Choose another folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("not a folder");
    }

    @Test
    void aMissingFolderIsNamedWithWhatToDo() {
        Path target = folder.resolve("no-such-folder").resolve("report.pdf");

        assertThatThrownBy(() -> renderer.render(report, ReportOptions.everything(), target, ReportProgressListener.NONE))
                .isInstanceOf(ReportWriteException.class)
                .hasMessageContaining("the folder " + folder.resolve("no-such-folder") + " does not exist")
                .hasMessageContaining("Create it first or choose another folder");
        assertThat(folder.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void aFolderAsTheDestinationIsRefused() throws IOException {
        Path target = Files.createDirectory(folder.resolve("report.pdf"));

        assertThatThrownBy(() -> renderer.render(report, ReportOptions.everything(), target, ReportProgressListener.NONE))
                .isInstanceOf(ReportWriteException.class)
                .hasMessageContaining("is a folder");
    }

    @Test
    void aFailureWhileWritingLeavesNeitherTemporaryFileNorDamagedReport() throws IOException {
        Path target = Files.writeString(folder.resolve("report.pdf"), "the previous report");
        ReportProgressListener failWhileSaving = (fraction, stage) -> {
            if (stage.equals("Saving")) {
                assertThat(folder.toFile().list()).as("the PDF is written to a temporary file first").hasSize(2);
                throw new IllegalStateException("simulated failure");
            }
        };

        assertThatThrownBy(() -> renderer.render(report, ReportOptions.everything(), target, failWhileSaving))
                .hasMessage("simulated failure");

        assertThat(listFolder()).containsExactly("report.pdf");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("the previous report");
    }

    @Test
    void interruptingTheRenderingThreadCancelsAndCleansUp() throws IOException {
        Path target = folder.resolve("report.pdf");
        ReportProgressListener interruptDuringLayout = (fraction, stage) -> {
            if (stage.equals("Laying out pages")) {
                Thread.currentThread().interrupt(); // what Future.cancel(true) or Task.cancel() does
            }
        };
        try {
            assertThatThrownBy(() -> renderer.render(report, ReportOptions.everything(), target, interruptDuringLayout))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(listFolder()).isEmpty();
    }

    @Test
    void aSuccessfulRenderReplacesTheOldFileAndLeavesOnlyThePdf() throws IOException {
        Path target = Files.writeString(folder.resolve("report.pdf"), "the previous report");

        RenderedReport result = renderer.render(report, ReportOptions.everything(), target, ReportProgressListener.NONE);

        assertThat(result.file()).isEqualTo(target.toAbsolutePath());
        assertThat(listFolder()).containsExactly("report.pdf");
        assertThat(new String(Files.readAllBytes(target), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void progressRisesToDoneWithNamedStages() throws IOException {
        List<Double> fractions = new ArrayList<>();
        List<String> stages = new ArrayList<>();

        renderer.render(report, ReportOptions.everything(), folder.resolve("r.pdf"), (fraction, stage) -> {
            fractions.add(fraction);
            stages.add(stage);
        });

        assertThat(fractions).isSorted().startsWith(0.0).endsWith(1.0);
        assertThat(stages).contains("Laying out pages", "Drawing pages", "Saving", "Done");
    }

    @Test
    void reportsRenderOnBackgroundThreadsAtTheSameTime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RenderedReport>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Path target = folder.resolve("parallel-" + i + ".pdf");
                results.add(pool.submit(() -> renderer.render(TestReports.multilingual(), ReportOptions.everything(),
                        target, ReportProgressListener.NONE)));
            }
            for (Future<RenderedReport> result : results) {
                assertThat(PdfText.of(result.get().file())).contains("김정은", "Київ");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> listFolder() throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void hiddenPartFilesLeftByAKilledExportAreRemovedByTheNextOneAndAFreshOneIsLeftAlone() throws Exception {
        Path target = folder.resolve("report.pdf");
        Path stale = Files.createFile(folder.resolve(".report.pdf-1x2y3z.part")); // what SIGKILL left
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - ReportRenderer.STALE_AFTER_MS - 5_000));
        Path inProgress = Files.createFile(folder.resolve(".report.pdf-abc123.part")); // another export, now
        Path otherReports = Files.createFile(folder.resolve(".other.pdf-1x2y3z.part"));
        Files.setLastModifiedTime(otherReports, Files.getLastModifiedTime(stale));

        renderer.render(report, ReportOptions.everything(), target, ReportProgressListener.NONE);

        assertThat(target).exists();
        assertThat(stale).doesNotExist();
        assertThat(inProgress).exists();
        assertThat(otherReports).as("only this destination's leftovers are touched").exists();
    }
}
