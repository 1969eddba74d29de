package org.checkbench.store;

import java.util.List;

import org.checkbench.model.SearchMarks;

/**
 * Full-text search on a server (ADR 0120): each row's words, without accents and lower-cased
 * ({@code checkbench_unaccent}, {@code simple} configuration), in a {@code tsvector} column with a
 * GIN index; every word of the query is a prefix and all must match, as with FTS5. The score is
 * {@code ts_rank} negated, so callers sort and negate it as they do bm25's.
 */
final class PgSearchSql {

    private static final String QUERY = "to_tsquery('simple', checkbench_unaccent(?))";
    private static final String HEADLINE_OPTIONS = "'StartSel=" + SearchMarks.START + ", StopSel=" + SearchMarks.END
            + ", FragmentDelimiter=" + SearchMarks.ELLIPSIS + ", MaxWords=12, MinWords=4, MaxFragments=1'";

    private PgSearchSql() {
    }

    /** The words of a query as a tsquery: {@code 'word':* & 'other':*}; empty when nothing is searchable. */
    static String toTsQuery(List<String> words) {
        StringBuilder query = new StringBuilder();
        for (String word : words) {
            query.append(query.length() == 0 ? "" : " & ").append('\'').append(word).append("':*");
        }
        return query.toString();
    }

    static String evidence(String columns) {
        return "SELECT " + columns + ", ts_headline('simple', concat_ws(' ', e.title, e.excerpt, e.outlet, e.url), q, "
                + HEADLINE_OPTIONS + ") AS preview, -ts_rank(e.search_tsv, q) AS score"
                + " FROM evidence e, " + QUERY + " q WHERE e.search_tsv @@ q ORDER BY score, e.id LIMIT ?";
    }

    static String countEvidence() {
        return "SELECT count(*) FROM evidence e WHERE e.search_tsv @@ " + QUERY;
    }

    static String claims(String columns) {
        return "SELECT " + columns + ", a.title AS article_title, ts_headline('simple', concat_ws(' ', c.quote, c.note), q, "
                + HEADLINE_OPTIONS + ") AS preview, -ts_rank(c.search_tsv, q) AS score"
                + " FROM claim c JOIN article a ON a.id = c.article_id, " + QUERY + " q"
                + " WHERE c.search_tsv @@ q ORDER BY score, c.id LIMIT ?";
    }

    static String factChecks(String columns) {
        return "SELECT " + columns + " FROM fact_check f, " + QUERY + " q WHERE f.search_tsv @@ q"
                + " ORDER BY ts_rank(f.search_tsv, q) DESC, f.id LIMIT ?";
    }
}
