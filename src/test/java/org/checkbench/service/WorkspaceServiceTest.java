package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.checkbench.store.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceServiceTest {

    @TempDir
    Path folder;

    @Test
    void theDefaultWorkspaceLivesInTheDataFolderAndBecomesRecent() {
        AppDirectories directories = new AppDirectories(folder.resolve("data"));
        WorkspaceService service = new WorkspaceService(directories, Clock.systemUTC(), null);
        try (WorkspaceSession session = service.openDefault()) {
            assertThat(session.file()).isEqualTo(folder.resolve("data/workspace.checkbench"));
            assertThat(session.checker()).as("the OS user by default").isEqualTo(System.getProperty("user.name"));
        }
        assertThat(service.recentWorkspaces()).containsExactly(folder.resolve("data/workspace.checkbench"));
    }

    @Test
    void aRefusedFileLeavesThePreviousWorkspaceWorking() throws Exception {
        WorkspaceService service = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "me");
        Path picture = Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        try (WorkspaceSession current = service.createNew(folder.resolve("current.checkbench"))) {
            assertThatThrownBy(() -> service.openExisting(picture)).isInstanceOf(WorkspaceException.class);
            assertThat(current.articles().importText("Still here", "text", null).id()).isPositive();
            assertThat(service.recentWorkspaces()).containsExactly(folder.resolve("current.checkbench"));
        }
    }

    @Test
    void backupMakesAnOpenableCopyAndFlushNeedsNoClose() {
        WorkspaceService service = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "me");
        Path backup = folder.resolve("backups/monday.checkbench");
        try (WorkspaceSession session = service.open(folder.resolve("w.checkbench"))) {
            session.articles().importSampleIfEmpty();
            session.flush();
            session.backupTo(backup);
        }
        try (WorkspaceSession copy = service.openExisting(backup)) {
            assertThat(copy.counts().articles()).isEqualTo(1);
            assertThat(copy.integrityCheck()).isEqualTo("ok");
        }
    }
}
