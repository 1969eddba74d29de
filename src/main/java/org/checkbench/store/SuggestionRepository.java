package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.checkbench.model.Suggestion;

/** Detection's suggestions per article, and the sentences the checker dismissed. */
public final class SuggestionRepository {

    private static final String COLUMNS = "id, article_id, range_start, range_end, exact, score, reasons";

    private final Database db;

    SuggestionRepository(Database db) {
        this.db = db;
    }

    /** Stores suggestions in one batch; a non-zero id is kept (undo), zero gets a new one. */
    public List<Suggestion> insertAll(List<Suggestion> suggestions) {
        return db.transaction(connection -> {
            Dialect.IdBlock newIds = db.dialect().reserveIds(connection, "suggestion",
                    (int) suggestions.stream().filter(s -> s.id() == 0).count());
            List<Suggestion> stored = new ArrayList<>(suggestions.size());
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO suggestion (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Suggestion suggestion : suggestions) {
                    Suggestion withId = suggestion.id() != 0 ? suggestion : suggestion.withId(newIds.next());
                    ps.setLong(1, withId.id());
                    ps.setLong(2, withId.articleId());
                    ps.setInt(3, withId.start());
                    ps.setInt(4, withId.end());
                    ps.setString(5, withId.exact());
                    ps.setDouble(6, withId.score());
                    ps.setString(7, StringListCodec.encode(withId.reasons()));
                    ps.addBatch();
                    stored.add(withId);
                }
                ps.executeBatch();
            }
            return stored;
        });
    }

    public Optional<Suggestion> find(long id) {
        return query("WHERE id = ?", id).stream().findFirst();
    }

    /** An article's suggestions in text order. */
    public List<Suggestion> forArticle(long articleId) {
        return query("WHERE article_id = ? ORDER BY range_start, range_end, id", articleId);
    }

    /** An article's suggestions that share a character with {@code [from, to)}, in text order. */
    public List<Suggestion> overlapping(long articleId, int from, int to) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM suggestion"
                    + " WHERE article_id = ? AND range_start < ? AND range_end > ? ORDER BY range_start, range_end, id")) {
                ps.setLong(1, articleId);
                ps.setInt(2, to);
                ps.setInt(3, from);
                return SqlValues.list(ps, SuggestionRepository::map);
            }
        });
    }

    public boolean delete(long id) {
        return update("DELETE FROM suggestion WHERE id = ?", id) == 1;
    }

    /** Removes these suggestions, in one batch (detection's answer changed them); unknown ids are ignored. */
    public void deleteAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM suggestion WHERE id = ?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                return ps.executeBatch().length;
            }
        });
    }

    /** Removes every suggestion of an article (before detection's fresh ones go in). */
    public int deleteForArticle(long articleId) {
        return update("DELETE FROM suggestion WHERE article_id = ?", articleId);
    }

    /** Remembers that the checker dismissed this sentence in this article; repeating it is harmless. */
    public void dismiss(long articleId, String sentenceKey, Instant when) {
        db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO dismissed_suggestion"
                    + " (article_id, sentence_key, dismissed_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (article_id, sentence_key) DO UPDATE SET dismissed_at = excluded.dismissed_at")) {
                ps.setLong(1, articleId);
                ps.setString(2, sentenceKey);
                SqlValues.setInstant(ps, 3, when);
                return ps.executeUpdate();
            }
        });
    }

    /** Forgets a dismissal (undo); returns whether there was one. */
    public boolean undismiss(long articleId, String sentenceKey) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "DELETE FROM dismissed_suggestion WHERE article_id = ? AND sentence_key = ?")) {
                ps.setLong(1, articleId);
                ps.setString(2, sentenceKey);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Where the article's stored suggestions stand ({start, end}), in no particular order: what the
     * report counts as left open, without reading each suggestion's words and reasons.
     */
    public List<int[]> placesOf(long articleId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT range_start, range_end FROM suggestion WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                List<int[]> places = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        places.add(new int[] {rs.getInt(1), rs.getInt(2)});
                    }
                }
                return places;
            }
        });
    }

    /** The keys of the sentences dismissed in an article. */
    public Set<String> dismissedKeys(long articleId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT sentence_key FROM dismissed_suggestion WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    Set<String> keys = new HashSet<>();
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                    return keys;
                }
            }
        });
    }

    private int update(String sql, long parameter) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setLong(1, parameter);
                return ps.executeUpdate();
            }
        });
    }

    private List<Suggestion> query(String where, long parameter) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM suggestion " + where)) {
                ps.setLong(1, parameter);
                return SqlValues.list(ps, SuggestionRepository::map);
            }
        });
    }

    private static Suggestion map(ResultSet rs) throws java.sql.SQLException {
        return new Suggestion(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("range_start"),
                rs.getInt("range_end"), rs.getString("exact"), rs.getDouble("score"),
                StringListCodec.decode(rs.getString("reasons")));
    }

}
