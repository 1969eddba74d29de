package org.checkbench.store;

import java.util.List;
import java.util.ArrayList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

import org.checkbench.model.PartialDate;

/** Conversions between model values and columns: times as epoch milliseconds, dates as ISO text. */
final class SqlValues {

    private SqlValues() {
    }

    static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        setText(ps, index, value == null ? null : value.toString());
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    static void setPartialDate(PreparedStatement ps, int index, PartialDate value) throws SQLException {
        setText(ps, index, value == null ? null : value.text());
    }

    /** Never fails: text that is no date comes back as an unreadable {@link PartialDate}, as written. */
    static PartialDate partialDate(ResultSet rs, String column) throws SQLException {
        return PartialDate.fromStored(rs.getString(column));
    }

    static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setLong(index, value.toEpochMilli());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return Instant.ofEpochMilli(rs.getLong(column));
    }

    static void setId(PreparedStatement ps, int index, long id) throws SQLException {
        if (id == 0) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, id);
        }
    }

    /** Turns the current row into a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Runs a prepared query and maps every row, in order. */
    static <T> List<T> list(PreparedStatement ps, RowMapper<T> mapper) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        }
    }

    /**
     * The highest id a table ever handed out (AUTOINCREMENT never reuses one, even after deletes),
     * so a batch insert can number its rows itself.
     */
    static long highestIdEverUsed(Connection connection, String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '" + table + "'), 0),"
                        + " coalesce((SELECT max(id) FROM " + table + "), 0))");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long countRows(Connection connection, String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
