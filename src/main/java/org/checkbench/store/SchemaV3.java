package org.checkbench.store;

import java.util.List;

/**
 * Format 3: claim matching (docs/decisions/0091). Imported fact-checks (ClaimReview or CSV) live in
 * a library of their own, one row per reviewed claim, found again on re-import by {@code match_key}
 * (the review's address and the claim's words) so a second import updates instead of duplicating.
 * Sentence vectors are stored per text with the model that made them and the words they were made
 * from: a different model or edited words make the vector stale, and the background job computes it again.
 */
final class SchemaV3 {

    static final Migration MIGRATION = new Migration(3, "fact-check collections and sentence vectors", List.of(
            """
            CREATE TABLE fact_check (
                id            INTEGER PRIMARY KEY AUTOINCREMENT,
                match_key     TEXT NOT NULL UNIQUE,
                collection    TEXT NOT NULL,
                claim         TEXT NOT NULL,
                headline      TEXT,
                rating        TEXT NOT NULL DEFAULT '',
                rating_value  REAL,
                best_rating   REAL,
                worst_rating  REAL,
                url           TEXT,
                publisher     TEXT,
                claimant      TEXT,
                review_date   TEXT,
                language      TEXT,
                imported_at   INTEGER NOT NULL,
                updated_at    INTEGER NOT NULL
            )""",
            "CREATE INDEX fact_check_by_collection ON fact_check(collection)",
            """
            CREATE VIRTUAL TABLE fact_check_fts USING fts5(
                claim, headline, publisher, rating,
                content='fact_check', content_rowid='id',
                tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
            """
            CREATE TRIGGER fact_check_fts_insert AFTER INSERT ON fact_check BEGIN
                INSERT INTO fact_check_fts(rowid, claim, headline, publisher, rating)
                VALUES (new.id, new.claim, new.headline, new.publisher, new.rating);
            END""",
            """
            CREATE TRIGGER fact_check_fts_delete AFTER DELETE ON fact_check BEGIN
                INSERT INTO fact_check_fts(fact_check_fts, rowid, claim, headline, publisher, rating)
                VALUES ('delete', old.id, old.claim, old.headline, old.publisher, old.rating);
            END""",
            """
            CREATE TRIGGER fact_check_fts_update AFTER UPDATE OF claim, headline, publisher, rating ON fact_check BEGIN
                INSERT INTO fact_check_fts(fact_check_fts, rowid, claim, headline, publisher, rating)
                VALUES ('delete', old.id, old.claim, old.headline, old.publisher, old.rating);
                INSERT INTO fact_check_fts(rowid, claim, headline, publisher, rating)
                VALUES (new.id, new.claim, new.headline, new.publisher, new.rating);
            END""",
            // One vector per text: the claim's quote, a fact-check's claim, a fact-check's headline.
            // No foreign key (the owner is in one of two tables): vectors of removed owners are
            // dropped by the embedding job and never read, since reads join their owner.
            """
            CREATE TABLE text_vector (
                owner_kind TEXT NOT NULL CHECK (owner_kind IN ('CLAIM', 'FACT_CHECK', 'FACT_CHECK_HEADLINE')),
                owner_id   INTEGER NOT NULL,
                model      TEXT NOT NULL,
                text       TEXT NOT NULL,
                vector     BLOB NOT NULL,
                PRIMARY KEY (owner_kind, owner_id)
            ) WITHOUT ROWID"""));

    private SchemaV3() {
    }
}
