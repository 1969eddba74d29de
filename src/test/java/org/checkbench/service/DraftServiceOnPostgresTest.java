package org.checkbench.service;

import java.nio.file.Path;

import org.checkbench.bench.team.EmbeddedTeamServer;

/** Every test of {@link DraftServiceTest} again, on a team workspace on a real PostgreSQL server. */
class DraftServiceOnPostgresTest extends DraftServiceTest {

    @Override
    WorkspaceSession openSession(WorkspaceService service, Path folder) {
        return service.connectTeam(EmbeddedTeamServer.newDatabase("draftservice", "olena"), EmbeddedTeamServer.password());
    }
}
