package org.checkbench.service;

import java.nio.file.Path;

import org.checkbench.bench.team.EmbeddedTeamServer;

/** Every test of {@link SuggestionServiceTest} again, on a team workspace on a real PostgreSQL server. */
class SuggestionServiceOnPostgresTest extends SuggestionServiceTest {

    @Override
    WorkspaceSession openSession(WorkspaceService service, Path folder) {
        return service.connectTeam(EmbeddedTeamServer.newDatabase("suggestionse", "olena"), EmbeddedTeamServer.password());
    }
}
