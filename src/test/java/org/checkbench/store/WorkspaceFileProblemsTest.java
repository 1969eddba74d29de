package org.checkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.store.WorkspaceException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files Checkbench must refuse: each gets its own kind and message, and keeps every byte.
 */
class WorkspaceFileProblemsTest {

    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aWorkspaceFromANewerCheckbenchIsRefusedAndUntouched() {
        Path file = workspaceWithData("newer.checkbench");
        TestFiles.rawSql(file, "PRAGMA user_version = 99");
        WorkspaceException problem = refusedUnchanged(file, Kind.NEWER_VERSION);
        assertThat(problem.problem()).contains("newer version", "format 99");
        assertThat(problem.advice()).contains("Update Checkbench");
    }

    @Test
    void aFileWithADamagedSchemaPageIsCorrupt() throws IOException {
        Path file = workspaceWithData("damaged.checkbench");
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(100); // keep the 100-byte header; wreck the rest of page 1, the schema
            raw.write(new byte[1000]);
            raw.seek(300);
            raw.write("garbage garbage garbage".getBytes(StandardCharsets.US_ASCII));
        }
        WorkspaceException problem = refusedUnchanged(file, Kind.CORRUPT);
        assertThat(problem.advice()).contains("backup");
    }

    @Test
    void aTruncatedFileIsCorrupt() throws IOException {
        Path file = workspaceWithData("truncated.checkbench");
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.setLength(raw.length() - 2 * 4096); // a copy that stopped short
        }
        WorkspaceException problem = refusedUnchanged(file, Kind.CORRUPT);
        assertThat(problem.problem()).contains("damaged");
    }

    @Test
    void damageDeepInsideIsRefusedByEveryOpenBeforeAnythingIsWritten() throws IOException {
        Path file = workspaceWithData("deep.checkbench");
        long size = Files.size(file);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(size - 4096 + 8); // inside the last page, past its header
            raw.write(new byte[3000]);
            raw.seek(size - 4096);
            raw.write(new byte[] {(byte) 0x0d, 0, 0, 0, 50, 0x0f, (byte) 0xff, 0});
        }
        // info, report, import and the window all open through these: none may write into it (ADR 0131).
        assertThat(refusedUnchanged(file, Kind.CORRUPT).problem()).contains("integrity check");
    }

    @Test
    void picturesAndTextAreNotDatabases() throws IOException {
        Path picture = folder.resolve("photo.png");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path text = folder.resolve("notes.checkbench");
        Files.writeString(text, "Київ — just some notes, not a database at all. ".repeat(10));
        assertThat(refusedUnchanged(picture, Kind.NOT_A_DATABASE).problem()).contains("not a database file");
        refusedUnchanged(text, Kind.NOT_A_DATABASE);
    }

    @Test
    void anotherProgramsDatabaseIsNotAWorkspace() {
        Path file = folder.resolve("other.db");
        TestFiles.rawSql(file, "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('김정은')");
        assertThat(refusedUnchanged(file, Kind.NOT_A_WORKSPACE).problem()).contains("another program");
    }

    @Test
    void aReadOnlyFileIsRefusedEvenForRoot() {
        Path file = workspaceWithData("readonly.checkbench");
        // Root may write anyway, so Checkbench reads the permission bits, not just access().
        assertThat(file.toFile().setWritable(false)).isTrue();
        try {
            assertThat(refusedUnchanged(file, Kind.READ_ONLY).problem()).contains("read-only");
        } finally {
            file.toFile().setWritable(true);
        }
    }

    @Test
    void aWorkspaceInAReadOnlyFolderIsRefused() {
        Path sub = folder.resolve("locked-folder");
        Path file = workspaceWithData("locked-folder/w.checkbench");
        assertThat(sub.toFile().setWritable(false)).isTrue();
        try {
            assertThat(refusedUnchanged(file, Kind.READ_ONLY).problem()).contains("folder");
        } finally {
            sub.toFile().setWritable(true);
        }
    }

    @Test
    void aWorkspaceOpenInAnotherCheckbenchIsLockedUntilThatOneDies() throws Exception {
        Path file = workspaceWithData("shared.checkbench");
        Process other = ChildJvm.start(WorkspaceChildProcess.class, "hold", file.toString());
        try {
            BufferedReader out = ChildJvm.stdout(other);
            assertThat(out.readLine()).isEqualTo("READY");
            WorkspaceException problem = refusedUnchanged(file, Kind.LOCKED);
            assertThat(problem.problem()).contains("already open in another running Checkbench");
        } finally {
            other.destroyForcibly();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        // The OS dropped the dead process's lock: no stale lock to clear by hand.
        try (Workspace workspace = Workspace.openExisting(file)) {
            assertThat(workspace.evidence().count()).isEqualTo(1);
        }
    }

    @Test
    void theSameProcessCannotOpenAWorkspaceTwice() {
        Path file = folder.resolve("twice.checkbench");
        try (Workspace first = Workspace.open(file)) {
            assertThatThrownBy(() -> Workspace.open(file))
                    .isInstanceOfSatisfying(WorkspaceException.class, e -> assertThat(e.kind()).isEqualTo(Kind.LOCKED));
            assertThat(first.counts().articles()).isZero();
        }
        try (Workspace again = Workspace.open(file)) {
            assertThat(again.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void openExistingDoesNotCreateAndCreateDoesNotOverwrite() throws IOException {
        Path missing = folder.resolve("missing.checkbench");
        assertThatThrownBy(() -> Workspace.openExisting(missing))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
        assertThat(missing).doesNotExist();

        Path existing = folder.resolve("existing.txt");
        Files.writeString(existing, "keep me");
        assertThatThrownBy(() -> Workspace.create(existing))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> assertThat(e.kind()).isEqualTo(Kind.ALREADY_EXISTS));
        assertThat(existing).hasContent("keep me");
    }

    @Test
    void anEmptyFileIsRefusedByEveryOpenAndFilledOnlyWhenCreatingANewWorkspace() throws IOException {
        Path file = Files.createFile(folder.resolve("copy-that-did-not-finish.checkbench"));
        WorkspaceException refused = refusedUnchanged(file, Kind.NOT_A_WORKSPACE);
        assertThat(refused.problem()).contains("is empty");
        assertThat(refused.advice()).contains("not copied or saved completely").contains("New workspace");
        Path emptyDatabase = folder.resolve("empty.db");
        TestFiles.rawSql(emptyDatabase, "CREATE TABLE t (x)", "DROP TABLE t"); // a header, no schema
        assertThat(Files.size(emptyDatabase)).isPositive();
        assertThat(refusedUnchanged(emptyDatabase, Kind.NOT_A_WORKSPACE).problem()).contains("is empty");
        try (Workspace workspace = Workspace.create(file)) {
            assertThat(workspace.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
        try (Workspace workspace = Workspace.openExisting(file)) {
            assertThat(workspace.counts().evidence()).isZero();
        }
        // The data folder's own workspace, cut off on a first start, is simply created.
        Path ownDefault = Files.createFile(folder.resolve("workspace.checkbench"));
        try (Workspace workspace = Workspace.openDefault(ownDefault)) {
            assertThat(workspace.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void aWorkspaceThatCannotBeCreatedLeavesNothingBehind() {
        Path file = folder.resolve("half.checkbench");
        Migration broken = new Migration(2, "broken", List.of("NOT SQL"));
        assertThatThrownBy(() -> Workspace.open(file, List.of(SchemaV1.MIGRATION, broken), java.time.Clock.systemUTC()))
                .isInstanceOf(WorkspaceException.class);
        assertThat(filesBeside(file)).isEmpty();
    }

    @Test
    void everyKindHasItsOwnMessageSayingWhatToDo() {
        Path file = folder.resolve("x.checkbench");
        Set<String> messages = new HashSet<>();
        for (WorkspaceException e : new WorkspaceException[] {
            WorkspaceException.notFound(file), WorkspaceException.alreadyExists(file),
            WorkspaceException.notADatabase(file), WorkspaceException.notAWorkspace(file),
            WorkspaceException.newerVersion(file, 9, 1), WorkspaceException.corrupt(file, "d", null),
            WorkspaceException.readOnly(file, "The workspace file"), WorkspaceException.locked(file),
            WorkspaceException.diskFull(file, Phase.WRITE, null), WorkspaceException.ioError(file, "d", null),
            WorkspaceException.serverUnreachable(file, "olena@db:5432/desk", "d", "nothing was changed.", null),
            WorkspaceException.notAllowed(file, "Your role may not do this.", "Ask an admin.", null),
            WorkspaceException.badCertificate(file, "The server did not prove who it is.", "Ask for its certificate.",
                    null)}) {
            assertThat(e.problem()).isNotBlank();
            assertThat(e.advice()).isNotBlank();
            assertThat(e.userMessage()).isEqualTo(e.problem() + " " + e.advice());
            messages.add(e.problem());
        }
        assertThat(messages).hasSize(EnumSet.allOf(Kind.class).size());
    }

    private Path workspaceWithData(String name) {
        Path file = folder.resolve(name);
        try (Workspace workspace = Workspace.create(file)) {
            workspace.evidence().insert(Evidence.draft("Київ 🚀", EvidenceKind.WEB_PAGE, NOW).withExcerpt("x".repeat(5000)));
        }
        return file;
    }

    /** Refused alike by opening an existing workspace and by open-or-create (what import and the window use). */
    private static WorkspaceException refusedUnchanged(Path file, Kind expected) {
        WorkspaceException byOpen = refusedUnchanged(file, expected, Workspace::open);
        WorkspaceException byExisting = refusedUnchanged(file, expected, Workspace::openExisting);
        assertThat(byOpen.getMessage()).isEqualTo(byExisting.getMessage());
        return byExisting;
    }

    private static WorkspaceException refusedUnchanged(Path file, Kind expected,
            java.util.function.Function<Path, Workspace> opener) {
        String before = TestFiles.sha256(file);
        Set<Path> filesBefore = filesBeside(file);
        WorkspaceException problem = null;
        try (Workspace unexpected = opener.apply(file)) {
            throw new AssertionError("opened " + file + " instead of refusing it as " + expected);
        } catch (WorkspaceException e) {
            problem = e;
        }
        assertThat(problem.kind()).as(problem.getMessage()).isEqualTo(expected);
        assertThat(problem.file()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(problem.userMessage()).contains(file.getFileName().toString());
        assertThat(TestFiles.sha256(file)).as("bytes of " + file + " after refusing it").isEqualTo(before);
        assertThat(filesBeside(file)).as("no -wal, -shm or lock file left beside a refused file").isEqualTo(filesBefore);
        return problem;
    }

    private static Set<Path> filesBeside(Path file) {
        try (Stream<Path> files = Files.list(file.toAbsolutePath().getParent())) {
            return files.collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
