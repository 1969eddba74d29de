package org.checkbench.service;

import org.checkbench.model.Claim;

/**
 * What came of an edit made against the value the person saw (ADR 0122). On a team workspace
 * someone else may have changed the same field meanwhile: that is never overwritten silently, the
 * editor is shown the other value and chooses.
 */
public sealed interface ClaimFieldEdit {

    /** The claim as stored now. */
    Claim claim();

    /** The edit was saved (or changed nothing). */
    record Saved(Claim claim) implements ClaimFieldEdit {
    }

    /**
     * The field no longer held what the editor saw: nothing was written.
     *
     * @param field  one of HistoryEntry's {@code FIELD_*} names
     * @param seen   the value the editor started from
     * @param theirs the value stored now
     * @param yours  the value the editor wanted
     * @param by     who stored {@code theirs}, from the history; empty when unknown
     */
    record Conflict(Claim claim, String field, String seen, String theirs, String yours, String by)
            implements ClaimFieldEdit {
    }
}
