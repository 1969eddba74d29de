package org.checkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.checkbench.store.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoAndImportCommandTest {

    @TempDir
    Path folder;

    @Test
    void importPrintsTheIdAndInfoCountsWhatIsThere() throws Exception {
        Path workspace = folder.resolve("cli.checkbench");
        Path article = Files.writeString(folder.resolve("article.txt"), "Київ and 김정은 🚀\nBody text.");

        CliRun first = CliRun.of("import", "--workspace", workspace.toString(), article.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().strip()).isEqualTo("1");
        CliRun second = CliRun.of("import", "--workspace", workspace.toString(), "--title", "Named", article.toString());
        assertThat(second.out().strip()).isEqualTo("2");

        CliRun info = CliRun.of("info", "--workspace", workspace.toString());
        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("Schema version: " + Migrations.latestVersion(), "Articles:       2", "Claims:         0",
                "Evidence:       0", workspace.toAbsolutePath().toString());
        assertThat(info.err()).isEmpty();
    }

    @Test
    void importKeepsSuggestionsApartUnlessAskedToAcceptThemAsClaims() {
        Path workspace = folder.resolve("batch.checkbench");
        String sample = Path.of("assets/samples/north-korean-troops-in-russia.txt").toString();

        CliRun quiet = CliRun.of("import", "--workspace", workspace.toString(), sample);
        assertThat(quiet.exitCode()).as(quiet.err()).isZero();
        assertThat(CliRun.of("info", "--workspace", workspace.toString()).out()).contains("Claims:         0");

        CliRun batch = CliRun.of("import", "--workspace", workspace.toString(), "--accept-suggestions", sample);
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(batch.out().strip()).isEqualTo("2");
        assertThat(CliRun.of("info", "--workspace", workspace.toString()).out())
                .containsPattern("Claims: +[1-9][0-9]*\\R");
    }

    @Test
    void infoOnABadFilePrintsTheSameMessageAsTheWindowAndLeavesItAlone() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.checkbench"), "not a database, just notes");
        String before = sha256(notes);
        CliRun run = CliRun.of("info", "--workspace", notes.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.WORKSPACE_PROBLEM);
        assertThat(run.err()).contains("is not a Checkbench workspace", "The file was not changed.");
        assertThat(run.out()).isEmpty();
        assertThat(sha256(notes)).isEqualTo(before);
    }

    @Test
    void infoOnAMissingFileCreatesNothing() {
        Path missing = folder.resolve("missing.checkbench");
        CliRun run = CliRun.of("info", "--workspace", missing.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.WORKSPACE_PROBLEM);
        assertThat(run.err()).contains("There is no workspace at");
        assertThat(missing).doesNotExist();
    }

    @Test
    void importRefusesAPictureWithItsOwnExitCode() throws Exception {
        Path workspace = folder.resolve("cli.checkbench");
        Path picture = Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        CliRun run = CliRun.of("import", "--workspace", workspace.toString(), picture.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.IMPORT_REFUSED);
        assertThat(run.err()).contains("looks like a PNG picture");
        assertThat(workspace).as("a refused import creates no workspace").doesNotExist();
        assertThat(Files.list(folder)).containsExactly(picture);
    }

    @Test
    void importIntoAForeignDatabaseIsAWorkspaceProblem() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.db"), "plain text");
        Path article = Files.writeString(folder.resolve("a.txt"), "text", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import", "--workspace", notes.toString(), article.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.WORKSPACE_PROBLEM);
        assertThat(run.err()).contains("not a database file");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
