package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.EvidenceUse;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Stance;

/** Links between claims and evidence, ordered per claim. */
public final class ClaimEvidenceRepository {

    private static final String COLUMNS = "claim_id, evidence_id, stance, note, locator, position";

    private final Database db;

    ClaimEvidenceRepository(Database db) {
        this.db = db;
    }

    /** Adds a link at the end of the claim's list (its position is ignored) and returns it as stored. */
    public ClaimEvidence append(ClaimEvidence link) {
        return db.transaction(connection -> {
            int position;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT coalesce(max(position), -1) + 1 FROM claim_evidence WHERE claim_id = ?")) {
                ps.setLong(1, link.claimId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    position = rs.getInt(1);
                }
            }
            ClaimEvidence positioned = link.withPosition(position);
            insertAll(List.of(positioned));
            return positioned;
        });
    }

    /** Stores links exactly as given, positions included (restoring, bulk import). */
    public void insertAll(List<ClaimEvidence> links) {
        db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO claim_evidence (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                for (ClaimEvidence link : links) {
                    ps.setLong(1, link.claimId());
                    ps.setLong(2, link.evidenceId());
                    ps.setString(3, link.stance().name());
                    ps.setString(4, link.note());
                    ps.setString(5, link.locator());
                    ps.setInt(6, link.position());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Saves stance, note, locator and position of an existing link. */
    public boolean update(ClaimEvidence link) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE claim_evidence SET stance = ?, note = ?,"
                    + " locator = ?, position = ? WHERE claim_id = ? AND evidence_id = ?")) {
                ps.setString(1, link.stance().name());
                ps.setString(2, link.note());
                ps.setString(3, link.locator());
                ps.setInt(4, link.position());
                ps.setLong(5, link.claimId());
                ps.setLong(6, link.evidenceId());
                return ps.executeUpdate() == 1;
            }
        });
    }

    public boolean unlink(long claimId, long evidenceId) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "DELETE FROM claim_evidence WHERE claim_id = ? AND evidence_id = ?")) {
                ps.setLong(1, claimId);
                ps.setLong(2, evidenceId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Puts a claim's evidence in the given order (after a drag), in one transaction. */
    public void reorder(long claimId, List<Long> evidenceIdsInOrder) {
        db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE claim_evidence SET position = ? WHERE claim_id = ? AND evidence_id = ?")) {
                for (int i = 0; i < evidenceIdsInOrder.size(); i++) {
                    ps.setInt(1, i);
                    ps.setLong(2, claimId);
                    ps.setLong(3, evidenceIdsInOrder.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Moves an entry's links to another entry (merging duplicates). A claim already linked to the
     * target keeps that link; its link to {@code fromEvidenceId} stays behind and goes with it.
     *
     * @return how many links moved
     */
    public int moveLinks(long fromEvidenceId, long toEvidenceId) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE claim_evidence SET evidence_id = ?"
                    + " WHERE evidence_id = ? AND claim_id NOT IN"
                    + " (SELECT claim_id FROM claim_evidence WHERE evidence_id = ?)")) {
                ps.setLong(1, toEvidenceId);
                ps.setLong(2, fromEvidenceId);
                ps.setLong(3, toEvidenceId);
                return ps.executeUpdate();
            }
        });
    }

    /** Where an entry is used: each claim with its article, articles by title, claims in text order. */
    public List<EvidenceUse> usesOf(long evidenceId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT a.id, a.title, c.id, c.quote, l.stance"
                    + " FROM claim_evidence l JOIN claim c ON c.id = l.claim_id JOIN article a ON a.id = c.article_id"
                    + " WHERE l.evidence_id = ? ORDER BY a.title, a.id, c.anchor_start, c.id")) {
                ps.setLong(1, evidenceId);
                return SqlValues.list(ps, rs -> new EvidenceUse(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                                Stance.valueOf(rs.getString(5))));
            }
        });
    }

    /** A claim's links in their order. */
    public List<ClaimEvidence> forClaim(long claimId) {
        return query("SELECT " + COLUMNS + " FROM claim_evidence WHERE claim_id = ? ORDER BY position, evidence_id", claimId);
    }

    /** Every claim an evidence entry backs: "where have we used this source?" */
    public List<ClaimEvidence> forEvidence(long evidenceId) {
        return query("SELECT " + COLUMNS + " FROM claim_evidence WHERE evidence_id = ? ORDER BY claim_id", evidenceId);
    }

    /** How many evidence entries each claim of an article has; claims without any are absent. */
    public java.util.Map<Long, Integer> countsForArticle(long articleId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT l.claim_id, count(*) FROM claim_evidence l"
                    + " JOIN claim c ON c.id = l.claim_id WHERE c.article_id = ? GROUP BY l.claim_id")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
                    while (rs.next()) {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    }
                    return counts;
                }
            }
        });
    }

    /** A claim's evidence with the link details, in order, in one query. */
    public List<LinkedEvidence> evidenceOfClaim(long claimId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT l.claim_id, l.evidence_id, l.stance,"
                    + " l.note AS link_note, l.locator AS link_locator, l.position, e.*"
                    + " FROM claim_evidence l JOIN evidence e ON e.id = l.evidence_id"
                    + " WHERE l.claim_id = ? ORDER BY l.position, l.evidence_id")) {
                ps.setLong(1, claimId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<LinkedEvidence> result = new ArrayList<>();
                    while (rs.next()) {
                        ClaimEvidence link = new ClaimEvidence(rs.getLong("claim_id"), rs.getLong("evidence_id"),
                                Stance.valueOf(rs.getString("stance")), rs.getString("link_note"),
                                rs.getString("link_locator"), rs.getInt("position"));
                        result.add(new LinkedEvidence(link, EvidenceRepository.map(rs)));
                    }
                    return result;
                }
            }
        });
    }

    private List<ClaimEvidence> query(String sql, long parameter) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setLong(1, parameter);
                return SqlValues.list(ps, ClaimEvidenceRepository::map);
            }
        });
    }

    private static ClaimEvidence map(ResultSet rs) throws SQLException {
        return new ClaimEvidence(rs.getLong("claim_id"), rs.getLong("evidence_id"), Stance.valueOf(rs.getString("stance")),
                rs.getString("note"), rs.getString("locator"), rs.getInt("position"));
    }
}
