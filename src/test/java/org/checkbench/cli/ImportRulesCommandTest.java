package org.checkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: import reads honestly, warns when it guessed, and never writes into a file another command refuses. */
class ImportRulesCommandTest {

    private static final String UKRAINIAN = "Київ, 12 березня. Міністерство оборони України повідомило, що протягом"
            + " минулого тижня було збито 45 ракет і 120 дронів. За даними відомства, більшість атак була спрямована"
            + " на енергетичну інфраструктуру в центральних і східних областях країни.\n";

    @TempDir
    Path folder;

    @Test
    void aWindowsFileWithShortLinesIsTextNotABinary() throws IOException {
        Path article = Files.writeString(folder.resolve("notepad.txt"),
                "Title\r\n\r\nShort line.\r\nAnother one.\r\n".repeat(20), StandardCharsets.US_ASCII);
        Path workspace = folder.resolve("w.checkbench");
        CliRun run = CliRun.of("import", "--workspace", workspace.toString(), article.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(storedText(workspace, Long.parseLong(run.out().strip())))
                .isEqualTo("Title\n\nShort line.\nAnother one.\n".repeat(20));
    }

    @Test
    void aGuessedEncodingIsNamedInAWarningAndEncodingOptionReadsItAsTold() throws IOException {
        Path article = Files.write(folder.resolve("old.txt"), UKRAINIAN.repeat(3).getBytes(Charset.forName("windows-1251")));
        Path workspace = folder.resolve("w.checkbench");

        CliRun guessed = CliRun.of("import", "--workspace", workspace.toString(), article.toString());
        assertThat(guessed.exitCode()).as(guessed.err()).isZero();
        assertThat(guessed.err()).contains("Warning:", "windows-1251", "a guess", "--encoding");
        assertThat(storedText(workspace, Long.parseLong(guessed.out().strip()))).isEqualTo(UKRAINIAN.repeat(3));

        CliRun told = CliRun.of("import", "--workspace", workspace.toString(), "--encoding", "cp1251", article.toString());
        assertThat(told.exitCode()).as(told.err()).isZero();
        assertThat(told.err()).isEmpty();
        assertThat(storedText(workspace, Long.parseLong(told.out().strip()))).isEqualTo(UKRAINIAN.repeat(3));

        CliRun unknown = CliRun.of("import", "--workspace", workspace.toString(), "--encoding", "klingon", article.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("Unknown encoding 'klingon'");
    }

    @Test
    void oneInvalidByteIsReportedNotSilentlyReadAsWindows1252() throws IOException {
        byte[] good = "café Київ\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0x97; // a Windows-1252 dash pasted in
        Path article = Files.write(folder.resolve("mixed.txt"), bytes);
        Path workspace = folder.resolve("w.checkbench");
        CliRun run = CliRun.of("import", "--workspace", workspace.toString(), article.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("1 byte was not valid UTF-8");
        assertThat(storedText(workspace, Long.parseLong(run.out().strip()))).isEqualTo("café Київ\n\uFFFD");
        CliRun detect = CliRun.of("detect", article.toString());
        assertThat(detect.err()).contains("warning", "not valid UTF-8");
    }

    @Test
    void aZeroByteWorkspaceIsRefusedAlikeByImportInfoAndReportAndStaysEmpty() throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.checkbench"));
        Path article = Files.writeString(folder.resolve("a.txt"), "Text to import.");
        CliRun imported = CliRun.of("import", "--workspace", empty.toString(), article.toString());
        CliRun info = CliRun.of("info", "--workspace", empty.toString());
        CliRun report = CliRun.of("report", "--workspace", empty.toString(), "--article", "1",
                "--out", folder.resolve("r.pdf").toString());
        for (CliRun run : new CliRun[] {imported, info, report}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.WORKSPACE_PROBLEM);
            assertThat(run.err()).contains("is empty", "The file was not changed.");
        }
        assertThat(Files.size(empty)).isZero();
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("empty.checkbench", "a.txt");
    }

    @Test
    void importDoesNotWriteIntoAWorkspaceThatInfoAndReportCallDamaged() throws Exception {
        Path workspace = folder.resolve("w.checkbench");
        Path article = Files.writeString(folder.resolve("a.txt"), "Short article.\nWith words.");
        for (int i = 0; i < 30; i++) {
            assertThat(CliRun.of("import", "--workspace", workspace.toString(), article.toString()).exitCode()).isZero();
        }
        long size = Files.size(workspace);
        try (RandomAccessFile raw = new RandomAccessFile(workspace.toFile(), "rw")) {
            raw.seek(size / 2 + 100); // inside a page in the middle, past its header
            raw.write(new byte[1500]);
            raw.seek(size / 2 - (size / 2) % 4096);
            raw.write(new byte[] {(byte) 0x0d, 0, 0, 0, 50, 0x0f, (byte) 0xff, 0});
        }
        String before = sha256(workspace);
        CliRun info = CliRun.of("info", "--workspace", workspace.toString());
        CliRun report = CliRun.of("report", "--workspace", workspace.toString(), "--article", "1",
                "--out", folder.resolve("r.pdf").toString());
        CliRun imported = CliRun.of("import", "--workspace", workspace.toString(), article.toString());
        for (CliRun run : new CliRun[] {info, report, imported}) {
            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.WORKSPACE_PROBLEM);
            assertThat(run.err()).contains("is damaged", "was not changed");
        }
        assertThat(sha256(workspace)).isEqualTo(before);
    }

    private static String storedText(Path workspace, long articleId) {
        try (WorkspaceSession session = WorkspaceService.standard().openExisting(workspace)) {
            return session.articles().load(articleId).article().currentText();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
