package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.checkbench.model.Revision;

/** The versions of each article's text. Only added to, never edited. */
public final class RevisionRepository {

    private final Database db;

    RevisionRepository(Database db) {
        this.db = db;
    }

    /** Adds the next numbered revision of an article. */
    public Revision add(long articleId, String text, String note, Instant created) {
        return db.transaction(connection -> {
            int number;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT coalesce(max(number), 0) + 1 FROM revision WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    number = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = db.dialect().prepareInsert(connection,
                    "INSERT INTO revision (article_id, number, text, created_at, note) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, articleId);
                ps.setInt(2, number);
                ps.setString(3, text);
                SqlValues.setInstant(ps, 4, created);
                SqlValues.setText(ps, 5, note);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Revision(keys.getLong(1), articleId, number, text, created, note);
                }
            }
        });
    }

    /** All revisions of an article, oldest first. */
    public List<Revision> forArticle(long articleId) {
        return query("WHERE article_id = ? ORDER BY number", articleId);
    }

    public Optional<Revision> latest(long articleId) {
        return query("WHERE article_id = ? ORDER BY number DESC LIMIT 1", articleId).stream().findFirst();
    }

    public Optional<Revision> find(long id) {
        return query("WHERE id = ?", id).stream().findFirst();
    }

    private List<Revision> query(String where, long parameter) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id, article_id, number, text, created_at, note FROM revision " + where)) {
                ps.setLong(1, parameter);
                return SqlValues.list(ps, RevisionRepository::map);
            }
        });
    }

    private static Revision map(ResultSet rs) throws SQLException {
        return new Revision(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("number"), rs.getString("text"),
                SqlValues.instant(rs, "created_at"), rs.getString("note"));
    }
}
