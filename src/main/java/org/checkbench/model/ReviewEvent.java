package org.checkbench.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of an article's review: sent for review, approved, or returned with a note. The steps
 * are kept in order and never changed, so who approved what and when stays on record.
 *
 * @param who               the checker who sent it, or the reviewer who approved or returned it
 * @param note              the reviewer's note when returning (may be empty otherwise)
 * @param claimsFingerprint a digest of every claim (words, verdict, note, correction, flags and
 *                          links) at that moment; an approval holds only while the claims still
 *                          give the same digest
 */
public record ReviewEvent(long id, long articleId, Action action, String who, Instant at, String note,
        String claimsFingerprint) {

    /** What happened. */
    public enum Action { SENT_FOR_REVIEW, APPROVED, RETURNED }

    public ReviewEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        who = who == null ? "" : who;
        note = note == null ? "" : note;
        claimsFingerprint = claimsFingerprint == null ? "" : claimsFingerprint;
    }
}
