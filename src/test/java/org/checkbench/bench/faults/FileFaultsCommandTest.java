package org.checkbench.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.checkbench.bench.BenchMain;
import org.junit.jupiter.api.Test;

/** The corpus of odd files, through the real import command: nothing misread, nothing crashes. */
class FileFaultsCommandTest {

    @Test
    void everyFileIsImportedRightOrRefusedByNameWithNoStackTraceAndNoSilentMisread() {
        StringWriter out = new StringWriter();
        var commandLine = BenchMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        int code = commandLine.execute("faults", "files", "--no-huge");
        String report = out.toString();
        assertThat(code).as(report).isZero();
        assertThat(report).containsPattern("files: (4\\d|[5-9]\\d) ")
                .contains("stack traces: 0", "silent misreads: 0")
                .containsPattern("a text refused +0")
                .containsPattern("refused without naming the problem +0")
                .containsPattern("misread, but warned +0")
                .containsPattern("workspaces created by a refused import +0");
    }
}
