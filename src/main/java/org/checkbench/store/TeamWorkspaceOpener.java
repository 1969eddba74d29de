package org.checkbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.checkbench.model.TeamServer;

import org.checkbench.store.WorkspaceException.Kind;

/**
 * The way into a team workspace: connect (TLS checked as asked), then bring the server's schema to
 * this build's format under an advisory lock, so two people connecting to a fresh server at once do
 * not both create it. A server written by a newer Checkbench is refused, as a newer file is.
 */
final class TeamWorkspaceOpener {

    /** Held while the schema is checked or changed: the same number as the file header's id. */
    private static final long SCHEMA_LOCK = Migrations.APPLICATION_ID;
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    /**
     * How long the workspace's connection waits for the server to answer before it counts as
     * unreachable (ADR 0127). Without it a silent network (no reset, no answer) held an edit, and the
     * window's worker, until the network came back; after it the edit waits in the journal. Far above
     * what any of the app's statements takes; the schema upgrade at connect runs before it is set.
     */
    static final int WORK_TIMEOUT_MILLIS = 15_000;
    /** Longer than any pause the app makes inside a transaction (a draft's claims carried over). */
    private static final int IDLE_IN_TRANSACTION_MILLIS = 60_000;

    private final List<Migration> migrations;

    TeamWorkspaceOpener(List<Migration> migrations) {
        this.migrations = migrations;
    }

    Workspace open(TeamServer server, char[] password, Path journal) {
        Connection connection = connect(server, password, journal);
        try {
            int format = migrate(server, connection, journal);
            answerWithin(connection, WORK_TIMEOUT_MILLIS, journal);
            Database db = new Database(journal, connection, Dialect.POSTGRES, server.location());
            return new Workspace(db, null, format, server, password);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** A new connection to the server, for the listener or a second session. */
    static Connection connect(TeamServer server, char[] password, Path journal) {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        // The driver takes a String; it lives only as long as this call's properties.
        properties.setProperty("password", new String(password));
        properties.setProperty("sslmode", server.tls().sslMode());
        properties.setProperty("ApplicationName", "Checkbench");
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("tcpKeepAlive", "true");
        // The whole login, not only the TCP connect: a silent network accepts nothing and answers nothing.
        properties.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        // A client whose network went silent mid-transaction must not hold its rows locked against
        // the rest of the desk until the server's TCP keepalive gives up (hours): the server ends it.
        properties.setProperty("options", "-c idle_in_transaction_session_timeout=" + IDLE_IN_TRANSACTION_MILLIS);
        try {
            return DriverManager.getConnection(jdbcUrl(server), properties);
        } catch (SQLException e) {
            throw connectFailure(server, journal, e);
        } finally {
            properties.clear();
        }
    }

    /** From now on a read that gets no answer for {@code millis} fails as a lost connection does. */
    static Connection answerWithin(Connection connection, int millis, Path journal) {
        try {
            connection.setNetworkTimeout(Runnable::run, millis);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new WorkspaceException(Kind.SERVER_UNREACHABLE, journal, "The team workspace's server stopped answering.",
                    "Check the network; changes wait on this computer meanwhile.", e);
        }
    }

    /** The JDBC address; user, password and TLS go as properties, never in the address. */
    static String jdbcUrl(TeamServer server) {
        String host = server.host().contains(":") ? "[" + server.host() + "]" : server.host();
        return "jdbc:postgresql://" + host + ":" + server.port() + "/" + server.database();
    }

    static WorkspaceException connectFailure(TeamServer server, Path journal, SQLException e) {
        if (String.valueOf(e.getMessage()).contains("does not support SSL")) {
            return new WorkspaceException(Kind.BAD_CERTIFICATE, journal,
                    "The server " + server.host() + " does not offer TLS, and Checkbench asked for an encrypted"
                            + " connection (" + server.tls().sslMode() + "). Nothing was sent to it.",
                    "Ask whoever runs the server to turn TLS on (ssl = on in postgresql.conf). Only for a server on"
                            + " this computer, choose TLS 'disable' in the connect dialog.", e);
        }
        if (isCertificateProblem(e)) {
            return new WorkspaceException(Kind.BAD_CERTIFICATE, journal,
                    "The server " + server.host() + " did not prove who it is: its TLS certificate "
                            + certificateDetail(e) + ". Nothing was sent to it.",
                    "Ask whoever runs the server for its certificate authority (put it in ~/.postgresql/root.crt)"
                            + " or for the host name its certificate names. Only for a server you run yourself,"
                            + " choose TLS 'require' in the connect dialog.", e);
        }
        return (WorkspaceException) wrap(PgErrors.translate(server.location(), journal, e, Phase.OPEN), server, journal, e);
    }

    private static RuntimeException wrap(RuntimeException translated, TeamServer server, Path journal, SQLException e) {
        if (translated instanceof WorkspaceException w) {
            return w;
        }
        return new WorkspaceException(Kind.IO_ERROR, journal, "Checkbench could not connect to " + server.location()
                + " (" + e.getMessage() + ").", "Check the server's address and try again.", e);
    }

    private static boolean isCertificateProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (name.startsWith("javax.net.ssl") || name.startsWith("java.security.cert")
                    || message.contains("hostname") && message.contains("verif")
                    || message.contains("root.crt") || message.contains("certificate")) {
                return true;
            }
        }
        return false;
    }

