package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** Which bundled articles a workspace already holds (format 3), by the bundle's key for each. */
public final class BundleImportRepository {

    private final Database db;

    BundleImportRepository(Database db) {
        this.db = db;
    }

    /** The article imported under {@code bundleKey}, if it is still in the workspace. */
    public Optional<Long> articleFor(String bundleKey) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT article_id FROM bundle_import WHERE bundle_key = ?")) {
                ps.setString(1, bundleKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    public void record(String bundleKey, long articleId, Instant at) {
        db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO bundle_import (bundle_key, article_id, imported_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT (bundle_key) DO UPDATE SET article_id = excluded.article_id,"
                            + " imported_at = excluded.imported_at")) {
                ps.setString(1, bundleKey);
                ps.setLong(2, articleId);
                SqlValues.setInstant(ps, 3, at);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
