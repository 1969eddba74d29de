package org.checkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchEditorCoreCommandTest {

    @Test
    void printsTheLoadAndRefreshMediansForASmallArticle() {
        BenchMainTest.Run run = BenchMainTest.Run.of("editor-core", "--size-kb", "40", "--claims", "30", "--runs", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("article: [\\d,]+ characters .*, 30 claims, [1-9][\\d,]* suggestions")
                .containsPattern("load article \\+ claims:\\s+median\\s+\\d+\\.\\d ms")
                .containsPattern("refresh suggestions:\\s+median\\s+\\d+\\.\\d ms")
                .containsPattern("load \\+ refresh:\\s+median\\s+\\d+\\.\\d ms");
    }
}
