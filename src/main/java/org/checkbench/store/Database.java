package org.checkbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one connection of an open workspace and the transactions on it. Calls from several threads
 * are serialised by a lock; a transaction started inside another joins it, so a use case can group
 * repository calls into one atomic user action.
 */
final class Database implements AutoCloseable {

    /** Work done with the connection; may throw SQLException, which becomes a WorkspaceException. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A server's snapshot may go stale under another writer; the action then runs again this often. */
    private static final int SERIALIZATION_RETRIES = 20;

    private final Path file;
    private Connection connection;
    private final Dialect dialect;
    /** A team workspace's way to a new connection once the old one dropped; null for a file. */
    private java.util.function.Supplier<Connection> reconnect;
    private boolean broken;
    private final String location;
    private final ReentrantLock lock = new ReentrantLock();
    private int transactionDepth;
    private Runnable afterCommit = () -> { };

    Database(Path file, Connection connection) {
        this(file, connection, Dialect.SQLITE, file.toString());
    }

    /**
     * @param file     the local file: the workspace itself, or for a team workspace its local journal
     * @param location what messages name: the file, or the server and database
     */
    Database(Path file, Connection connection, Dialect dialect, String location) {
        this.file = file;
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
    }

    Dialect dialect() {
        return dialect;
    }

    /** After the server dropped the connection, the next call connects again through {@code connector}. */
    void reconnectWith(java.util.function.Supplier<Connection> connector) {
        this.reconnect = connector;
    }

    /** A dropped connection is replaced before the next outermost call; failing that, the call fails. */
    private void ensureConnected() {
        if (!broken || reconnect == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // It is gone already.
        }
        connection = reconnect.get();
        broken = false;
    }

    private RuntimeException noticeLoss(RuntimeException e) {
        if (dialect == Dialect.POSTGRES && e instanceof WorkspaceException w
                && w.kind() == WorkspaceException.Kind.SERVER_UNREACHABLE) {
            broken = true;
        }
        return e;
    }

    String location() {
        return location;
    }

    /** Something to run after each outermost commit (scheduling the flush to disk). */
    void afterCommit(Runnable action) {
        this.afterCommit = action;
    }

    Path file() {
        return file;
    }

    /**
     * Runs {@code work} in a write transaction, or inside the one already running on this thread.
     * BEGIN IMMEDIATE takes the write lock at once, so a transaction never fails half-way for
     * want of it.
     */
    <T> T transaction(SqlWork<T> work) {
        lock.lock();
        try {
            if (transactionDepth > 0) {
                transactionDepth++;
                try {
                    return work.run(connection);
                } catch (SQLException e) {
                    throw translate(e, Phase.WRITE);
                } finally {
                    transactionDepth--;
                }
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    ensureConnected();
                    return runOutermost(work);
                } catch (RuntimeException e) {
                    noticeLoss(e);
                    // Another writer changed what this action read: it runs again on fresh rows, so
                    // neither change is lost (ADR 0122). Only a server's snapshot can go stale.
                    if (dialect != Dialect.POSTGRES || !PgErrors.isSerializationFailure(e)
                            || attempt >= SERIALIZATION_RETRIES) {
                        throw e;
                    }
                    waitBeforeRetry(attempt);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Two windows writing the same row in step would meet again at once if both retried at
     * once: a short random wait, growing with each attempt (at most ~64 ms), lets one pass first.
     */
    private static void waitBeforeRetry(int attempt) {
        long bound = 1L << Math.min(attempt, 6);
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(bound + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T runOutermost(SqlWork<T> work) {
        try {
            execute(dialect.begin());
            transactionDepth = 1;
            boolean committed = false;
            try {
                T result = work.run(connection);
                execute("COMMIT");
                committed = true;
                afterCommit.run();
                return result;
            } finally {
                transactionDepth = 0;
                if (!committed) {
                    rollbackQuietly();
                }
            }
        } catch (SQLException e) {
            throw translate(e, Phase.WRITE);
        }
    }

    RuntimeException translate(SQLException e, Phase phase) {
        return dialect == Dialect.POSTGRES ? PgErrors.translate(location, file, e, phase) : SqlErrors.translate(file, e, phase);
    }

    /** Runs read-only work; the lock keeps it from seeing another thread's half-done transaction. */
    <T> T read(SqlWork<T> work) {
        return withConnection(work, Phase.READ);
    }

    private <T> T withConnection(SqlWork<T> work, Phase phase) {
        lock.lock();
        try {
            if (transactionDepth == 0) {
                ensureConnected();
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw noticeLoss(translate(e, phase));
        } catch (WorkspaceException e) {
            throw noticeLoss(e);
        } finally {
            lock.unlock();
        }
    }

    /** Copies the write-ahead log into the database, syncing both to the disk. */
    void checkpoint() {
        if (dialect != Dialect.SQLITE) {
            return; // the server makes its own commits durable
        }
        withConnection(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                // busy, log frames, frames copied: an I/O failure inside is an exception already
                return rs.next() ? rs.getInt(1) : 0;
            }
        }, Phase.FLUSH);
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite rolls back by itself after some errors; there is nothing left to undo then.
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw translate(e, Phase.FLUSH);
        } finally {
            lock.unlock();
        }
    }
}
