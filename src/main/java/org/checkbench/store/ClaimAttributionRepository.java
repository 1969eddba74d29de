package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.checkbench.model.ClaimAttribution;

/** Who made each claim, when and where (format 3); a claim without a row has none of it. */
public final class ClaimAttributionRepository {

    private final Database db;

    ClaimAttributionRepository(Database db) {
        this.db = db;
    }

    /** Saves a claim's attribution; an empty one removes the row. */
    public void save(ClaimAttribution attribution) {
        saveAll(List.of(attribution));
    }

    public void saveAll(List<ClaimAttribution> attributions) {
        db.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM claim_attribution WHERE claim_id = ?");
                 PreparedStatement upsert = connection.prepareStatement("INSERT INTO claim_attribution"
                         + " (claim_id, claimant, claimant_kind, claim_date, appearance_url) VALUES (?, ?, ?, ?, ?)"
                         + " ON CONFLICT (claim_id) DO UPDATE SET claimant = excluded.claimant,"
                         + " claimant_kind = excluded.claimant_kind, claim_date = excluded.claim_date,"
                         + " appearance_url = excluded.appearance_url")) {
                for (ClaimAttribution a : attributions) {
                    if (a.isEmpty()) {
                        delete.setLong(1, a.claimId());
                        delete.addBatch();
                    } else {
                        upsert.setLong(1, a.claimId());
                        SqlValues.setText(upsert, 2, a.claimant());
                        upsert.setString(3, a.claimantKind().name());
                        SqlValues.setDate(upsert, 4, a.claimDate());
                        SqlValues.setText(upsert, 5, a.appearanceUrl());
                        upsert.addBatch();
                    }
                }
                delete.executeBatch();
                upsert.executeBatch();
            }
            return null;
        });
    }

    /** The claim's attribution, or an empty one. */
    public ClaimAttribution find(long claimId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT claim_id, claimant, claimant_kind, claim_date, appearance_url FROM claim_attribution"
                            + " WHERE claim_id = ?")) {
                ps.setLong(1, claimId);
                return SqlValues.list(ps, ClaimAttributionRepository::map).stream().findFirst()
                        .orElse(ClaimAttribution.none(claimId));
            }
        });
    }

    /** Attributions of an article's claims by claim id; claims without one are absent. */
    public Map<Long, ClaimAttribution> forArticle(long articleId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT a.claim_id, a.claimant, a.claimant_kind, a.claim_date, a.appearance_url"
                            + " FROM claim_attribution a JOIN claim c ON c.id = a.claim_id WHERE c.article_id = ?")) {
                ps.setLong(1, articleId);
                Map<Long, ClaimAttribution> result = new HashMap<>();
                for (ClaimAttribution a : SqlValues.list(ps, ClaimAttributionRepository::map)) {
                    result.put(a.claimId(), a);
                }
                return result;
            }
        });
    }

    private static ClaimAttribution map(ResultSet rs) throws SQLException {
        ClaimAttribution.ClaimantKind kind;
        try {
            kind = ClaimAttribution.ClaimantKind.valueOf(rs.getString(3));
        } catch (IllegalArgumentException e) {
            kind = ClaimAttribution.ClaimantKind.PERSON;
        }
        return new ClaimAttribution(rs.getLong(1), rs.getString(2), kind, SqlValues.date(rs, "claim_date"),
                rs.getString(5));
    }
}
