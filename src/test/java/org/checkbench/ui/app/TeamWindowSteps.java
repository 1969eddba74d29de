package org.checkbench.ui.app;

import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.time.Clock;
import java.util.List;

import javafx.scene.control.ListView;

import org.testfx.api.FxRobot;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.bench.team.TcpProxy;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.TeamServer;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.AppHarness;

/** The steps the team window tests share: another checker on the server, the window connected. */
final class TeamWindowSteps {

    private TeamWindowSteps() {
    }

    /** Another checker's session on {@code server}, kept in its own folder of the harness. */
    static WorkspaceSession otherChecker(AppHarness harness, String folder, TeamServer server) throws Exception {
        return new WorkspaceService(new AppDirectories(harness.dataDir().resolve(folder)), Clock.systemUTC(), "x")
                .connectTeam(server, EmbeddedTeamServer.password());
    }

    /** {@code direct} reached through {@code proxy}, so a test can cut the window's network. */
    static TeamServer through(TcpProxy proxy, TeamServer direct) {
        return new TeamServer(direct.host(), proxy.port(), direct.database(), direct.user(), direct.tls());
    }

    /** Connects the window to {@code server}; returns its session once it shows that server's article. */
    static WorkspaceSession connectWindow(CheckbenchApp app, TeamServer server) throws Exception {
        onFx(() -> {
            app.window().workspace().connectTeam(server, EmbeddedTeamServer.password(), app.window()::showArticle);
            return null;
        });
        waitUntilOnFx(() -> app.window().workspace().session() != null
                && app.window().workspace().session().location().equals(server.location())
                && app.window().open() != null && app.window().open().session() == app.window().workspace().session());
        return onFx(() -> app.window().workspace().session());
    }

    /** The ids of the sources the evidence panel lists for the selected claim, in order (FX thread). */
    static List<Long> shownSourceIds() {
        return new FxRobot().lookup("#evidenceTable").queryAs(ListView.class).getItems().stream()
                .map(l -> ((LinkedEvidence) l).evidence().id()).toList();
    }
}
