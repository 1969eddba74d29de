package org.checkbench.service;

import java.nio.file.Path;

import org.checkbench.bench.team.EmbeddedTeamServer;

/** Every test of {@link EvidenceMergeTest} again, on a team workspace on a real PostgreSQL server. */
class EvidenceMergeOnPostgresTest extends EvidenceMergeTest {

    @Override
    WorkspaceSession openSession(WorkspaceService service, Path folder) {
        return service.connectTeam(EmbeddedTeamServer.newDatabase("evidencemerg", "olena"), EmbeddedTeamServer.password());
    }
}
