package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.checkbench.model.HistoryEntry;

/** Who changed what on which claim, and when. Only ever added to. */
public final class HistoryRepository {

    private static final String COLUMNS = "id, article_id, claim_id, who, at, field, old_value, new_value";

    private final Database db;

    HistoryRepository(Database db) {
        this.db = db;
    }

    public void addAll(List<HistoryEntry> entries) {
        db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO history"
                    + " (article_id, claim_id, who, at, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (HistoryEntry entry : entries) {
                    ps.setLong(1, entry.articleId());
                    ps.setLong(2, entry.claimId());
                    ps.setString(3, entry.who());
                    SqlValues.setInstant(ps, 4, entry.when());
                    ps.setString(5, entry.field());
                    SqlValues.setText(ps, 6, entry.oldValue());
                    SqlValues.setText(ps, 7, entry.newValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public void add(HistoryEntry entry) {
        addAll(List.of(entry));
    }

    /** A claim's history, oldest first; kept after the claim is deleted. */
    public List<HistoryEntry> forClaim(long claimId) {
        return query("WHERE claim_id = ? ORDER BY at, id", claimId);
    }

    /** Everything that happened to an article's claims, oldest first. */
    public List<HistoryEntry> forArticle(long articleId) {
        return query("WHERE article_id = ? ORDER BY at, id", articleId);
    }

    private List<HistoryEntry> query(String where, long parameter) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM history " + where)) {
                ps.setLong(1, parameter);
                return SqlValues.list(ps, HistoryRepository::map);
            }
        });
    }

    private static HistoryEntry map(ResultSet rs) throws SQLException {
        return new HistoryEntry(rs.getLong("id"), rs.getLong("article_id"), rs.getLong("claim_id"), rs.getString("who"),
                SqlValues.instant(rs, "at"), rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"));
    }
}
