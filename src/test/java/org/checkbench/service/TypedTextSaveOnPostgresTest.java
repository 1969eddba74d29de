package org.checkbench.service;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.model.TeamServer;

/** {@link TypedTextSaveTest} on a team workspace: a real PostgreSQL, the bytes bound through convert_from. */
class TypedTextSaveOnPostgresTest extends TypedTextSaveTest {

    private TeamServer server;

    @Override
    WorkspaceSession openSession(WorkspaceService service) {
        if (server == null) {
            server = EmbeddedTeamServer.newDatabase("typedtext", "olena");
        }
        return service.connectTeam(server, EmbeddedTeamServer.password());
    }

    @Override
    String storedType(long articleId, String piece) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/"
                + server.database(), EmbeddedTeamServer.SUPERUSER, "unused");
             PreparedStatement ps = c.prepareStatement("SELECT pg_typeof(current_text)::text, position(? in current_text) > 0"
                     + " FROM article WHERE id = ?")) {
            ps.setString(1, piece);
            ps.setLong(2, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1) + " " + rs.getBoolean(2);
            }
        }
    }
}
