package org.checkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;

import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.store.WorkspaceException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A full disk, made real for SQLite with {@code PRAGMA max_page_count}: the database cannot grow,
 * and SQLite answers SQLITE_FULL exactly as on a full disk. (A small filesystem needs a mount; the
 * fault-injection command does that in a user namespace, see docs/reliability.md.)
 */
class DiskFullTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aWriteThatDoesNotFitSaysTheDiskIsFullAndThatOnlyThatChangeIsMissing() {
        Path file = folder.resolve("full.checkbench");
        try (Workspace workspace = Workspace.create(file)) {
            Evidence kept = workspace.evidence().insert(Evidence.draft("Kept", EvidenceKind.WEB_PAGE, NOW));
            limitToCurrentSize(workspace);
            assertThatThrownBy(() -> workspace.inTransaction(() -> {
                for (int i = 0; i < 20; i++) {
                    workspace.evidence().insert(Evidence.draft("Big " + i, EvidenceKind.WEB_PAGE, NOW)
                            .withExcerpt("x".repeat(20_000)));
                }
            })).isInstanceOfSatisfying(WorkspaceException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.DISK_FULL);
                assertThat(e.problem()).contains("is full", "the last change was not saved");
                assertThat(e.advice()).contains("Free some space");
            });
            assertThat(workspace.counts().evidence()).isEqualTo(1);
            assertThat(workspace.evidence().find(kept.id())).isPresent();
            workspace.flush();
        }
        try (Workspace reopened = Workspace.openExisting(file)) {
            assertThat(reopened.integrityCheck()).isEqualTo("ok");
            assertThat(reopened.counts().evidence()).isEqualTo(1);
        }
    }

    @Test
    void aFailedFlushSaysTheWorkIsSavedAndAFailedOpenThatNothingChanged() {
        Path file = folder.resolve("w.checkbench");
        SQLiteException full = new SQLiteException("[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL);
        WorkspaceException afterCommit = (WorkspaceException) SqlErrors.translate(file, full, Phase.FLUSH);
        assertThat(afterCommit.kind()).isEqualTo(Kind.DISK_FULL);
        assertThat(afterCommit.problem()).contains("everything done so far is saved").doesNotContain("not saved");
        WorkspaceException opening = (WorkspaceException) SqlErrors.translate(file, full, Phase.OPEN);
        assertThat(opening.problem()).contains("is full", "nothing in it was changed");
    }

    private static void limitToCurrentSize(Workspace workspace) {
        workspace.database().read(connection -> {
            try (Statement statement = connection.createStatement()) {
                int pages;
                try (ResultSet rs = statement.executeQuery("PRAGMA page_count")) {
                    pages = rs.getInt(1);
                }
                statement.execute("PRAGMA max_page_count = " + (pages + 2));
            }
            return null;
        });
    }
}
