package org.checkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit goes to the write-ahead log at once; the flusher copies it into the database file
 * (syncing both) within a second, or at once on {@link Workspace#flush()}.
 */
class DurabilityTest {

    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void flushPutsACommitIntoTheDatabaseFileAtOnce() throws IOException {
        Path file = folder.resolve("flush.checkbench");
        try (Workspace workspace = Workspace.create(file)) {
            workspace.evidence().insert(Evidence.draft("marker-flush-now", EvidenceKind.BOOK, NOW));
            assertThat(fileContains(file, "marker-flush-now")).as("only in the log right after commit").isFalse();
            workspace.flush();
            assertThat(fileContains(file, "marker-flush-now")).isTrue();
        }
    }

    @Test
    void withoutAnyFlushACommitReachesTheDatabaseFileWithinOneSecond() throws Exception {
        Path file = folder.resolve("auto.checkbench");
        try (Workspace workspace = Workspace.create(file)) {
            workspace.evidence().insert(Evidence.draft("marker-auto", EvidenceKind.BOOK, NOW));
            long deadline = System.nanoTime() + 1_000_000_000L;
            boolean onDisk = false;
            while (!onDisk && System.nanoTime() < deadline) {
                Thread.sleep(20);
                onDisk = fileContains(file, "marker-auto");
            }
            assertThat(onDisk).as("checkpointed within a second").isTrue();
        }
    }

    private static boolean fileContains(Path file, String marker) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(marker);
    }
}
