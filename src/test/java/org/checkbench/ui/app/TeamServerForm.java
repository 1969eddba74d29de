package org.checkbench.ui.app;

import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import javafx.scene.control.ChoiceBox;

import org.checkbench.model.TeamServer;
import org.testfx.api.FxRobot;

/** Fills the team server form (Connect, Copy workspace to team server) as a person would, for a test server. */
final class TeamServerForm {

    private TeamServerForm() {
    }

    /**
     * Types the test server's place, {@code user} and the test password once the form is up, and
     * turns TLS off (the test server runs without it). Returns the TLS choice the form offered first.
     */
    static TeamServer.Tls fill(FxRobot robot, TeamServer server, String user) throws Exception {
        waitUntilOnFx(() -> robot.lookup("#teamHost").tryQuery().isPresent());
        robot.clickOn("#teamHost").write("localhost");
        robot.doubleClickOn("#teamPort").write(Integer.toString(server.port()));
        robot.clickOn("#teamDatabase").write(server.database());
        robot.clickOn("#teamUser").write(user);
        robot.clickOn("#teamPassword").write("secret");
        return onFx(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<TeamServer.Tls> tls = robot.lookup("#teamTls").queryAs(ChoiceBox.class);
            TeamServer.Tls offered = tls.getValue();
            tls.setValue(TeamServer.Tls.DISABLE);
            return offered;
        });
    }
}
