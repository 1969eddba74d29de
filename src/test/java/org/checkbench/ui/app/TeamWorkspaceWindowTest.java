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
import org.checkbench.ui.ReadmeRow;
import org.checkbench.ui.RunningWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * File > Connect to team workspace… through the running app against a real PostgreSQL server, then
 * another checker's changes appearing in the window without anyone reloading.
 */
class TeamWorkspaceWindowTest {

    @RegisterExtension
    static final RunningWindow WINDOW = new RunningWindow();

    private final FxRobot robot = new FxRobot();

    @Test
    @ReadmeRow("work on the desk's team workspace (PostgreSQL)")
    void connectingShowsTheTeamWorkspaceAndAnotherCheckersClaimsAndNotesArriveLive() throws Exception {
        TeamServer server = EmbeddedTeamServer.newDatabase("window", "olena");
        robot.clickOn("File");
        robot.clickOn("Connect to team workspace…");
        assertThat(TeamServerForm.fill(robot, server, "olena")).as("certificates are checked unless chosen otherwise")
                .isEqualTo(TeamServer.Tls.VERIFY_FULL);
        robot.clickOn("#teamConnect");
        waitUntilOnFx(() -> WINDOW.window().workspace().session() != null
                && WINDOW.window().workspace().session().team().isPresent() && WINDOW.window().open() != null);
        assertThat(WINDOW.dialogs().errors).isEmpty();
        assertThat(onFx(() -> WINDOW.window().workspace().session().checker())).isEqualTo("olena");
        long articleId = onFx(() -> WINDOW.window().open().article().id());

        try (WorkspaceSession other = new WorkspaceService(new AppDirectories(WINDOW.harness().dataDir().resolve("other")),
                Clock.systemUTC(), "x").connectTeam(server, EmbeddedTeamServer.password())) {
            Claim marked = other.claims().mark(articleId, 0, 5);
            waitUntilOnFx(() -> WINDOW.window().open().claim(marked.id()) != null);
            other.claims().setNote(marked.id(), "Checked with the ministry");
            waitUntilOnFx(() -> "Checked with the ministry".equals(WINDOW.window().open().claim(marked.id()).note()));
        }

        robot.clickOn("File");
        robot.clickOn("Open recent workspace");
        Menu recent = onFx(() -> WINDOW.window().recentMenu());
        assertThat(onFx(() -> recent.getItems().stream().map(MenuItem::getText).toList()))
                .contains("Team: " + server.location() + "…");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }
}
