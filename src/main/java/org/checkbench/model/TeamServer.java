package org.checkbench.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a team workspace lives: a PostgreSQL server, a database on it and the user (a database
 * role) who connects. The password is never part of it: it is asked each time (ADR 0124).
 *
 * @param tls how the server's identity is checked; {@link Tls#VERIFY_FULL} unless the newsroom
 *            chose otherwise for a server on the same machine
 */
public record TeamServer(String host, int port, String database, String user, Tls tls) {

    /** PostgreSQL's {@code sslmode} values Checkbench offers. */
    public enum Tls {
        /** Encrypted, and the certificate must be signed by a trusted authority and name this host. */
        VERIFY_FULL("verify-full"),
        /** Encrypted, but the certificate is not checked: anyone in the middle could read everything. */
        REQUIRE("require"),
        /** Not encrypted: only for a server on this computer or in tests. */
        DISABLE("disable");

        private final String sslMode;

        Tls(String sslMode) {
            this.sslMode = sslMode;
        }

        public String sslMode() {
            return sslMode;
        }

        public static Tls fromSslMode(String mode) {
            for (Tls tls : values()) {
                if (tls.sslMode.equalsIgnoreCase(mode)) {
                    return tls;
                }
            }
            throw new IllegalArgumentException("unknown TLS mode '" + mode + "' (verify-full, require or disable)");
        }
    }

    public static final int DEFAULT_PORT = 5432;

    public TeamServer {
        Objects.requireNonNull(tls, "tls");
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the server's host name is missing");
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("the database name is missing");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("the user name is missing");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 1 and 65535, not " + port);
        }
        host = host.strip();
        database = database.strip();
        user = user.strip();
    }

    /** How the workspace is named to people: {@code user@host:port/database}. */
    public String location() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    /** A name for this workspace's local files (journal), safe on every file system. */
    public String fileKey() {
        return location().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.@_-]", "_");
    }
}
