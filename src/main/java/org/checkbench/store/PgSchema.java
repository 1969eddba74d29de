package org.checkbench.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workspace schema on PostgreSQL: each numbered SQLite migration, read by the same few rules
 * into PostgreSQL's types, plus what only a server has (ADR 0120). Format N on a server holds the
 * same tables and columns as format N in a file, so one set of repositories serves both.
 * <ul>
 * <li>{@code INTEGER} is {@code BIGINT} (times are epoch milliseconds), {@code REAL} is
 * {@code DOUBLE PRECISION}, {@code BLOB} is {@code BYTEA}; {@code WITHOUT ROWID} is dropped.</li>
 * <li>A table with an {@code id} key gets a sequence, and a trigger fills a missing id from it, so
 * repositories insert the same way on both engines (explicit ids, as undo restores, still work).</li>
 * <li>FTS5 tables and their triggers are left out: a {@code tsvector} column kept by a trigger and
 * a GIN index do that work ({@link PgSearchSql}).</li>
 * <li>Editable rows carry a {@code version} raised by every update, and every change of what a
 * window shows is announced with {@code pg_notify} (ADR 0123).</li>
 * </ul>
 */
final class PgSchema {

    /** The channel every change is announced on; the payload is JSON: table, op, id, article, by, at. */
    static final String CHANNEL = "checkbench_change";

