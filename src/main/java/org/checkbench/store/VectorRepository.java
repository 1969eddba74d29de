package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Sentence vectors of claims and fact-checks, each with the model that made it and the words it was
 * made from (docs/decisions/0091). What needs a vector is found by comparing both with the current
 * model and words, so a new model or an edited quote is computed again. A fact-check has two
 * texts, its claim and its headline; both are embedded together, so they are always of one model.
 */
public final class VectorRepository {

    /** The kind of owner a document of the matcher is. */
    public enum OwnerKind { CLAIM, FACT_CHECK }

    /** A document to embed: its owner and words (headline null for a claim or where there is none). */
    public record TextToEmbed(OwnerKind kind, long ownerId, String text, String headline) {
    }

    /** A stored document with its vectors as stored bytes (headline ones null where there is none). */
    public record StoredVectors(OwnerKind kind, long ownerId, String text, String headline, byte[] vector,
                                byte[] headlineVector) {
    }

    private static final String KIND_CLAIM = "CLAIM";
    private static final String KIND_FACT_CHECK = "FACT_CHECK";
    private static final String KIND_HEADLINE = "FACT_CHECK_HEADLINE";

    private static final String CLAIMS = " FROM claim c LEFT JOIN text_vector v"
            + " ON v.owner_kind = 'CLAIM' AND v.owner_id = c.id AND v.model = ? AND v.text = c.quote";
    private static final String FACT_CHECKS = " FROM fact_check f"
            + " LEFT JOIN text_vector v ON v.owner_kind = 'FACT_CHECK' AND v.owner_id = f.id AND v.model = ?"
            + " AND v.text = f.claim"
            + " LEFT JOIN text_vector h ON h.owner_kind = 'FACT_CHECK_HEADLINE' AND h.owner_id = f.id AND h.model = ?"
            + " AND h.text = f.headline";
    private static final String FACT_CHECK_STALE = " WHERE v.owner_id IS NULL"
            + " OR (coalesce(f.headline, '') <> '' AND h.owner_id IS NULL)";
    private static final String FACT_CHECK_CURRENT = " WHERE v.owner_id IS NOT NULL"
            + " AND (coalesce(f.headline, '') = '' OR h.owner_id IS NOT NULL)";

    /** The model's name appears once in {@link #CLAIMS} and twice in {@link #FACT_CHECKS}. */
    private static final int MODEL_MARKS = 3;

    private final Database db;

    VectorRepository(Database db) {
        this.db = db;
    }

    /**
     * Documents whose vectors are missing, from another model or made from other words, up to
     * {@code limit}. Model and words are compared in SQL, so the check reads no vector.
     */
    public List<TextToEmbed> stale(String model, int limit) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT * FROM (SELECT 'CLAIM' AS kind, c.id AS id, c.quote AS text, NULL AS headline" + CLAIMS
                    + " WHERE v.owner_id IS NULL"
                    + " UNION ALL SELECT 'FACT_CHECK', f.id, f.claim, nullif(f.headline, '')" + FACT_CHECKS
                    + FACT_CHECK_STALE + ") AS stale ORDER BY kind, id LIMIT ?")) {
                bindModel(ps, model);
                ps.setInt(MODEL_MARKS + 1, limit);
                return SqlValues.list(ps, rs -> new TextToEmbed(OwnerKind.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getString(3), rs.getString(4)));
            }
        });
    }

    /** How many documents need vectors (for the progress bar). */
    public int countStale(String model) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT (SELECT count(*)" + CLAIMS
                    + " WHERE v.owner_id IS NULL) + (SELECT count(*)" + FACT_CHECKS + FACT_CHECK_STALE + ")")) {
                bindModel(ps, model);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /**
     * Stores the vectors of documents, replacing older ones, in one transaction. {@code headlineVectors}
     * holds null where a document has no headline.
     */
    public void putAll(String model, List<TextToEmbed> documents, List<byte[]> vectors, List<byte[]> headlineVectors) {
        db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO text_vector"
                    + " (owner_kind, owner_id, model, text, vector) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (owner_kind, owner_id) DO UPDATE SET model = excluded.model, text = excluded.text,"
                    + " vector = excluded.vector")) {
                for (int i = 0; i < documents.size(); i++) {
                    TextToEmbed document = documents.get(i);
                    boolean claim = document.kind() == OwnerKind.CLAIM;
                    add(ps, claim ? KIND_CLAIM : KIND_FACT_CHECK, document.ownerId(), model, document.text(), vectors.get(i));
                    if (document.headline() != null) {
                        add(ps, KIND_HEADLINE, document.ownerId(), model, document.headline(), headlineVectors.get(i));
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static void add(PreparedStatement ps, String kind, long owner, String model, String text, byte[] vector)
            throws SQLException {
        ps.setString(1, kind);
        ps.setLong(2, owner);
        ps.setString(3, model);
        ps.setString(4, text);
        ps.setBytes(5, vector);
        ps.addBatch();
    }

    // Plain "?" marks bound one by one: PostgreSQL's driver knows no numbered "?1" marks.
    private static void bindModel(PreparedStatement ps, String model) throws SQLException {
        for (int i = 1; i <= MODEL_MARKS; i++) {
            ps.setString(i, model);
        }
    }

    /** Every document whose vectors are current for the model, with them. */
    public List<StoredVectors> current(String model) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT 'CLAIM', c.id, c.quote, NULL, v.vector, NULL" + CLAIMS + " WHERE v.owner_id IS NOT NULL"
                    + " UNION ALL SELECT 'FACT_CHECK', f.id, f.claim, nullif(f.headline, ''), v.vector, h.vector"
                    + FACT_CHECKS + FACT_CHECK_CURRENT)) {
                bindModel(ps, model);
                return SqlValues.list(ps, rs -> new StoredVectors(OwnerKind.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getBytes(5), rs.getBytes(6)));
            }
        });
    }

    /**
     * The stored vectors of these claims made by the model, with the words each was made from (the
     * caller compares them with the claim's words now). Claims without one are left out.
     */
    public List<StoredVectors> ofClaims(String model, List<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        return db.read(connection -> {
            String marks = String.join(", ", java.util.Collections.nCopies(claimIds.size(), "?"));
            try (PreparedStatement ps = connection.prepareStatement("SELECT owner_id, text, vector FROM text_vector"
                    + " WHERE owner_kind = 'CLAIM' AND model = ? AND owner_id IN (" + marks + ")")) {
                ps.setString(1, model);
                for (int i = 0; i < claimIds.size(); i++) {
                    ps.setLong(i + 2, claimIds.get(i));
                }
                return SqlValues.list(ps, rs -> new StoredVectors(OwnerKind.CLAIM, rs.getLong(1), rs.getString(2), null,
                        rs.getBytes(3), null));
            }
        });
    }

    /** Drops vectors whose owner is gone or which another model made; returns how many. */
    public int dropUnused(String model) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM text_vector WHERE model <> ?"
                    + " OR (owner_kind = 'CLAIM' AND owner_id NOT IN (SELECT id FROM claim))"
                    + " OR (owner_kind <> 'CLAIM' AND owner_id NOT IN (SELECT id FROM fact_check))")) {
                ps.setString(1, model);
                return ps.executeUpdate();
            }
        });
    }

    /** Stored vectors of any model (two for a fact-check with a headline). */
    public long count() {
        return db.read(connection -> SqlValues.countRows(connection, "text_vector"));
    }
}
