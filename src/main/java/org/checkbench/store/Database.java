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

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private int transactionDepth;
    private Runnable afterCommit = () -> { };

    Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
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
                } finally {
                    transactionDepth--;
                }
            }
            execute("BEGIN IMMEDIATE");
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
            throw SqlErrors.translate(file, e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs read-only work; the lock keeps it from seeing another thread's half-done transaction. */
    <T> T read(SqlWork<T> work) {
        return withConnection(work, Phase.READ);
    }

    private <T> T withConnection(SqlWork<T> work, Phase phase) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, phase);
        } finally {
            lock.unlock();
        }
    }

    /** Copies the write-ahead log into the database, syncing both to the disk. */
    void checkpoint() {
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
            throw SqlErrors.translate(file, e, Phase.FLUSH);
        } finally {
            lock.unlock();
        }
    }
}
