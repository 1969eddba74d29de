package org.checkbench.service;

import java.nio.file.Path;

import org.checkbench.bench.team.EmbeddedTeamServer;

/** Every test of {@link ArticleAndClaimServiceTest} again, on a team workspace on a real PostgreSQL server. */
class ArticleAndClaimServiceOnPostgresTest extends ArticleAndClaimServiceTest {

    @Override
    WorkspaceSession openSession(WorkspaceService service, Path folder) {
        return service.connectTeam(EmbeddedTeamServer.newDatabase("articleandcl", "olena"), EmbeddedTeamServer.password());
    }
}
