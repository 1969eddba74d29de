package org.checkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.checkbench.model.ArticleSummary;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code long-workspace}: the workspace scripts/typed-window.sh opens, as the window benchmarks build it. */
class LongWorkspaceCommandTest {

    @TempDir
    Path folder;

    @Test
    void writesTheLongArticleWithItsClaims() throws Exception {
        Path out = folder.resolve("long.checkbench");

        BenchMainTest.Run run = BenchMainTest.Run.of("long-workspace", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        try (WorkspaceSession session = new WorkspaceService(new AppDirectories(folder.resolve("data")),
                Clock.systemUTC(), "test").open(out)) {
            ArticleSummary article = session.articles().list().get(0);
            assertThat(session.articles().list()).hasSize(1);
            assertThat(session.articles().currentText(article.id()).length()).isGreaterThanOrEqualTo(EditorBenchmark.ARTICLE_CHARS);
            assertThat(session.claims().forArticle(article.id())).hasSize(EditorBenchmark.CLAIMS);
        }
    }

    @Test
    void refusesToOverwriteAFile() throws Exception {
        Path out = Files.writeString(folder.resolve("mine.checkbench"), "not to be lost");

        BenchMainTest.Run run = BenchMainTest.Run.of("long-workspace", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("not to be lost");
    }
}
