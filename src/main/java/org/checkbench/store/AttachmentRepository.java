package org.checkbench.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.checkbench.model.Attachment;

/** Files attached to evidence, kept inside the workspace database (ADR 0012). */
public final class AttachmentRepository {

    /** Larger files belong in a document system with a link in the evidence entry (ADR 0012). */
    public static final long MAX_SIZE_BYTES = 50L * 1024 * 1024;

    private final Database db;

    AttachmentRepository(Database db) {
        this.db = db;
    }

    public Attachment add(long evidenceId, String fileName, String mediaType, byte[] content, Instant added) {
        if (content.length > MAX_SIZE_BYTES) {
            throw new IllegalArgumentException(fileName + " is " + content.length / (1024 * 1024)
                    + " MB; attachments can be at most " + MAX_SIZE_BYTES / (1024 * 1024) + " MB.");
        }
        String sha256 = sha256(content);
        return db.transaction(connection -> {
            long id;
            try (PreparedStatement ps = db.dialect().prepareInsert(connection, "INSERT INTO attachment"
                    + " (evidence_id, file_name, media_type, size, sha256, added_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, evidenceId);
                ps.setString(2, fileName);
                ps.setString(3, mediaType);
                ps.setLong(4, content.length);
                ps.setString(5, sha256);
                SqlValues.setInstant(ps, 6, added);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)")) {
                ps.setLong(1, id);
                ps.setBytes(2, content);
                ps.executeUpdate();
            }
            return new Attachment(id, evidenceId, fileName, mediaType, content.length, sha256, added);
        });
    }

    /** Descriptions of an entry's files, without their bytes. */
    public List<Attachment> forEvidence(long evidenceId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, evidence_id, file_name, media_type,"
                    + " size, sha256, added_at FROM attachment WHERE evidence_id = ? ORDER BY id")) {
                ps.setLong(1, evidenceId);
                return SqlValues.list(ps, rs -> new Attachment(rs.getLong("id"), rs.getLong("evidence_id"), rs.getString("file_name"),
                                rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256"),
                                SqlValues.instant(rs, "added_at")));
            }
        });
    }

    public Optional<byte[]> content(long attachmentId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT content FROM attachment_content WHERE attachment_id = ?")) {
                ps.setLong(1, attachmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /** Moves every file of one entry to another (merging duplicates); returns how many moved. */
    public int moveAll(long fromEvidenceId, long toEvidenceId) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE attachment SET evidence_id = ? WHERE evidence_id = ?")) {
                ps.setLong(1, toEvidenceId);
                ps.setLong(2, fromEvidenceId);
                return ps.executeUpdate();
            }
        });
    }

    public boolean delete(long attachmentId) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM attachment WHERE id = ?")) {
                ps.setLong(1, attachmentId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
