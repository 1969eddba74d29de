package org.checkbench.store;

import java.util.List;

/**
 * Format 1 of the workspace. Times are milliseconds since the epoch (UTC), dates ISO-8601 text,
 * booleans 0/1. History rows keep the claim id without a foreign key so a deletion stays on
 * record after the claim is gone.
 */
final class SchemaV1 {

    static final Migration MIGRATION = new Migration(1, "initial schema", List.of(
            """
            CREATE TABLE article (
                id             INTEGER PRIMARY KEY AUTOINCREMENT,
                title          TEXT NOT NULL,
                outlet         TEXT,
                author         TEXT,
                url            TEXT,
                published_date TEXT,
                language       TEXT,
                scale_id       TEXT NOT NULL,
                current_text   TEXT NOT NULL,
                created_at     INTEGER NOT NULL,
                updated_at     INTEGER NOT NULL
            )""",
            """
            CREATE TABLE revision (
                id         INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                number     INTEGER NOT NULL,
                text       TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                note       TEXT,
                UNIQUE (article_id, number)
            )""",
            """
            CREATE TABLE claim (
                id                    INTEGER PRIMARY KEY AUTOINCREMENT,
                article_id            INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                anchor_start          INTEGER NOT NULL,
                anchor_end            INTEGER NOT NULL,
                quote                 TEXT NOT NULL,
                quote_prefix          TEXT NOT NULL,
                quote_suffix          TEXT NOT NULL,
                anchor_revision_id    INTEGER REFERENCES revision(id) ON DELETE SET NULL,
                origin                TEXT NOT NULL CHECK (origin IN ('MANUAL', 'SUGGESTED')),
                origin_score          REAL NOT NULL DEFAULT 0,
                origin_reasons        TEXT NOT NULL DEFAULT '[]',
                status                TEXT NOT NULL,
                note                  TEXT NOT NULL DEFAULT '',
                correction            TEXT NOT NULL DEFAULT '',
                checker               TEXT NOT NULL DEFAULT '',
                created_at            INTEGER NOT NULL,
                updated_at            INTEGER NOT NULL,
                changed_since_checked INTEGER NOT NULL DEFAULT 0,
                orphaned              INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX claim_by_article ON claim(article_id, anchor_start)",
            """
            CREATE TABLE evidence (
                id               INTEGER PRIMARY KEY AUTOINCREMENT,
                title            TEXT NOT NULL,
                url              TEXT,
                archived_url     TEXT,
                outlet           TEXT,
                author           TEXT,
                published_date   TEXT,
                accessed_date    TEXT,
                kind             TEXT NOT NULL,
                excerpt          TEXT,
                locator          TEXT,
                reliability_note TEXT,
                created_at       INTEGER NOT NULL,
                updated_at       INTEGER NOT NULL
            )""",
            "CREATE INDEX evidence_by_url ON evidence(url)",
            """
            CREATE TABLE attachment (
                id          INTEGER PRIMARY KEY,
                evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
                file_name   TEXT NOT NULL,
                media_type  TEXT NOT NULL,
                size        INTEGER NOT NULL,
                sha256      TEXT NOT NULL,
                added_at    INTEGER NOT NULL
            )""",
            "CREATE INDEX attachment_by_evidence ON attachment(evidence_id)",
            // The bytes sit in their own table so listing attachments never pages through them.
            """
            CREATE TABLE attachment_content (
                attachment_id INTEGER PRIMARY KEY REFERENCES attachment(id) ON DELETE CASCADE,
                content       BLOB NOT NULL
            )""",
            """
            CREATE TABLE claim_evidence (
                claim_id    INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
                evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
                stance      TEXT NOT NULL CHECK (stance IN ('SUPPORTS', 'REFUTES', 'CONTEXT')),
                note        TEXT NOT NULL DEFAULT '',
                locator     TEXT NOT NULL DEFAULT '',
                position    INTEGER NOT NULL,
                PRIMARY KEY (claim_id, evidence_id)
            ) WITHOUT ROWID""",
            "CREATE INDEX claim_evidence_by_evidence ON claim_evidence(evidence_id)",
            """
            CREATE TABLE history (
                id         INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                claim_id   INTEGER NOT NULL,
                who        TEXT NOT NULL,
                at         INTEGER NOT NULL,
                field      TEXT NOT NULL,
                old_value  TEXT,
                new_value  TEXT
            )""",
            "CREATE INDEX history_by_claim ON history(claim_id, at)",
            "CREATE INDEX history_by_article ON history(article_id)",
            // Full-text search: external-content FTS5 tables kept in step by triggers. The
            // prefix indexes make "kyi*" as fast as a whole word.
            """
            CREATE VIRTUAL TABLE evidence_fts USING fts5(
                title, excerpt, outlet, url,
                content='evidence', content_rowid='id',
                tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
            """
            CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
                INSERT INTO evidence_fts(rowid, title, excerpt, outlet, url)
                VALUES (new.id, new.title, new.excerpt, new.outlet, new.url);
            END""",
            """
            CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN
                INSERT INTO evidence_fts(evidence_fts, rowid, title, excerpt, outlet, url)
                VALUES ('delete', old.id, old.title, old.excerpt, old.outlet, old.url);
            END""",
            """
            CREATE TRIGGER evidence_fts_update AFTER UPDATE OF title, excerpt, outlet, url ON evidence BEGIN
                INSERT INTO evidence_fts(evidence_fts, rowid, title, excerpt, outlet, url)
                VALUES ('delete', old.id, old.title, old.excerpt, old.outlet, old.url);
                INSERT INTO evidence_fts(rowid, title, excerpt, outlet, url)
                VALUES (new.id, new.title, new.excerpt, new.outlet, new.url);
            END""",
            """
            CREATE VIRTUAL TABLE claim_fts USING fts5(
                quote, note,
                content='claim', content_rowid='id',
                tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
            """
            CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN
                INSERT INTO claim_fts(rowid, quote, note) VALUES (new.id, new.quote, new.note);
            END""",
            """
            CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
                INSERT INTO claim_fts(claim_fts, rowid, quote, note) VALUES ('delete', old.id, old.quote, old.note);
            END""",
            """
            CREATE TRIGGER claim_fts_update AFTER UPDATE OF quote, note ON claim BEGIN
                INSERT INTO claim_fts(claim_fts, rowid, quote, note) VALUES ('delete', old.id, old.quote, old.note);
                INSERT INTO claim_fts(rowid, quote, note) VALUES (new.id, new.quote, new.note);
            END"""));

    private SchemaV1() {
    }
}
