package org.checkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchDraftsCommandTest {

    @Test
    void printsTheThreeFiguresAndTheTimings() {
        BenchMainTest.Run run = BenchMainTest.Run.of("drafts", "--trials", "3", "--rates", "0.2", "--chars", "3000",
                "--size-kb", "30", "--claims", "40", "--runs", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("unchanged claims found unchanged at their exact new place: [\\d,]+ of [\\d,]+")
                .containsPattern("found and marked changed: [\\d,]+ of [\\d,]+")
                .contains("claims attached to unrelated words: 0")
                .containsPattern("carry 40 claims into the draft: median \\d+ ms")
                .containsPattern("word diff of the two revisions .*: median \\d+ ms")
                .containsPattern("import as a new draft through the service .*: median \\d+ ms");
    }
}
