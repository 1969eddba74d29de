package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import org.checkbench.model.ClaimHit;
import org.checkbench.model.EvidenceHit;
import org.checkbench.model.SearchMarks;

/**
 * Full-text search over evidence (title, excerpt, outlet, URL) and claims (quote, note), ranked by
 * bm25. Accents and case do not matter ('cafe' finds 'Café', 'київ' finds 'Київ'); every word of
 * the query is also a prefix ('kyi' finds 'Kyiv'); all words must match.
 */
public final class FullTextSearch {

    // bm25 column weights: a word in the title or quote says more than one deep in an excerpt.
    // Given as FTS5's "rank" and sorted by it, FTS5 orders the matches itself, so snippet() and
    // the join run for the rows shown only, not for every match before sorting (a third of the
    // time on 50,000 entries).
    private static final String EVIDENCE_RANK = "'bm25(4.0, 1.0, 2.0, 1.0)'";
    private static final String CLAIM_RANK = "'bm25(2.0, 1.0)'";
    private static final int SNIPPET_TOKENS = 12;

    private final Database db;

    FullTextSearch(Database db) {
        this.db = db;
    }

    public List<EvidenceHit> evidence(String userQuery, int limit) {
        String match = matchFor(db, userQuery);
        if (match.isEmpty()) {
            return List.of();
        }
        String sql = db.dialect() == Dialect.POSTGRES ? PgSearchSql.evidence(prefixed("e", EvidenceRepository.COLUMNS)) : "SELECT " + prefixed("e", EvidenceRepository.COLUMNS) + ", "
                + snippet("evidence_fts") + " AS preview, evidence_fts.rank AS score"
                + " FROM evidence_fts JOIN evidence e ON e.id = evidence_fts.rowid"
                + " WHERE evidence_fts MATCH ? AND evidence_fts.rank MATCH " + EVIDENCE_RANK
                + " ORDER BY evidence_fts.rank LIMIT ?";
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                return SqlValues.list(ps, rs -> new EvidenceHit(EvidenceRepository.map(rs), rs.getString("preview"), -rs.getDouble("score")));
            }
        });
    }

    /** How many evidence entries match, for "20 of 1,525 results". */
    public long countEvidence(String userQuery) {
        String match = matchFor(db, userQuery);
        if (match.isEmpty()) {
            return 0;
        }
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(db.dialect() == Dialect.POSTGRES
                    ? PgSearchSql.countEvidence() : "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH ?")) {
                ps.setString(1, match);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    public List<ClaimHit> claims(String userQuery, int limit) {
        String match = matchFor(db, userQuery);
        if (match.isEmpty()) {
            return List.of();
        }
        String sql = db.dialect() == Dialect.POSTGRES ? PgSearchSql.claims(prefixed("c", ClaimRepository.COLUMNS)) : "SELECT " + prefixed("c", ClaimRepository.COLUMNS) + ", a.title AS article_title, "
                + snippet("claim_fts") + " AS preview, claim_fts.rank AS score"
                + " FROM claim_fts JOIN claim c ON c.id = claim_fts.rowid JOIN article a ON a.id = c.article_id"
                + " WHERE claim_fts MATCH ? AND claim_fts.rank MATCH " + CLAIM_RANK
                + " ORDER BY claim_fts.rank LIMIT ?";
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                return SqlValues.list(ps, rs -> new ClaimHit(ClaimRepository.map(rs), rs.getString("article_title"),
                                rs.getString("preview"), -rs.getDouble("score")));
            }
        });
    }

    /** What a person typed as the engine's query: FTS5's MATCH expression or a PostgreSQL tsquery. */
    static String matchFor(Database db, String userQuery) {
        return db.dialect() == Dialect.POSTGRES ? PgSearchSql.toTsQuery(words(userQuery)) : toMatchExpression(userQuery);
    }

    /**
     * Turns what a person typed into an FTS5 query: each word quoted (so punctuation and words like
     * AND, NEAR or a stray quote are just text) and made a prefix. Empty when nothing is searchable.
     */
    static String toMatchExpression(String userQuery) {
        StringBuilder match = new StringBuilder();
        for (String word : words(userQuery)) {
            match.append(match.length() == 0 ? "" : " ").append('"').append(word).append("\"*");
        }
        return match.toString();
    }

    /** The searchable words of a query, in order. */
    static List<String> words(String userQuery) {
        List<String> words = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        String text = (userQuery == null ? "" : userQuery) + " ";
        text.codePoints().forEach(codePoint -> {
            if (isWordChar(codePoint)) {
                word.appendCodePoint(codePoint);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        return words;
    }

    // What unicode61 keeps inside a token: letters, digits and combining marks. Everything else
    // (punctuation, emoji, FTS5 syntax characters) separates words, as it does in the index.
    private static boolean isWordChar(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static String snippet(String table) {
        return "snippet(" + table + ", -1, '" + SearchMarks.START + "', '" + SearchMarks.END + "', '"
                + SearchMarks.ELLIPSIS + "', " + SNIPPET_TOKENS + ")";
    }

    private static String prefixed(String alias, String columns) {
        StringBuilder result = new StringBuilder();
        for (String column : columns.split(",")) {
            result.append(result.length() == 0 ? "" : ", ").append(alias).append('.').append(column.trim());
        }
        return result.toString();
    }
}
