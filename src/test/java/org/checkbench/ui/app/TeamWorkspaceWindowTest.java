package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.time.Clock;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.model.Claim;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.model.TeamServer;
import org.checkbench.ui.AppHarness;
import org.checkbench.ui.ReadmeRow;
import org.checkbench.ui.ScriptedDialogs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * File > Connect to team workspace… through the running app against a real PostgreSQL server, then
 * another checker's changes appearing in the window without anyone reloading.
 */
class TeamWorkspaceWindowTest {

    private static final ScriptedDialogs DIALOGS = new ScriptedDialogs();
    private static AppHarness harness;
    private static CheckbenchApp app;
    private final FxRobot robot = new FxRobot();

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
    @ReadmeRow("work on the desk's team workspace (PostgreSQL)")
    void connectingShowsTheTeamWorkspaceAndAnotherCheckersClaimsAndNotesArriveLive() throws Exception {
        TeamServer server = EmbeddedTeamServer.newDatabase("window", "olena");
        robot.clickOn("File");
        robot.clickOn("Connect to team workspace…");
        assertThat(TeamServerForm.fill(robot, server, "olena")).as("certificates are checked unless chosen otherwise")
                .isEqualTo(TeamServer.Tls.VERIFY_FULL);
        robot.clickOn("#teamConnect");
        waitUntilOnFx(() -> app.window().workspace().session() != null
                && app.window().workspace().session().team().isPresent() && app.window().open() != null);
        assertThat(DIALOGS.errors).isEmpty();
        assertThat(onFx(() -> app.window().workspace().session().checker())).isEqualTo("olena");
        long articleId = onFx(() -> app.window().open().article().id());

        try (WorkspaceSession other = new WorkspaceService(new AppDirectories(harness.dataDir().resolve("other")),
                Clock.systemUTC(), "x").connectTeam(server, EmbeddedTeamServer.password())) {
            Claim marked = other.claims().mark(articleId, 0, 5);
            waitUntilOnFx(() -> app.window().open().claim(marked.id()) != null);
            other.claims().setNote(marked.id(), "Checked with the ministry");
            waitUntilOnFx(() -> "Checked with the ministry".equals(app.window().open().claim(marked.id()).note()));
        }

        robot.clickOn("File");
        robot.clickOn("Open recent workspace");
        Menu recent = onFx(() -> app.window().recentMenu());
        assertThat(onFx(() -> recent.getItems().stream().map(MenuItem::getText).toList()))
                .contains("Team: " + server.location() + "…");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }
}
