package org.checkbench.store;

import java.util.List;

/**
 * Format 6: the review of an article (sent for review, approved, returned with a note), one row per
 * step, never changed. The claims' digest at each step tells whether an approval still holds.
 * Partial evidence dates ("2024", "2024-05") need no change: dates were ISO text already.
 */
final class SchemaV6 {

    static final Migration MIGRATION = new Migration(6, "article review", List.of(
            """
            CREATE TABLE review_event (
                id                 INTEGER PRIMARY KEY AUTOINCREMENT,
                article_id         INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                action             TEXT NOT NULL,
                who                TEXT NOT NULL,
                at                 INTEGER NOT NULL,
                note               TEXT NOT NULL DEFAULT '',
                claims_fingerprint TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX review_event_by_article ON review_event(article_id, id)"));

    private SchemaV6() {
    }
}
