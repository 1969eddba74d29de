package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;

/** The workspace's library of sources. */
public final class EvidenceRepository {

    static final String COLUMNS = "id, title, url, archived_url, outlet, author, published_date, accessed_date, kind,"
            + " excerpt, locator, reliability_note, created_at, updated_at";

    private final Database db;

    EvidenceRepository(Database db) {
        this.db = db;
    }

    /** Stores one entry; a non-zero id is kept (restoring a removed entry). */
    public Evidence insert(Evidence evidence) {
        return insertAll(List.of(evidence)).get(0);
    }

    /** Stores many entries in one transaction and one batch; returns them with their ids. */
    public List<Evidence> insertAll(List<Evidence> entries) {
        return db.transaction(connection -> {
            Dialect.IdBlock newIds = db.dialect().reserveIds(connection, "evidence", (int) entries.stream().filter(e -> e.id() == 0).count());
            List<Evidence> stored = new ArrayList<>(entries.size());
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO evidence (" + COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Evidence entry : entries) {
                    Evidence withId = entry.id() != 0 ? entry : entry.withId(newIds.next());
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

    public boolean update(Evidence evidence) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE evidence SET title = ?, url = ?,"
                    + " archived_url = ?, outlet = ?, author = ?, published_date = ?, accessed_date = ?, kind = ?,"
                    + " excerpt = ?, locator = ?, reliability_note = ?, created_at = ?, updated_at = ? WHERE id = ?")) {
                int next = bindFields(ps, evidence, 1);
                ps.setLong(next, evidence.id());
                return ps.executeUpdate() == 1;
            }
        });
    }

    public Optional<Evidence> find(long id) {
        return query("WHERE id = ?", id).stream().findFirst();
    }

    /** Entries with exactly this URL or archived URL: "have we used this source before?" */
    public List<Evidence> findByUrl(String url) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM evidence"
                    + " WHERE url = ? OR archived_url = ? ORDER BY id")) {
                ps.setString(1, url);
                ps.setString(2, url);
                return SqlValues.list(ps, EvidenceRepository::map);
            }
        });
    }

    /**
     * Entries with the same title and outlet, ignoring case and surrounding spaces (both without an
     * outlet counts as the same outlet): likely the same source entered twice.
     */
    public List<Evidence> findByTitleAndOutlet(String title, String outlet) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM evidence"
                    + " WHERE lower(trim(title)) = lower(trim(?)) AND lower(trim(coalesce(outlet, '')))"
                    + " = lower(trim(coalesce(?, ''))) ORDER BY id")) {
                ps.setString(1, title);
                ps.setString(2, outlet);
                return SqlValues.list(ps, EvidenceRepository::map);
            }
        });
    }

    /** A page of the library, newest first. */
    public List<Evidence> list(int offset, int limit) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM evidence"
                    + " ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                return SqlValues.list(ps, EvidenceRepository::map);
            }
        });
    }

    /** Deletes an entry with its attachments and its links to claims. */
    public boolean delete(long id) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM evidence WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public long count() {
        return db.read(connection -> SqlValues.countRows(connection, "evidence"));
    }

    private List<Evidence> query(String where, long parameter) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM evidence " + where)) {
                ps.setLong(1, parameter);
                return SqlValues.list(ps, EvidenceRepository::map);
            }
        });
    }

    private static int bindFields(PreparedStatement ps, Evidence e, int first) throws SQLException {
        int i = first;
        ps.setString(i++, e.title());
        SqlValues.setText(ps, i++, e.url());
        SqlValues.setText(ps, i++, e.archivedUrl());
        SqlValues.setText(ps, i++, e.outlet());
        SqlValues.setText(ps, i++, e.author());
        SqlValues.setPartialDate(ps, i++, e.published());
        SqlValues.setPartialDate(ps, i++, e.accessed());
        ps.setString(i++, e.kind().name());
        SqlValues.setText(ps, i++, e.excerpt());
        SqlValues.setText(ps, i++, e.locator());
        SqlValues.setText(ps, i++, e.reliabilityNote());
        SqlValues.setInstant(ps, i++, e.created());
        SqlValues.setInstant(ps, i++, e.updated());
        return i;
    }

    /** Reads an entry from a row holding {@link #COLUMNS} (also used by search and links). */
    static Evidence map(ResultSet rs) throws SQLException {
        return new Evidence(rs.getLong("id"), rs.getString("title"), rs.getString("url"), rs.getString("archived_url"),
                rs.getString("outlet"), rs.getString("author"), SqlValues.partialDate(rs, "published_date"),
                SqlValues.partialDate(rs, "accessed_date"), kind(rs.getString("kind")), rs.getString("excerpt"),
                rs.getString("locator"), rs.getString("reliability_note"),
                SqlValues.instant(rs, "created_at"), SqlValues.instant(rs, "updated_at"));
    }

    // A kind added by a newer version shows as OTHER rather than failing the whole list.
    private static EvidenceKind kind(String name) {
        try {
            return EvidenceKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return EvidenceKind.OTHER;
        }
    }
}
