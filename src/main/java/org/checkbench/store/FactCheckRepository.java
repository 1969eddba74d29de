package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

import org.checkbench.model.FactCheck;

/** The library of imported fact-checks. */
public final class FactCheckRepository {

    static final String COLUMNS = "id, collection, claim, headline, rating, rating_value, best_rating, worst_rating,"
            + " url, publisher, claimant, review_date, language, imported_at, updated_at";

    private final Database db;

    FactCheckRepository(Database db) {
        this.db = db;
    }

    /** The stored entry with this key (review address and claim words), if any. */
    public Optional<FactCheck> findByKey(String matchKey) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM fact_check WHERE match_key = ?")) {
                ps.setString(1, matchKey);
                return SqlValues.list(ps, FactCheckRepository::map).stream().findFirst();
            }
        });
    }

    public Optional<FactCheck> find(long id) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM fact_check WHERE id = ?")) {
                ps.setLong(1, id);
                return SqlValues.list(ps, FactCheckRepository::map).stream().findFirst();
            }
        });
    }

    /** Stores a new entry under {@code matchKey}; returns it with its id. */
    public FactCheck insert(String matchKey, FactCheck entry) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = db.dialect().prepareInsert(connection, "INSERT INTO fact_check (match_key,"
                    + " collection, claim, headline, rating, rating_value, best_rating, worst_rating, url, publisher,"
                    + " claimant, review_date, language, imported_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, matchKey);
                bind(ps, entry, 2);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return entry.withId(keys.getLong(1));
                }
            }
        });
    }

    /** Saves every field of a stored entry (a re-import that changed it). */
    public boolean update(FactCheck entry) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE fact_check SET collection = ?, claim = ?,"
                    + " headline = ?, rating = ?, rating_value = ?, best_rating = ?, worst_rating = ?, url = ?, publisher = ?,"
                    + " claimant = ?, review_date = ?, language = ?, imported_at = ?, updated_at = ? WHERE id = ?")) {
                int next = bind(ps, entry, 1);
                ps.setLong(next, entry.id());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Entries in the library's order: newest check first, then by id. */
    public List<FactCheck> list(int offset, int limit) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM fact_check"
                    + " ORDER BY coalesce(review_date, '') DESC, id DESC LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                return SqlValues.list(ps, FactCheckRepository::map);
            }
        });
    }

    /** Full-text search over claim, headline, publisher and rating, best first. */
    public List<FactCheck> search(String userQuery, int limit) {
        String match = FullTextSearch.matchFor(db, userQuery);
        if (match.isEmpty()) {
            return List.of();
        }
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(db.dialect() == Dialect.POSTGRES
                    ? PgSearchSql.factChecks(prefixedColumns()) : "SELECT " + prefixedColumns()
                    + " FROM fact_check_fts JOIN fact_check f ON f.id = fact_check_fts.rowid"
                    + " WHERE fact_check_fts MATCH ? ORDER BY fact_check_fts.rank LIMIT ?")) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                return SqlValues.list(ps, FactCheckRepository::map);
            }
        });
    }

    public boolean delete(long id) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM fact_check WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public long count() {
        return db.read(connection -> SqlValues.countRows(connection, "fact_check"));
    }

    private static String prefixedColumns() {
        StringBuilder result = new StringBuilder();
        for (String column : COLUMNS.split(",")) {
            result.append(result.length() == 0 ? "" : ", ").append("f.").append(column.trim());
        }
        return result.toString();
    }

    private static int bind(PreparedStatement ps, FactCheck f, int first) throws SQLException {
        int i = first;
        ps.setString(i++, f.collection());
        ps.setString(i++, f.claim());
        SqlValues.setText(ps, i++, f.headline());
        ps.setString(i++, f.rating());
        setNumber(ps, i++, f.ratingValue());
        setNumber(ps, i++, f.bestRating());
        setNumber(ps, i++, f.worstRating());
        SqlValues.setText(ps, i++, f.url());
        SqlValues.setText(ps, i++, f.publisher());
        SqlValues.setText(ps, i++, f.claimant());
        SqlValues.setText(ps, i++, f.reviewDate());
        SqlValues.setText(ps, i++, f.language());
        SqlValues.setInstant(ps, i++, f.imported());
        SqlValues.setInstant(ps, i++, f.updated());
        return i;
    }

    private static void setNumber(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static FactCheck map(ResultSet rs) throws SQLException {
        return new FactCheck(rs.getLong("id"), rs.getString("collection"), rs.getString("claim"), rs.getString("headline"),
                rs.getString("rating"), number(rs, "rating_value"), number(rs, "best_rating"), number(rs, "worst_rating"),
                rs.getString("url"), rs.getString("publisher"), rs.getString("claimant"), rs.getString("review_date"),
                rs.getString("language"), SqlValues.instant(rs, "imported_at"), SqlValues.instant(rs, "updated_at"));
    }
}