    private static String certificateDetail(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("hostname")) {
                return "names another host";
            }
            if (message.contains("root.crt") || message.contains("no such file")) {
                return "could not be checked: no trusted certificate authority is set up on this computer";
            }
        }
        return "is not signed by an authority this computer trusts";
    }

    private int migrate(TeamServer server, Connection connection, Path journal) {
        int latest = Migrations.latestOf(migrations);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + SCHEMA_LOCK + ")");
            try {
                int format = currentFormat(server, connection, journal);
                if (format > latest) {
                    throw new WorkspaceException(Kind.NEWER_VERSION, journal, "The team workspace " + server.location()
                            + " was set up by a newer version of Checkbench (format " + format
                            + "; this version understands up to format " + latest + ").",
                            "Update Checkbench to work in it. Nothing was changed.", null);
                }
                for (Migration step : migrations.subList(format, migrations.size())) {
                    statement.execute("BEGIN");
                    try {
                        for (String sql : step.statements()) {
                            statement.execute(sql);
                        }
                        setFormat(connection, step.version());
                        statement.execute("COMMIT");
                    } catch (SQLException e) {
                        statement.execute("ROLLBACK");
                        throw e;
                    }
                }
                ensureServerExtras(connection);
                return latest;
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + SCHEMA_LOCK + ")");
            }
        } catch (SQLException e) {
            throw (WorkspaceException) wrap(PgErrors.translate(server.location(), journal, e, Phase.OPEN), server, journal, e);
        }
    }

    /**
     * What a server has beyond the format's tables and was added after servers at this format
     * existed: the text locks (ADR 0150). Created by whoever connects first once it is missing (the
     * owner, when {@code team init} is run after upgrading, as docs/team.md asks).
     */
    private static void ensureServerExtras(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT to_regclass('article_text_lock') IS NOT NULL")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return;
                }
            }
            statement.execute("BEGIN");
            try {
                for (String sql : TextLocks.SCHEMA) {
                    statement.execute(sql);
                }
                statement.execute("COMMIT");
            } catch (SQLException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
        }
    }

    private static int currentFormat(TeamServer server, Connection connection, Path journal) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT to_regclass('checkbench_meta') IS NOT NULL,"
                     + " (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                if (rs.getLong(2) > 0) {
                    throw new WorkspaceException(Kind.NOT_A_WORKSPACE, journal, "The database " + server.database()
                            + " on " + server.host() + " holds another program's tables, not a Checkbench workspace.",
                            "Ask whoever runs the server for an empty database for the team workspace. Nothing was changed.",
                            null);
                }
                return 0;
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM checkbench_meta WHERE key = 'format'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
        }
    }

    private static void setFormat(Connection connection, int format) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO checkbench_meta (key, value)"
                + " VALUES ('format', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, Integer.toString(format));
            ps.executeUpdate();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing; the first error is the one to report.
        }
    }

    static void wipe(char[] password) {
        Arrays.fill(password, '\0');
    }
}
