package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.checkbench.model.Claim;
import org.checkbench.model.ClaimOrigin;
import org.checkbench.model.TextAnchor;

/** Claims of articles. */
public final class ClaimRepository {

    static final String COLUMNS = "id, article_id, anchor_start, anchor_end, quote, quote_prefix, quote_suffix,"
            + " anchor_revision_id, origin, origin_score, origin_reasons, status, note, correction, checker,"
            + " created_at, updated_at, changed_since_checked, orphaned";

    private static final String INSERT = "INSERT INTO claim (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UPDATE = "UPDATE claim SET article_id = ?, anchor_start = ?, anchor_end = ?,"
            + " quote = ?, quote_prefix = ?, quote_suffix = ?, anchor_revision_id = ?, origin = ?, origin_score = ?,"
            + " origin_reasons = ?, status = ?, note = ?, correction = ?, checker = ?, created_at = ?,"
            + " updated_at = ?, changed_since_checked = ?, orphaned = ? WHERE id = ?";

    /**
     * A claim that moved with an edit of the text before it: its words and note are the same, so
     * they stay out of the SET list — naming them fires the full-text trigger, which re-indexed every
     * moved claim on every save while a checker typed near the top of a long article.
     */
    private static final String UPDATE_PLACE = "UPDATE claim SET anchor_start = ?, anchor_end = ?, quote_prefix = ?,"
            + " quote_suffix = ?, anchor_revision_id = ?, updated_at = ?, changed_since_checked = ?, orphaned = ?"
            + " WHERE id = ?";

    private final Database db;

    ClaimRepository(Database db) {
        this.db = db;
    }

    /** Stores a claim; a non-zero id is kept (restoring a removed claim), zero gets a new one. */
    public Claim insert(Claim claim) {
        return insertAll(List.of(claim)).get(0);
    }

