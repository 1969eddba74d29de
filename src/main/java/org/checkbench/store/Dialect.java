package org.checkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What differs between the two engines a workspace can live on, kept to the few places where the
 * SQL cannot be the same (ADR 0120): how new ids are handed out and read back, how a write
 * transaction starts, and full-text search ({@link PgSearchSql}). Everything else is one SQL text
 * valid in both.
 */
public enum Dialect {

    /** A local workspace file. */
    SQLITE,
    /** A team workspace on a PostgreSQL server. */
    POSTGRES;

    /** Ids a batch insert numbers itself with; on a server they come from the table's sequence. */
    interface IdBlock {
        long next();
    }

    IdBlock reserveIds(Connection connection, String table, int count) throws SQLException {
        if (this == SQLITE) {
            long[] next = {SqlValues.highestIdEverUsed(connection, table) + 1};
            return () -> next[0]++;
        }
        // Several clients insert at once: each takes its ids from the sequence, never max(id) + 1.
        Deque<Long> ids = new ArrayDeque<>(count);
        if (count > 0) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT nextval('" + table + "_id_seq') FROM generate_series(1, ?)")) {
                ps.setInt(1, count);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        return () -> {
            Long id = ids.poll();
            if (id == null) {
                throw new IllegalStateException("more rows than ids reserved for " + table);
            }
            return id;
        };
    }

    /**
     * The highest id {@code table} ever handed out, rows deleted since included: ids are never given
     * twice (AUTOINCREMENT in a file, a sequence on a server), so a lower id that no row holds was a
     * row's and is gone.
     */
    long highestIdEverUsed(Connection connection, String table) throws SQLException {
        if (this == SQLITE) {
            return SqlValues.highestIdEverUsed(connection, table);
        }
        // Undo puts a removed claim back under its own id, so max(id) counts as well as the sequence.
        try (PreparedStatement ps = connection.prepareStatement("SELECT greatest((SELECT CASE WHEN is_called THEN"
                + " last_value ELSE 0 END FROM " + table + "_id_seq), (SELECT coalesce(max(id), 0) FROM " + table + "))");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * A prepared INSERT whose {@code getGeneratedKeys()} gives the new row's id in column 1: SQLite
     * reports its last rowid by itself, PostgreSQL's driver must be told which column to return.
     */
    PreparedStatement prepareInsert(Connection connection, String sql) throws SQLException {
        return this == SQLITE ? connection.prepareStatement(sql) : connection.prepareStatement(sql, new String[] {"id"});
    }

    /** BEGIN IMMEDIATE takes SQLite's write lock at once; on a server each action reads a snapshot. */
    String begin() {
        return this == SQLITE ? "BEGIN IMMEDIATE" : "BEGIN ISOLATION LEVEL REPEATABLE READ";
    }

    /**
     * Where a text is written from its UTF-8 bytes, bound with {@code setBytes} (ADR 0157): the
     * drivers' own {@code setString} encodes the whole text again, and a save while a checker types
     * already has the bytes. Stored as text all the same (SQLite's {@code typeof} is 'text'; on a
     * server the bytes are checked to be UTF-8), so reading it back gives the same string.
     */
    String textFromUtf8() {
        return this == SQLITE ? "CAST(? AS TEXT)" : "convert_from(?, 'UTF8')";
    }
}
