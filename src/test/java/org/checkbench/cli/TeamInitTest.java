package org.checkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ReviewEvent;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.model.TeamServer;
import org.checkbench.store.WorkspaceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code checkbench team init} and {@code add-user} on a real server, then what each role may do:
 * the server refuses the rest, whatever client asks.
 */
class TeamInitTest {

    @TempDir
    Path folder;

    private TeamServer owner;
    private InputStream realIn;

    @BeforeEach
    void initTheServer() {
        realIn = System.in;
        owner = EmbeddedTeamServer.newDatabase("roles", "desk_owner");
        CliRun init = run("owner-password\n", "team", "init", "--host", "localhost", "--port",
                Integer.toString(owner.port()), "--database", owner.database(), "--user", "desk_owner", "--tls",
                "disable", "--password-stdin");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("Team workspace ready").contains("checkbench_reviewer");
        for (String[] member : new String[][] {{"kateryna", "checker"}, {"roman", "reviewer"}, {"ira", "admin"}}) {
            CliRun add = run("owner-password\nmember-password\n", "team", "add-user", member[0], "--role", member[1],
                    "--host", "localhost", "--port", Integer.toString(owner.port()), "--database", owner.database(),
                    "--user", "desk_owner", "--tls", "disable", "--password-stdin");
            assertThat(add.exitCode()).as(add.err()).isZero();
            assertThat(add.out()).contains(member[0] + " is now a " + member[1]);
        }
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(realIn);
    }

    private static CliRun run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return CliRun.of(args);
    }

    private WorkspaceSession as(String user) {
        return new WorkspaceService(new AppDirectories(folder.resolve(user)), Clock.systemUTC(), "os-user")
                .connectTeam(new TeamServer(owner.host(), owner.port(), owner.database(), user, owner.tls()),
                        "member-password".toCharArray());
    }

    @Test
    void aCheckerChecksAndSendsForReviewButTheServerRefusesTheirApprovalAndDeletions() {
        try (WorkspaceSession checker = as("kateryna"); WorkspaceSession reviewer = as("roman")) {
            Article article = checker.articles().importText("T", "Kyiv said 10,000 troops arrived.", null);
            Claim claim = checker.claims().mark(article.id(), 0, 4);
            checker.claims().setStatus(claim.id(), "confirmed");
            checker.reviews().sendForReview(article.id());

            assertThatThrownBy(() -> checker.reviews().approve(article.id()))
                    .isInstanceOf(WorkspaceException.class)
                    .satisfies(e -> assertThat(((WorkspaceException) e).kind()).isEqualTo(WorkspaceException.Kind.NOT_ALLOWED))
                    .hasMessageContaining("may not");
            assertThatThrownBy(() -> checker.articles().delete(article.id()))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("may not");

            reviewer.reviews().approve(article.id());
            assertThat(checker.reviews().history(article.id())).extracting(ReviewEvent::action)
                    .containsExactly(ReviewEvent.Action.SENT_FOR_REVIEW, ReviewEvent.Action.APPROVED);
            assertThat(checker.reviews().history(article.id())).extracting(ReviewEvent::who)
                    .containsExactly("kateryna", "roman");
        }
    }

    @Test
    void aLocalWorkspaceIsCopiedInAndOneArticleOut() {
        Path file = folder.resolve("mine.checkbench");
        try (WorkspaceSession local = new WorkspaceService(new AppDirectories(folder.resolve("local")), Clock.systemUTC(),
                "olena").open(file)) {
            Article article = local.articles().importText("Budget", "The budget grew by 4 percent.", null);
            local.claims().setNote(local.claims().mark(article.id(), 4, 10).id(), "from the local file");
        }
        CliRun in = run("owner-password\n", "team", "copy-in", "--workspace", file.toString(), "--host", "localhost",
                "--port", Integer.toString(owner.port()), "--database", owner.database(), "--user", "desk_owner",
                "--tls", "disable", "--password-stdin");
        assertThat(in.exitCode()).as(in.err()).isZero();
        assertThat(in.out()).startsWith("Imported 1 article");
        long id;
        try (WorkspaceSession checker = as("kateryna")) {
            id = checker.articles().list().get(0).id();
            assertThat(checker.claims().forArticle(id)).extracting(Claim::note).containsExactly("from the local file");
        }
        Path back = folder.resolve("back.checkbench");
        CliRun out = run("owner-password\n", "team", "copy-out", "--out", back.toString(), "--article",
                Long.toString(id), "--host", "localhost", "--port", Integer.toString(owner.port()), "--database",
                owner.database(), "--user", "desk_owner", "--tls", "disable", "--password-stdin");
        assertThat(out.exitCode()).as(out.err()).isZero();
        try (WorkspaceSession copy = new WorkspaceService(new AppDirectories(folder.resolve("local")), Clock.systemUTC(),
                "olena").openExisting(back)) {
            assertThat(copy.articles().list()).extracting(org.checkbench.model.ArticleSummary::title).contains("Budget");
        }
    }

    @Test
    void anAdminDeletes() {
        try (WorkspaceSession checker = as("kateryna"); WorkspaceSession admin = as("ira")) {
            Article article = checker.articles().importText("T", "Kyiv said 10,000 troops arrived.", null);
            admin.articles().delete(article.id());
            assertThat(checker.articles().list()).isEmpty();
        }
    }
}
