package org.checkbench.model;

import java.time.Instant;

/**
 * One recorded change to a claim: who changed which field when, from what to what. Entries outlive
 * the claim they describe, so a deletion stays on record.
 *
 * @param field one of the {@code FIELD_*} constants
 * @param oldValue null when there was none (a creation)
 * @param newValue null when there is none any more (a deletion)
 */
public record HistoryEntry(long id, long articleId, long claimId, String who, Instant when, String field, String oldValue, String newValue) {

    public static final String FIELD_STATUS = "status";
    public static final String FIELD_NOTE = "note";
    public static final String FIELD_CORRECTION = "correction";
    public static final String FIELD_CLAIM = "claim";
    /** The claim's words in the draft were replaced by its suggested correction. */
    public static final String FIELD_TEXT = "text";
    /**
     * A new revision replaced the text and the claim was found with other words (old and new
     * wording), or not at all (new value null: orphaned).
     */
    public static final String FIELD_REVISION = "revision";
    /** The checker attached the claim to other words (an orphan given a place): old and new wording. */
    public static final String FIELD_ATTACHED = "attached";
    /** Verdict, note or evidence were taken over from an earlier check (the new value says which). */
    public static final String FIELD_TAKEN_FROM = "taken from";
}
