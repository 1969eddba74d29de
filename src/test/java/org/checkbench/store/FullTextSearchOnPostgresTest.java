package org.checkbench.store;

import java.nio.file.Path;

import org.checkbench.bench.team.EmbeddedTeamServer;

/** Every full-text search test again, on a team workspace (tsvector + unaccent instead of FTS5). */
class FullTextSearchOnPostgresTest extends FullTextSearchTest {

    @Override
    Workspace createWorkspace(Path folder) {
        return Workspace.connect(EmbeddedTeamServer.newDatabase("search"), EmbeddedTeamServer.password(),
                folder.resolve("journal.sqlite"));
    }
}
