package org.checkbench.store;

import java.util.List;

/**
 * Format 4 (the next free number when it was merged): what became of each claim when a new revision replaced the text (ADR 0061), and who
 * made each revision and how many words it changed. Both go with their revision (and so with
 * their article). A carried claim's row keeps the claim id without a foreign key, like history,
 * so the record survives removing the claim and comes back with it when the removal is undone.
 */
final class SchemaV4 {

    static final Migration MIGRATION = new Migration(4, "claims carried across revisions", List.of(
            """
            CREATE TABLE revision_info (
                revision_id   INTEGER PRIMARY KEY REFERENCES revision(id) ON DELETE CASCADE,
                imported_by   TEXT NOT NULL DEFAULT '',
                words_added   INTEGER NOT NULL CHECK (words_added >= 0),
                words_removed INTEGER NOT NULL CHECK (words_removed >= 0),
                restored_from INTEGER
            )""",
            """
            CREATE TABLE carried_claim (
                revision_id INTEGER NOT NULL REFERENCES revision(id) ON DELETE CASCADE,
                claim_id    INTEGER NOT NULL,
                outcome     TEXT NOT NULL CHECK (outcome IN ('UNCHANGED', 'CHANGED', 'ORPHANED')),
                old_start   INTEGER NOT NULL,
                old_end     INTEGER NOT NULL,
                new_start   INTEGER,
                new_end     INTEGER,
                similarity  REAL NOT NULL,
                old_quote   TEXT NOT NULL,
                new_quote   TEXT,
                candidates  TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (revision_id, claim_id),
                CHECK ((outcome = 'ORPHANED') = (new_start IS NULL))
            ) WITHOUT ROWID""",
            "CREATE INDEX carried_claim_by_claim ON carried_claim(claim_id)"));

    private SchemaV4() {
    }
}
