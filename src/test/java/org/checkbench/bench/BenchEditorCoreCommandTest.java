package org.checkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class BenchEditorCoreCommandTest {

    @Test
    void printsTheLoadAndRefreshMediansForASmallArticle() {
        CommandLine bench = BenchMain.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        bench.setOut(new PrintWriter(out, true));
        bench.setErr(new PrintWriter(err, true));

        int exitCode = bench.execute("editor-core", "--size-kb", "40", "--claims", "30", "--runs", "1");

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("article: [\\d,]+ characters .*, 30 claims, [1-9][\\d,]* suggestions")
                .containsPattern("load article \\+ claims:\\s+median\\s+\\d+\\.\\d ms")
                .containsPattern("refresh suggestions:\\s+median\\s+\\d+\\.\\d ms")
                .containsPattern("load \\+ refresh:\\s+median\\s+\\d+\\.\\d ms");
    }
}
