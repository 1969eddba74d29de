package org.checkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class BenchDetectCommandTest {

    @Test
    void repeatedSampleReachesTheRequestedSize() throws IOException {
        String article = LongArticleFixture.repeatedSample(100_000);

        assertThat(article.length()).isGreaterThanOrEqualTo(100_000);
        assertThat(article).startsWith("Thousands of North Korean soldiers");
    }

    @Test
    void printsFiguresForASmallArticle() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new BenchDetectCommand());
        commandLine.setOut(new PrintWriter(out, true));

        int exit = commandLine.execute("--size-kb", "20", "--runs", "1");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("sentences").contains("split only:").contains("first 3,000 chars:")
                .contains("split + score all:").contains("model: encoder + feature model").contains("resident set");
    }
}
