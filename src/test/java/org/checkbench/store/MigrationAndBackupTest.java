package org.checkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationAndBackupTest {

    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Migration ADD_TAGS = new Migration(2, "tags",
            List.of("CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"));

    @TempDir
    Path folder;

    @Test
    void aNewFileGetsEveryStepAndNoBackup() throws IOException {
        Path file = folder.resolve("new.checkbench");
        try (Workspace workspace = Workspace.open(file, List.of(SchemaV1.MIGRATION, ADD_TAGS), CLOCK)) {
            assertThat(workspace.schemaVersion()).isEqualTo(2);
        }
        assertThat(userVersion(file)).isEqualTo(2);
        assertThat(backupsBeside(file)).isEmpty();
    }

    @Test
    void anOlderFileIsBackedUpAsItWasThenMigrated() throws IOException {
        Path file = folder.resolve("old.checkbench");
        try (Workspace workspace = Workspace.open(file, List.of(SchemaV1.MIGRATION), CLOCK)) {
            workspace.evidence().insert(Evidence.draft("Київ", EvidenceKind.BOOK, NOW));
        }
        String before = TestFiles.sha256(file);

        try (Workspace workspace = Workspace.open(file, List.of(SchemaV1.MIGRATION, ADD_TAGS), CLOCK)) {
            assertThat(workspace.schemaVersion()).isEqualTo(2);
            assertThat(workspace.evidence().count()).isEqualTo(1);
        }
        assertThat(userVersion(file)).isEqualTo(2);
        Path backup = folder.resolve("old.checkbench.before-v2-20260401-120000.bak");
        assertThat(backupsBeside(file)).containsExactly(backup);
        assertThat(userVersion(backup)).isEqualTo(1);
        assertThat(TestFiles.sha256(file)).isNotEqualTo(before);
        try (Workspace copy = Workspace.open(backup, List.of(SchemaV1.MIGRATION), CLOCK)) {
            assertThat(copy.evidence().count()).isEqualTo(1);
        }
    }

    @Test
    void aFailingStepLeavesTheFileAtItsOldVersion() {
        Path file = folder.resolve("old.checkbench");
        try (Workspace workspace = Workspace.open(file, List.of(SchemaV1.MIGRATION), CLOCK)) {
            workspace.evidence().insert(Evidence.draft("kept", EvidenceKind.BOOK, NOW));
        }
        Migration broken = new Migration(2, "broken", List.of("CREATE TABLE ok_so_far (x)", "THIS IS NOT SQL"));
        assertThatThrownBy(() -> Workspace.open(file, List.of(SchemaV1.MIGRATION, broken), CLOCK))
                .isInstanceOf(WorkspaceException.class);
        assertThat(userVersion(file)).isEqualTo(1);
        try (Workspace workspace = Workspace.open(file, List.of(SchemaV1.MIGRATION), CLOCK)) {
            assertThat(workspace.evidence().count()).isEqualTo(1);
        }
    }

    @Test
    void anOpenWorkspaceBacksUpToAPathWithSpacesAndQuotes() {
        Path file = folder.resolve("live.checkbench");
        Path target = folder.resolve("my backups/it's \"today\".checkbench");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.evidence().insertAll(Stream.generate(() -> Evidence.draft("김정은 🚀", EvidenceKind.DATASET, NOW))
                    .limit(500).toList());
            workspace.backupTo(target);
            workspace.evidence().insert(Evidence.draft("after the backup", EvidenceKind.BOOK, NOW));
        }
        try (Workspace copy = Workspace.openExisting(target)) {
            assertThat(copy.integrityCheck()).isEqualTo("ok");
            assertThat(copy.evidence().count()).isEqualTo(500);
            assertThat(copy.search().evidence("김정은", 5)).hasSize(5);
        }
    }

    @Test
    void aBackupCannotReplaceTheWorkspaceItself() {
        Path file = folder.resolve("self.checkbench");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.evidence().insert(Evidence.draft("kept", EvidenceKind.BOOK, NOW));
            for (Path target : List.of(file, folder.resolve("self.checkbench-wal"), folder.resolve("./self.checkbench"))) {
                assertThatThrownBy(() -> workspace.backupTo(target)).isInstanceOf(WorkspaceException.class)
                        .hasMessageContaining("cannot replace the workspace");
            }
            assertThat(workspace.evidence().count()).isEqualTo(1);
        }
    }

    private static int userVersion(Path file) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = connection.createStatement().executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> backupsBeside(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bak")).toList();
        }
    }
}
