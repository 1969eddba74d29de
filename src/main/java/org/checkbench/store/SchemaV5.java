package org.checkbench.store;

import java.util.List;

/**
 * Format 5: newsroom formats in and out (issue 11). Each table is keyed by the row it describes and
 * goes with it:
 * <ul>
 * <li>{@code revision_source}: the file a revision was imported from (bytes, format, notices);</li>
 * <li>{@code claim_attribution}: who made a claim, when, where it appeared (ClaimReview);</li>
 * <li>{@code fact_check_publication}: the organisation and address publishing an article's fact-check;</li>
 * <li>{@code article_text_choice}: the checker's answer to "join wrapped lines?", per article;</li>
 * <li>{@code bundle_import}: which bundled articles were imported, so importing a bundle twice changes nothing.</li>
 * </ul>
 */
final class SchemaV5 {

    static final Migration MIGRATION = new Migration(5, "imported files, ClaimReview fields, bundles", List.of(
            """
            CREATE TABLE revision_source (
                revision_id INTEGER PRIMARY KEY REFERENCES revision(id) ON DELETE CASCADE,
                file_name   TEXT NOT NULL,
                format      TEXT NOT NULL,
                media_type  TEXT NOT NULL,
                size        INTEGER NOT NULL,
                sha256      TEXT NOT NULL,
                notices     TEXT NOT NULL DEFAULT '[]',
                content     BLOB NOT NULL
            )""",
            """
            CREATE TABLE claim_attribution (
                claim_id       INTEGER PRIMARY KEY REFERENCES claim(id) ON DELETE CASCADE,
                claimant       TEXT,
                claimant_kind  TEXT NOT NULL DEFAULT 'PERSON' CHECK (claimant_kind IN ('PERSON', 'ORGANIZATION')),
                claim_date     TEXT,
                appearance_url TEXT
            )""",
            """
            CREATE TABLE fact_check_publication (
                article_id       INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                organisation     TEXT,
                organisation_url TEXT,
                fact_check_url   TEXT,
                date_published   TEXT
            )""",
            """
            CREATE TABLE article_text_choice (
                article_id          INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                join_lines          INTEGER,
                drop_repeated_lines INTEGER
            )""",
            """
            CREATE TABLE bundle_import (
                bundle_key  TEXT PRIMARY KEY,
                article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                imported_at INTEGER NOT NULL
            )""",
            "CREATE INDEX bundle_import_by_article ON bundle_import(article_id)"));

    private SchemaV5() {
    }
}
