package org.checkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchFormatsCommandTest {

    @Test
    void benchFormatsTimesTheDraftImportAndEveryExport() {
        BenchMainTest.Run run = BenchMainTest.Run.of("formats", "--pages", "2", "--runs", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("generated long-draft\\.docx: 2 pages, [\\d,]+ words")
                .containsPattern("import 2-page \\.docx \\(read \\+ detect \\+ store\\)\\s+cold \\d+\\.\\d{3} s, warm median")
                .contains("export sample: Marked-up Word copy")
                .contains("export sample: workspace bundle");
    }
}
