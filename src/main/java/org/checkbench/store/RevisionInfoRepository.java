package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.checkbench.model.RevisionInfo;

/** Who made each revision, how many words it changed, and which one it restored. Written once per revision. */
public final class RevisionInfoRepository {

    private final Database db;

    RevisionInfoRepository(Database db) {
        this.db = db;
    }

    public void add(long revisionId, String importedBy, int wordsAdded, int wordsRemoved, Integer restoredFrom) {
        db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO revision_info"
                    + " (revision_id, imported_by, words_added, words_removed, restored_from) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, revisionId);
                ps.setString(2, importedBy == null ? "" : importedBy);
                ps.setInt(3, wordsAdded);
                ps.setInt(4, wordsRemoved);
                if (restoredFrom == null) {
                    ps.setNull(5, java.sql.Types.INTEGER);
                } else {
                    ps.setInt(5, restoredFrom);
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * An article's revisions, oldest first, with what is recorded about them. A revision from
     * before format 4 has no record: its entry has -1 words added and removed (the caller counts
     * them) and no importer.
     */
    public List<RevisionInfo> forArticle(long articleId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT r.id, r.number, r.created_at, r.note,"
                    + " i.imported_by, i.words_added, i.words_removed, i.restored_from FROM revision r"
                    + " LEFT JOIN revision_info i ON i.revision_id = r.id WHERE r.article_id = ? ORDER BY r.number")) {
                ps.setLong(1, articleId);
                return SqlValues.list(ps, RevisionInfoRepository::map);
            }
        });
    }

    /** Whether {@link #forArticle} left a revision's word counts for the caller to count. */
    public static boolean countsMissing(RevisionInfo info) {
        return info.wordsAdded() < 0;
    }

    private static RevisionInfo map(ResultSet rs) throws SQLException {
        int added = rs.getInt("words_added");
        boolean recorded = !rs.wasNull();
        int removed = rs.getInt("words_removed");
        int restored = rs.getInt("restored_from");
        Integer restoredFrom = rs.wasNull() ? null : restored;
        return new RevisionInfo(rs.getLong("id"), rs.getInt("number"), SqlValues.instant(rs, "created_at"),
                rs.getString("note"), rs.getString("imported_by"), recorded ? added : -1, recorded ? removed : -1,
                restoredFrom);
    }
}
