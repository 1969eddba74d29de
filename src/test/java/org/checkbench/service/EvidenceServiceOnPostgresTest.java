package org.checkbench.service;

import java.nio.file.Path;

import org.checkbench.bench.team.EmbeddedTeamServer;

/** Every test of {@link EvidenceServiceTest} again, on a team workspace on a real PostgreSQL server. */
class EvidenceServiceOnPostgresTest extends EvidenceServiceTest {

    @Override
    WorkspaceSession openSession(WorkspaceService service, Path folder) {
        return service.connectTeam(EmbeddedTeamServer.newDatabase("evidenceserv", "olena"), EmbeddedTeamServer.password());
    }
}