    private static final Pattern CREATE_TABLE = Pattern.compile("^\\s*CREATE TABLE (\\w+) \\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID_KEY = Pattern.compile("\\n\\s*id\\s+BIGINT PRIMARY KEY\\b");
    private static final Pattern INTEGER = Pattern.compile("\\bINTEGER\\b");
    private static final Pattern REAL = Pattern.compile("\\bREAL\\b");
    private static final Pattern BLOB = Pattern.compile("\\bBLOB\\b");

    private static final List<String> FOUNDATION = List.of(
            """
            CREATE TABLE IF NOT EXISTS checkbench_meta (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            "CREATE EXTENSION IF NOT EXISTS unaccent",
            // unaccent() is only STABLE (its dictionary could change); an index needs IMMUTABLE.
            """
            CREATE OR REPLACE FUNCTION checkbench_unaccent(text) RETURNS text AS $$
                SELECT unaccent('unaccent'::regdictionary, $1)
            $$ LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT""",
            """
            CREATE OR REPLACE FUNCTION checkbench_fill_id() RETURNS trigger AS $$
            BEGIN
                IF NEW.id IS NULL THEN
                    NEW.id := nextval(TG_ARGV[0]);
                END IF;
                RETURN NEW;
            END $$ LANGUAGE plpgsql""",
            """
            CREATE OR REPLACE FUNCTION checkbench_bump_version() RETURNS trigger AS $$
            BEGIN
                NEW.version := OLD.version + 1;
                RETURN NEW;
            END $$ LANGUAGE plpgsql""",
            """
            CREATE OR REPLACE FUNCTION checkbench_notify() RETURNS trigger AS $$
            DECLARE
                r jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
                article bigint;
            BEGIN
                IF TG_TABLE_NAME = 'article' THEN
                    article := (r->>'id')::bigint;
                ELSIF r->'article_id' IS NOT NULL THEN
                    article := (r->>'article_id')::bigint;
                ELSIF r->'claim_id' IS NOT NULL THEN
                    SELECT c.article_id INTO article FROM claim c WHERE c.id = (r->>'claim_id')::bigint;
                END IF;
                PERFORM pg_notify('%s', json_build_object('table', TG_TABLE_NAME, 'op', TG_OP,
                        'id', coalesce(r->>'id', r->>'claim_id'), 'article', article, 'by', session_user,
                        'at', r->'at')::text);
                RETURN NULL;
            END $$ LANGUAGE plpgsql""".formatted(CHANNEL));

    private PgSchema() {
    }

    /** The server's steps, numbered as the file's: step N takes a server from format N-1 to N. */
    static List<Migration> migrations() {
        List<Migration> result = new ArrayList<>();
        for (Migration step : Migrations.ALL) {
            List<String> statements = new ArrayList<>();
            if (step.version() == 1) {
                statements.addAll(FOUNDATION);
            }
            statements.addAll(translate(step.statements()));
            statements.addAll(serverOnly(step.version()));
            result.add(new Migration(step.version(), step.description(), statements));
        }
        return List.copyOf(result);
    }

    /** One SQLite migration's statements in PostgreSQL's words. */
    static List<String> translate(List<String> sqliteStatements) {
        List<String> result = new ArrayList<>();
        for (String sql : sqliteStatements) {
            String trimmed = sql.strip();
            if (trimmed.startsWith("CREATE VIRTUAL TABLE") || trimmed.startsWith("CREATE TRIGGER")) {
                continue; // FTS5: the server searches with tsvector columns (serverOnly)
            }
            String pg = trimmed.replace("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGINT PRIMARY KEY")
                    .replace(") WITHOUT ROWID", ")");
            pg = INTEGER.matcher(pg).replaceAll("BIGINT");
            pg = REAL.matcher(pg).replaceAll("DOUBLE PRECISION");
            pg = BLOB.matcher(pg).replaceAll("BYTEA");
            result.add(pg);
            Matcher table = CREATE_TABLE.matcher(pg);
            if (table.find() && ID_KEY.matcher(pg).find()) {
                String name = table.group(1);
                result.add("CREATE SEQUENCE " + name + "_id_seq OWNED BY " + name + ".id");
                result.add("CREATE TRIGGER " + name + "_fill_id BEFORE INSERT ON " + name
                        + " FOR EACH ROW EXECUTE FUNCTION checkbench_fill_id('" + name + "_id_seq')");
            }
        }
        return result;
    }

    private static List<String> serverOnly(int version) {
        List<String> sql = new ArrayList<>();
        switch (version) {
            case 1 -> {
                for (String table : List.of("article", "claim", "evidence", "claim_evidence")) {
                    sql.add("ALTER TABLE " + table + " ADD COLUMN version BIGINT NOT NULL DEFAULT 1");
                    sql.add("CREATE TRIGGER " + table + "_version BEFORE UPDATE ON " + table
                            + " FOR EACH ROW EXECUTE FUNCTION checkbench_bump_version()");
                    sql.add(notifyTrigger(table));
                }
                sql.addAll(searchColumn("evidence", "setweight(to_tsvector('simple', checkbench_unaccent(coalesce(NEW.title, ''))), 'A')"
                        + " || setweight(to_tsvector('simple', checkbench_unaccent(coalesce(NEW.outlet, ''))), 'B')"
                        + " || setweight(to_tsvector('simple', checkbench_unaccent(coalesce(NEW.excerpt, ''))), 'D')"
                        + " || setweight(to_tsvector('simple', checkbench_unaccent(coalesce(NEW.url, ''))), 'D')"));
                sql.addAll(searchColumn("claim", "setweight(to_tsvector('simple', checkbench_unaccent(coalesce(NEW.quote, ''))), 'A')"
                        + " || setweight(to_tsvector('simple', checkbench_unaccent(coalesce(NEW.note, ''))), 'B')"));
                sql.add(notifyTrigger("history"));
            }
            case 3 -> sql.addAll(searchColumn("fact_check",
                    "setweight(to_tsvector('simple', checkbench_unaccent(coalesce(NEW.claim, ''))), 'A')"
                    + " || setweight(to_tsvector('simple', checkbench_unaccent(coalesce(NEW.headline, ''))), 'B')"
                    + " || setweight(to_tsvector('simple', checkbench_unaccent(coalesce(NEW.publisher, ''))), 'C')"
                    + " || setweight(to_tsvector('simple', checkbench_unaccent(coalesce(NEW.rating, ''))), 'C')"));
            case 5 -> sql.add(notifyTrigger("claim_attribution"));
            case 6 -> sql.add(notifyTrigger("review_event"));
            default -> {
                // nothing only a server has
            }
        }
        return sql;
    }

    private static String notifyTrigger(String table) {
        return "CREATE TRIGGER " + table + "_notify AFTER INSERT OR UPDATE OR DELETE ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION checkbench_notify()";
    }

    private static List<String> searchColumn(String table, String vector) {
        return List.of("ALTER TABLE " + table + " ADD COLUMN search_tsv tsvector",
                "CREATE FUNCTION " + table + "_search() RETURNS trigger AS $$ BEGIN NEW.search_tsv := " + vector
                        + "; RETURN NEW; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER " + table + "_search BEFORE INSERT OR UPDATE ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION " + table + "_search()",
                "CREATE INDEX " + table + "_search_index ON " + table + " USING gin (search_tsv)");
    }
}
