package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;

import org.checkbench.model.FactCheckPublication;
import org.checkbench.model.TextChoices;

/**
 * Per-article details added in format 3: where the fact-check is published, and the checker's
 * answers about hard-wrapped text. One row per article at most, in each table.
 */
public final class PublicationRepository {

    private final Database db;

    PublicationRepository(Database db) {
        this.db = db;
    }

    public void save(FactCheckPublication p) {
        db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(p.isEmpty()
                    ? "DELETE FROM fact_check_publication WHERE article_id = ?"
                    : "INSERT INTO fact_check_publication (article_id, organisation, organisation_url,"
                            + " fact_check_url, date_published) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT (article_id) DO UPDATE SET organisation = excluded.organisation,"
                            + " organisation_url = excluded.organisation_url, fact_check_url = excluded.fact_check_url,"
                            + " date_published = excluded.date_published")) {
                ps.setLong(1, p.articleId());
                if (!p.isEmpty()) {
                    SqlValues.setText(ps, 2, p.organisation());
                    SqlValues.setText(ps, 3, p.organisationUrl());
                    SqlValues.setText(ps, 4, p.factCheckUrl());
                    SqlValues.setDate(ps, 5, p.datePublished());
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    public FactCheckPublication find(long articleId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT organisation, organisation_url,"
                    + " fact_check_url, date_published FROM fact_check_publication WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new FactCheckPublication(articleId, rs.getString(1), rs.getString(2),
                            rs.getString(3), SqlValues.date(rs, "date_published")) : FactCheckPublication.none(articleId);
                }
            }
        });
    }

    public void save(TextChoices choices) {
        db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO article_text_choice"
                    + " (article_id, join_lines, drop_repeated_lines) VALUES (?, ?, ?)"
                    + " ON CONFLICT (article_id) DO UPDATE SET join_lines = excluded.join_lines,"
                    + " drop_repeated_lines = excluded.drop_repeated_lines")) {
                ps.setLong(1, choices.articleId());
                setFlag(ps, 2, choices.joinLines());
                setFlag(ps, 3, choices.dropRepeatedLines());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public TextChoices textChoices(long articleId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT join_lines, drop_repeated_lines FROM article_text_choice WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return TextChoices.none(articleId);
                    }
                    return new TextChoices(articleId, flag(rs, 1), flag(rs, 2));
                }
            }
        });
    }

    private static void setFlag(PreparedStatement ps, int index, Boolean value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value ? 1 : 0);
        }
    }

    private static Boolean flag(ResultSet rs, int column) throws java.sql.SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value != 0;
    }
}
