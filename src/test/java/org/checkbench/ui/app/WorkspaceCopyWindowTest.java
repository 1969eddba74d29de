package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;


import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.model.ArticleSummary;
import org.checkbench.model.Claim;
import org.checkbench.model.TeamServer;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.AppHarness;
import org.checkbench.ui.ReadmeRow;
import org.checkbench.ui.ScriptedDialogs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * File > Copy workspace to team server… and File > Copy to local workspace file… through the running
 * app against a real PostgreSQL server: the work arrives on the other side with its claims, the side
 * copied from is unchanged, and a copy into a file that already exists is refused without touching it.
 */
class WorkspaceCopyWindowTest {

    private static final ScriptedDialogs DIALOGS = new ScriptedDialogs();
    private static AppHarness harness;
    private static CheckbenchApp app;
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path folder;

    @BeforeAll
    static void start() throws Exception {
        harness = new AppHarness().withDialogs(DIALOGS);
        app = harness.start(LaunchOptions.defaults());
    }

    @AfterAll
    static void stop() throws Exception {
        harness.stop();
    }

    @Test
    @ReadmeRow("copy work between a file and the team workspace")
    void aLocalWorkspaceGoesToTheServerAndAnArticleComesBackIntoANewFile() throws Exception {
        TeamServer server = EmbeddedTeamServer.newDatabase("copywindow", "olena");
        WorkspaceSession local = onFx(() -> app.window().workspace().session());
        Path localFile = local.file();
        long localArticle = onFx(() -> app.window().open().article().id());
        String title = onFx(() -> app.window().open().article().title());
        Claim marked = local.claims().mark(localArticle, 0, 20);
        local.claims().setNote(marked.id(), "Two sources agree");

        DIALOGS.answer(true); // "Open the team workspace"
        robot.clickOn("File");
        robot.clickOn("Copy workspace to team server…");
        TeamServerForm.fill(robot, server, "olena");
        robot.clickOn("Copy");
        waitUntilOnFx(() -> app.window().workspace().session() != null
                && app.window().workspace().session().team().isPresent() && app.window().open() != null);
        assertThat(DIALOGS.errors).isEmpty();
        assertThat(DIALOGS.choices).anySatisfy(choice -> assertThat(choice)
                .startsWith("Copied to the team workspace\nCopied 1 article to the team workspace “" + server.database() + "”")
                .endsWith("[Open the team workspace | Stay in this file]"));
        assertThat(onFx(() -> app.window().open().article().title())).isEqualTo(title);

        try (WorkspaceSession other = new WorkspaceService(new AppDirectories(folder.resolve("other")),
                Clock.systemUTC(), "x").connectTeam(server, EmbeddedTeamServer.password())) {
            List<ArticleSummary> onServer = other.articles().list();
            assertThat(onServer).extracting(ArticleSummary::title).containsExactly(title);
            assertThat(other.claims().forArticle(onServer.get(0).id()))
                    .extracting(Claim::quote, Claim::note).containsExactly(org.assertj.core.groups.Tuple.tuple(
                            marked.quote(), "Two sources agree"));
        }
        try (WorkspaceSession unchanged = localWorkspaces().openExisting(localFile)) {
            assertThat(unchanged.articles().list()).extracting(ArticleSummary::title).containsExactly(title);
            assertThat(unchanged.claims().forArticle(localArticle)).hasSize(1);
        }

        Path copy = folder.resolve("desk-copy.checkbench");
        DIALOGS.answer(true).saveAs(copy); // "Only this article"
        robot.clickOn("File");
        robot.clickOn("Copy to local workspace file…");
        waitUntil(() -> DIALOGS.information.stream().anyMatch(m -> m.startsWith("Copied to a local workspace file")));
        assertThat(DIALOGS.errors).isEmpty();
        try (WorkspaceSession copied = localWorkspaces().openExisting(copy)) {
            List<ArticleSummary> articles = copied.articles().list();
            assertThat(articles).extracting(ArticleSummary::title).containsExactly(title);
            assertThat(copied.claims().forArticle(articles.get(0).id())).extracting(Claim::note)
                    .containsExactly("Two sources agree");
        }

        byte[] before = Files.readAllBytes(copy);
        DIALOGS.saveAs(copy);
        robot.clickOn("File");
        robot.clickOn("Copy to local workspace file…");
        waitUntil(() -> DIALOGS.errors.size() == 1);
        assertThat(DIALOGS.errors.get(0)).as("the checker is told why").contains(copy.getFileName().toString());
        assertThat(Files.readAllBytes(copy)).as("an existing file is never written over by a copy").isEqualTo(before);
    }

    private WorkspaceService localWorkspaces() {
        return new WorkspaceService(new AppDirectories(folder.resolve("reader")), Clock.systemUTC(), "reader");
    }
}
