package org.checkbench.store;

import java.util.List;

/**
 * Format 2: detection's suggestions live apart from claims (ADR 0014). A suggestion is a sentence
 * with its score and reasons; a dismissal is remembered by the sentence's normalised text rather
 * than by offsets, so it survives edits that move the sentence. Both go with their article.
 * Claims that format 1 stored from detection (origin SUGGESTED) stay claims: the checker may have
 * rated them, and removing an unrated one is the checker's call.
 */
final class SchemaV2 {

    static final Migration MIGRATION = new Migration(2, "suggestions apart from claims", List.of(
            // AUTOINCREMENT: an id is never handed out twice, so an undone accept or dismissal can
            // put a suggestion back under its old id without meeting a newer one.
            """
            CREATE TABLE suggestion (
                id          INTEGER PRIMARY KEY AUTOINCREMENT,
                article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                range_start INTEGER NOT NULL,
                range_end   INTEGER NOT NULL,
                exact       TEXT NOT NULL,
                score       REAL NOT NULL,
                reasons     TEXT NOT NULL DEFAULT '[]',
                CHECK (range_start >= 0 AND range_end >= range_start)
            )""",
            "CREATE INDEX suggestion_by_article ON suggestion(article_id, range_start)",
            """
            CREATE TABLE dismissed_suggestion (
                article_id   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                sentence_key TEXT NOT NULL,
                dismissed_at INTEGER NOT NULL,
                PRIMARY KEY (article_id, sentence_key)
            ) WITHOUT ROWID"""));

    private SchemaV2() {
    }
}
