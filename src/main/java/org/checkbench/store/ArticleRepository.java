package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.checkbench.model.Article;
import org.checkbench.model.ArticleSummary;

/** Articles: metadata and current text. Revisions have their own repository. */
public final class ArticleRepository {

    private static final String COLUMNS = "id, title, outlet, author, url, published_date, language, scale_id,"
            + " current_text, created_at, updated_at";

    private static final String COLUMNS_BUT_TEXT = COLUMNS.replace(" current_text,", "");

    private final Database db;

    ArticleRepository(Database db) {
        this.db = db;
    }

    /** Stores a new article and returns it with its id. */
    public Article insert(Article article) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = db.dialect().prepareInsert(connection, "INSERT INTO article (" + COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                SqlValues.setId(ps, 1, article.id());
                bindFields(ps, article, 2);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return article.withId(keys.getLong(1));
                }
            }
        });
    }

    /** Saves every field of an existing article. Returns false if it no longer exists. */
    public boolean update(Article article) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE article SET title = ?, outlet = ?,"
                    + " author = ?, url = ?, published_date = ?, language = ?, scale_id = ?, current_text = ?,"
                    + " created_at = ?, updated_at = ? WHERE id = ?")) {
                int next = bindFields(ps, article, 1);
                ps.setLong(next, article.id());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Saves just the text, the frequent case while the checker edits. */
    public boolean updateText(long articleId, String text, Instant updated) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE article SET current_text = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, text);
                SqlValues.setInstant(ps, 2, updated);
                ps.setLong(3, articleId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Saves just the text, given as its UTF-8 bytes ({@link org.checkbench.model.text.Utf8Text}): a
     * save while a checker types encodes the text once, for this write and the typing journal's hash,
     * instead of the driver encoding a 1 MB article again into a 3 MB buffer (ADR 0157).
     */
    public boolean updateText(long articleId, byte[] utf8Text, Instant updated) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE article SET current_text = " + db.dialect().textFromUtf8() + ", updated_at = ? WHERE id = ?")) {
                ps.setBytes(1, utf8Text);
                SqlValues.setInstant(ps, 2, updated);
                ps.setLong(3, articleId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public Optional<Article> find(long id) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The article's other fields as stored, with {@code text} as its current text: a save, which is
     * about to store {@code text}, does not read the stored text back (issue 18: on a 1 MB article
     * that was 5 MB of garbage per save, every 600 ms while a checker types).
     */
    public Optional<Article> findWithText(long id, String text) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS_BUT_TEXT
                    + " FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs, text)) : Optional.empty();
                }
            }
        });
    }

    /** Every article, most recently changed first, without their texts. */
    public List<ArticleSummary> list() {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT a.id, a.title, a.outlet, a.updated_at,"
                    + " (SELECT count(*) FROM claim c WHERE c.article_id = a.id) AS claims,"
                    + " (SELECT count(*) FROM revision r WHERE r.article_id = a.id) AS revisions"
                    + " FROM article a ORDER BY a.updated_at DESC, a.id DESC")) {
                return SqlValues.list(ps, rs -> new ArticleSummary(rs.getLong("id"), rs.getString("title"),
                        rs.getString("outlet"), SqlValues.instant(rs, "updated_at"), rs.getInt("claims"),
                        rs.getInt("revisions")));
            }
        });
    }

    /** Deletes an article with its revisions, claims, links and history. */
    public boolean delete(long id) {
        return db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public long count() {
        return db.read(connection -> SqlValues.countRows(connection, "article"));
    }

    private static int bindFields(PreparedStatement ps, Article a, int first) throws SQLException {
        int i = first;
        ps.setString(i++, a.title());
        SqlValues.setText(ps, i++, a.outlet());
        SqlValues.setText(ps, i++, a.author());
        SqlValues.setText(ps, i++, a.url());
        SqlValues.setDate(ps, i++, a.publishedDate());
        SqlValues.setText(ps, i++, a.language());
        ps.setString(i++, a.scaleId());
        ps.setString(i++, a.currentText());
        SqlValues.setInstant(ps, i++, a.created());
        SqlValues.setInstant(ps, i++, a.updated());
        return i;
    }

    private static Article map(ResultSet rs) throws SQLException {
        return map(rs, rs.getString("current_text"));
    }

    private static Article map(ResultSet rs, String currentText) throws SQLException {
        return new Article(rs.getLong("id"), rs.getString("title"), rs.getString("outlet"), rs.getString("author"),
                rs.getString("url"), SqlValues.date(rs, "published_date"), rs.getString("language"),
                rs.getString("scale_id"), currentText,
                SqlValues.instant(rs, "created_at"), SqlValues.instant(rs, "updated_at"));
    }
}
