package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.checkbench.model.ReviewEvent;

/** The review steps of articles; only ever added to. */
public final class ReviewRepository {

    private static final String COLUMNS = "id, article_id, action, who, at, note, claims_fingerprint";

    private final Database db;

    ReviewRepository(Database db) {
        this.db = db;
    }

    public ReviewEvent add(ReviewEvent event) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = db.dialect().prepareInsert(connection, "INSERT INTO review_event"
                    + " (article_id, action, who, at, note, claims_fingerprint) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, event.articleId());
                ps.setString(2, event.action().name());
                ps.setString(3, event.who());
                SqlValues.setInstant(ps, 4, event.at());
                ps.setString(5, event.note());
                ps.setString(6, event.claimsFingerprint());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new ReviewEvent(keys.getLong(1), event.articleId(), event.action(), event.who(), event.at(),
                            event.note(), event.claimsFingerprint());
                }
            }
        });
    }

    /** An article's review steps, oldest first. */
    public List<ReviewEvent> forArticle(long articleId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM review_event WHERE article_id = ? ORDER BY id")) {
                ps.setLong(1, articleId);
                return SqlValues.list(ps, ReviewRepository::map);
            }
        });
    }

    public Optional<ReviewEvent> latest(long articleId) {
        List<ReviewEvent> events = forArticle(articleId);
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    /** The latest step of every article that has one, for the article list. */
    public Map<Long, ReviewEvent> latestOfEveryArticle() {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM review_event r"
                    + " WHERE id = (SELECT max(id) FROM review_event WHERE article_id = r.article_id)")) {
                Map<Long, ReviewEvent> latest = new HashMap<>();
                for (ReviewEvent event : SqlValues.list(ps, ReviewRepository::map)) {
                    latest.put(event.articleId(), event);
                }
                return latest;
            }
        });
    }

    private static ReviewEvent map(ResultSet rs) throws SQLException {
        return new ReviewEvent(rs.getLong("id"), rs.getLong("article_id"), action(rs.getString("action")),
                rs.getString("who"), SqlValues.instant(rs, "at"), rs.getString("note"),
                rs.getString("claims_fingerprint"));
    }

    // A step added by a newer version reads as "returned": the safe side, it never approves anything.
    private static ReviewEvent.Action action(String name) {
        try {
            return ReviewEvent.Action.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ReviewEvent.Action.RETURNED;
        }
    }
}
