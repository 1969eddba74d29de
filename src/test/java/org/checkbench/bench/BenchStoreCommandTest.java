package org.checkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchStoreCommandTest {

    @Test
    void benchStorePrintsTheThreeFigures() {
        BenchMainTest.Run run = BenchMainTest.Run.of("store", "--claims", "300", "--evidence", "1000", "--runs", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Built 300 claims and 1,000 evidence entries")
                .containsPattern("open workspace\\s+median\\s+\\d+\\.\\d\\d ms")
                .containsPattern("full-text query\\s+median\\s+\\d+\\.\\d\\d ms")
                .containsPattern("commit one claim edit median\\s+\\d+\\.\\d\\d ms")
                .containsPattern("open after a crash\\s+median\\s+\\d+\\.\\d\\d ms");
    }
}
