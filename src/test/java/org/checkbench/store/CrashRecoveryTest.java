package org.checkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL mid-work loses nothing it reported committed. */
class CrashRecoveryTest {

    private static final int ACTIONS_BEFORE_KILL = 300;

    @TempDir
    Path folder;

    @Test
    void everyReportedCommitSurvivesSigkill() throws Exception {
        Path file = folder.resolve("crash.checkbench");
        Process writer = ChildJvm.start(WorkspaceChildProcess.class, "write", file.toString());
        List<String> reported = new ArrayList<>();
        try (BufferedReader out = ChildJvm.stdout(writer)) {
            String line;
            while (reported.size() < ACTIONS_BEFORE_KILL && (line = out.readLine()) != null) {
                reported.add(line);
            }
            // SIGKILL on POSIX: no shutdown hooks, no clean close, most likely inside a transaction.
            // (Lines still in the pipe are lost with it; only what we read counts as reported.)
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reported).as("the child wrote before it was killed").hasSizeGreaterThanOrEqualTo(ACTIONS_BEFORE_KILL);
        assertThat(writer.exitValue()).as("killed, not finished").isNotZero();
        assertThat(file.resolveSibling(file.getFileName() + "-wal")).as("left as a crash leaves it").exists();

        try (Workspace workspace = Workspace.openExisting(file)) {
            assertThat(workspace.integrityCheck()).isEqualTo("ok");
            for (String line : reported) {
                String[] parts = line.split(" ");
                long evidenceId = Long.parseLong(parts[1]);
                Evidence evidence = workspace.evidence().find(evidenceId).orElseThrow(
                        () -> new AssertionError("reported committed but missing: " + line));
                assertThat(evidence.title()).isEqualTo("Action " + parts[2] + " Київ 🚀");
                for (int i = 3; i < 6; i++) {
                    Claim claim = workspace.claims().find(Long.parseLong(parts[i])).orElseThrow(
                            () -> new AssertionError("claim reported committed but missing: " + line));
                    assertThat(claim.note()).isEqualTo("note " + parts[2] + "/" + (i - 3));
                }
            }
            // Each action was one transaction: nothing half-done, whatever the kill interrupted.
            WorkspaceCounts counts = workspace.counts();
            assertThat(counts.claims()).isEqualTo(3 * counts.evidence());
            assertThat(counts.evidence()).isGreaterThanOrEqualTo(reported.size());
        }
    }
}
