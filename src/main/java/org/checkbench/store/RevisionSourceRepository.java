package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

import org.checkbench.model.RevisionSource;

/** The files revisions were imported from (format 3). */
public final class RevisionSourceRepository {

    private final Database db;

    RevisionSourceRepository(Database db) {
        this.db = db;
    }

    /** Stores the file a revision came from; the checksum is computed here. */
    public RevisionSource add(long revisionId, String fileName, String format, String mediaType, byte[] content,
                              List<String> notices) {
        RevisionSource source = new RevisionSource(revisionId, fileName, format, mediaType, content.length,
                AttachmentRepository.sha256(content), notices);
        db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO revision_source (revision_id,"
                    + " file_name, format, media_type, size, sha256, notices, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, revisionId);
                ps.setString(2, fileName);
                ps.setString(3, format);
                ps.setString(4, mediaType);
                ps.setLong(5, content.length);
                ps.setString(6, source.sha256());
                ps.setString(7, StringListCodec.encode(notices));
                ps.setBytes(8, content);
                ps.executeUpdate();
            }
            return null;
        });
        return source;
    }

    public Optional<RevisionSource> find(long revisionId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT revision_id, file_name, format, media_type,"
                    + " size, sha256, notices FROM revision_source WHERE revision_id = ?")) {
                ps.setLong(1, revisionId);
                return SqlValues.list(ps, rs -> new RevisionSource(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), StringListCodec.decode(rs.getString(7))))
                        .stream().findFirst();
            }
        });
    }

    public Optional<byte[]> content(long revisionId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT content FROM revision_source WHERE revision_id = ?")) {
                ps.setLong(1, revisionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }
}