    /** Stores many claims in one transaction and one batch; returns them with their ids. */
    public List<Claim> insertAll(List<Claim> claims) {
        return db.transaction(connection -> {
            Dialect.IdBlock newIds = db.dialect().reserveIds(connection, "claim",
                    (int) claims.stream().filter(c -> c.id() == 0).count());
            List<Claim> stored = new ArrayList<>(claims.size());
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                for (Claim claim : claims) {
                    Claim withId = claim.id() != 0 ? claim : claim.withId(newIds.next());
                    ps.setLong(1, withId.id());
                    bindFields(ps, withId, 2);
                    ps.addBatch();
                    stored.add(withId);
                }
                ps.executeBatch();
            }
            return stored;
        });
    }

    /** Saves every field of an existing claim. Returns false if it no longer exists. */
    public boolean update(Claim claim) {
        return updateAll(List.of(claim)) == 1;
    }

    /** Saves many claims at once (anchors shifted by an edit); returns how many existed. */
    public int updateAll(List<Claim> claims) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(UPDATE)) {
                for (Claim claim : claims) {
                    int next = bindFields(ps, claim, 1);
                    ps.setLong(next, claim.id());
                    ps.addBatch();
                }
                int changed = 0;
                for (int count : ps.executeBatch()) {
                    changed += Math.max(count, 0);
                }
                return changed;
            }
        });
    }

    /** Saves where claims now are (their place and flags, not their words or note); returns how many existed. */
    public int updatePlaces(List<Claim> claims) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(UPDATE_PLACE)) {
                for (Claim claim : claims) {
                    TextAnchor anchor = claim.anchor();
                    ps.setInt(1, anchor.start());
                    ps.setInt(2, anchor.end());
                    ps.setString(3, anchor.prefix());
                    ps.setString(4, anchor.suffix());
                    SqlValues.setId(ps, 5, anchor.revisionId());
                    SqlValues.setInstant(ps, 6, claim.updated());
                    ps.setInt(7, claim.changedSinceChecked() ? 1 : 0);
                    ps.setInt(8, claim.orphaned() ? 1 : 0);
                    ps.setLong(9, claim.id());
                    ps.addBatch();
                }
                int changed = 0;
                for (int count : ps.executeBatch()) {
                    changed += Math.max(count, 0);
                }
                return changed;
            }
        });
    }

    public Optional<Claim> find(long id) {
        return query("WHERE id = ?", id).stream().findFirst();
    }

    /** The claims with these ids that exist, in no particular order (one query). */
    public List<Claim> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM claim WHERE id IN ("
                    + marks + ")")) {
                int i = 1;
                for (long id : ids) {
                    ps.setLong(i++, id);
                }
                return SqlValues.list(ps, ClaimRepository::map);
            }
        });
    }

    /** Claims of one article in text order. */
    public List<Claim> forArticle(long articleId) {
        return query("WHERE article_id = ? ORDER BY anchor_start, anchor_end, id", articleId);
    }

    /**
     * Where the claims of one article stand that still point at their words ({start, end}, not
     * orphaned), in no particular order: what hides a suggestion, without reading 2,000 claims whole
     * (detection's answers are stored while the window opens, ADR 0117).
     */
    public List<int[]> placesOf(long articleId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT anchor_start, anchor_end"
                    + " FROM claim WHERE article_id = ? AND orphaned = ?")) {
                ps.setLong(1, articleId);
                ps.setInt(2, 0);
                List<int[]> places = new java.util.ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        places.add(new int[] {rs.getInt(1), rs.getInt(2)});
                    }
                }
                return places;
            }
        });
    }

    /** A claim's words and where they came from: what tells a moved claim from a reworded one. */
    public record Words(String quote, ClaimOrigin origin) {
    }

    /**
     * The words of every claim of one article, by id, without their notes and other fields: a save
     * while a checker types compares each moved claim with them (issue 18: reading every claim whole
     * was 6 MB of garbage per save on an article with 2,000 claims).
     */
    public java.util.Map<Long, Words> wordsOf(long articleId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, quote, origin, origin_score, origin_reasons"
                    + " FROM claim WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                java.util.Map<Long, Words> words = new java.util.HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        words.put(rs.getLong(1), new Words(rs.getString(2), origin(rs)));
                    }
                }
                return words;
            }
        });
    }

    /**
     * True if {@code id} was the id of a claim of {@code articleId} that has been deleted since (by
     * another checker, or undo): no row holds it, ids are never handed out twice, and no history row
     * places it in another article. An id never given out, or one of another article, is not.
     */
    public boolean wasDeletedFrom(long articleId, long id) {
        return db.read(connection -> {
            if (id <= 0 || id > db.dialect().highestIdEverUsed(connection, "claim")) {
                return false;
            }
            try (PreparedStatement ps = connection.prepareStatement("SELECT (SELECT count(*) FROM claim WHERE id = ?)"
                    + " + (SELECT count(*) FROM history WHERE claim_id = ? AND article_id <> ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, id);
                ps.setLong(3, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) == 0;
                }
            }
        });
    }

    public boolean delete(long id) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM claim WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public long count() {
        return db.read(connection -> SqlValues.countRows(connection, "claim"));
    }

    /** Every status some claim of the workspace has, once each, in no order. */
    public List<String> statuses() {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT status FROM claim")) {
                return SqlValues.list(ps, rs -> rs.getString(1));
            }
        });
    }

    private List<Claim> query(String where, long parameter) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM claim " + where)) {
                ps.setLong(1, parameter);
                return SqlValues.list(ps, ClaimRepository::map);
            }
        });
    }

    private static int bindFields(PreparedStatement ps, Claim c, int first) throws SQLException {
        int i = first;
        TextAnchor anchor = c.anchor();
        ps.setLong(i++, c.articleId());
        ps.setInt(i++, anchor.start());
        ps.setInt(i++, anchor.end());
        ps.setString(i++, anchor.exact());
        ps.setString(i++, anchor.prefix());
        ps.setString(i++, anchor.suffix());
        SqlValues.setId(ps, i++, anchor.revisionId());
        ps.setString(i++, c.origin().kind().name());
        ps.setDouble(i++, c.origin().score());
        ps.setString(i++, StringListCodec.encode(c.origin().reasons()));
        ps.setString(i++, c.status());
        ps.setString(i++, c.note());
        ps.setString(i++, c.correction());
        ps.setString(i++, c.checker());
        SqlValues.setInstant(ps, i++, c.created());
        SqlValues.setInstant(ps, i++, c.updated());
        // 0/1 integers, as SQLite stores booleans: PostgreSQL refuses a boolean for an integer column.
        ps.setInt(i++, c.changedSinceChecked() ? 1 : 0);
        ps.setInt(i++, c.orphaned() ? 1 : 0);
        return i;
    }

    /** Reads a claim from a row holding {@link #COLUMNS} (also used by search). */
    static Claim map(ResultSet rs) throws SQLException {
        TextAnchor anchor = new TextAnchor(rs.getInt("anchor_start"), rs.getInt("anchor_end"), rs.getString("quote"),
                rs.getString("quote_prefix"), rs.getString("quote_suffix"), rs.getLong("anchor_revision_id"));
        return new Claim(rs.getLong("id"), rs.getLong("article_id"), anchor, origin(rs), rs.getString("status"),
                rs.getString("note"), rs.getString("correction"), rs.getString("checker"),
                SqlValues.instant(rs, "created_at"), SqlValues.instant(rs, "updated_at"),
                rs.getBoolean("changed_since_checked"), rs.getBoolean("orphaned"));
    }

    private static ClaimOrigin origin(ResultSet rs) throws SQLException {
        return new ClaimOrigin(ClaimOrigin.Kind.valueOf(rs.getString("origin")),
                rs.getDouble("origin_score"), StringListCodec.decode(rs.getString("origin_reasons")));
    }
}
