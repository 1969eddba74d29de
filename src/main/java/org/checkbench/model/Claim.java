package org.checkbench.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A checkable statement in an article.
 *
 * @param id database id, 0 before it is stored
 * @param status id of a {@link Verdict} on the article's scale
 * @param note the checker's working note, may be empty
 * @param correction suggested corrected wording, may be empty
 * @param checker who last set the status
 * @param changedSinceChecked the text under the claim changed after it got a "checked" status
 * @param orphaned its quote could not be found again in a new draft; shown, never silently moved
 */
public record Claim(
        long id,
        long articleId,
        TextAnchor anchor,
        ClaimOrigin origin,
        String status,
        String note,
        String correction,
        String checker,
        Instant created,
        Instant updated,
        boolean changedSinceChecked,
        boolean orphaned) {

    public Claim {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        note = note == null ? "" : note;
        correction = correction == null ? "" : correction;
        checker = checker == null ? "" : checker;
    }

    public String quote() {
        return anchor.exact();
    }

    public Claim withId(long newId) {
        return new Claim(newId, articleId, anchor, origin, status, note, correction, checker, created, updated, changedSinceChecked, orphaned);
    }

    public Claim withAnchor(TextAnchor newAnchor) {
        return new Claim(id, articleId, newAnchor, origin, status, note, correction, checker, created, updated, changedSinceChecked, orphaned);
    }

    public Claim withOrigin(ClaimOrigin newOrigin) {
        return new Claim(id, articleId, anchor, newOrigin, status, note, correction, checker, created, updated, changedSinceChecked, orphaned);
    }

    public Claim withStatus(String newStatus) {
        return new Claim(id, articleId, anchor, origin, newStatus, note, correction, checker, created, updated, changedSinceChecked, orphaned);
    }

    public Claim withNote(String newNote) {
        return new Claim(id, articleId, anchor, origin, status, newNote, correction, checker, created, updated, changedSinceChecked, orphaned);
    }

    public Claim withCorrection(String newCorrection) {
        return new Claim(id, articleId, anchor, origin, status, note, newCorrection, checker, created, updated, changedSinceChecked, orphaned);
    }

    public Claim withChecker(String newChecker) {
        return new Claim(id, articleId, anchor, origin, status, note, correction, newChecker, created, updated, changedSinceChecked, orphaned);
    }

    public Claim withUpdated(Instant newUpdated) {
        return new Claim(id, articleId, anchor, origin, status, note, correction, checker, created, newUpdated, changedSinceChecked, orphaned);
    }

    public Claim withChangedSinceChecked(boolean flag) {
        return new Claim(id, articleId, anchor, origin, status, note, correction, checker, created, updated, flag, orphaned);
    }

    public Claim withOrphaned(boolean flag) {
        return new Claim(id, articleId, anchor, origin, status, note, correction, checker, created, updated, changedSinceChecked, flag);
    }
}
