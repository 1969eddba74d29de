package org.checkbench.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.checkbench.model.Claim;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.ReviewEvent;
import org.checkbench.model.ReviewState;
import org.checkbench.store.Workspace;

/**
 * The review of an article: the checker sends it for review; a reviewer approves it or returns it
 * with a note. Each step records who and when. An approval holds only while the claims are as they
 * were when it was given: any change to a claim (words, verdict, note, correction, sources, added or
 * removed) after it makes it no longer valid, and the article must be reviewed again.
 */
public final class ReviewService {

    private final ServiceContext context;
    private final Workspace workspace;

    ReviewService(ServiceContext context) {
        this.context = context;
        this.workspace = context.workspace();
    }

    /**
     * Where the article stands.
     *
     * @param approval the latest approval, if the article is approved (valid or not)
     * @param approvalValid false when a claim changed after the approval
     * @param latest the latest step, empty when the article was never sent for review
     */
    public record ReviewStatus(ReviewState state, Optional<ReviewEvent> latest, Optional<ReviewEvent> approval,
            boolean approvalValid) {

        /** Approved, and no claim changed since. */
        public boolean isValidlyApproved() {
            return state == ReviewState.APPROVED && approvalValid;
        }

        /** "Approved by Lee, …" etc. is the UI's to word; this is the short state for lists. */
        public String label() {
            return state == ReviewState.APPROVED && !approvalValid ? "Approval no longer valid" : state.label();
        }
    }

    public ReviewStatus status(long articleId) {
        return workspace.inTransaction(() -> {
            requireArticle(articleId);
            return statusAfter(articleId, workspace.reviews().latest(articleId));
        });
    }

    private ReviewStatus statusAfter(long articleId, Optional<ReviewEvent> latest) {
        ReviewState state = ReviewState.after(latest.orElse(null));
        Optional<ReviewEvent> approval = latest.filter(e -> e.action() == ReviewEvent.Action.APPROVED);
        boolean valid = approval.map(a -> a.claimsFingerprint().equals(fingerprint(articleId))).orElse(false);
        return new ReviewStatus(state, latest, approval, valid);
    }

    /** Every step of the article's review, oldest first. */
    public List<ReviewEvent> history(long articleId) {
        return workspace.reviews().forArticle(articleId);
    }

    /**
     * Where every article ever sent for review stands, for the article list (an approval whose claims
     * changed since reads "Approval no longer valid" there too); articles never sent are left out.
     */
    public Map<Long, ReviewStatus> statusOfAllArticles() {
        return workspace.inTransaction(() -> {
            Map<Long, ReviewStatus> statuses = new HashMap<>();
            workspace.reviews().latestOfEveryArticle()
                    .forEach((id, event) -> statuses.put(id, statusAfter(id, Optional.of(event))));
            return statuses;
        });
    }

    /** The checker hands the article to a reviewer. Not while it is already in review. */
    public ReviewEvent sendForReview(long articleId) {
        return workspace.inTransaction(() -> {
            ReviewStatus status = status(articleId);
            if (status.state() == ReviewState.IN_REVIEW) {
                throw new IllegalStateException("This article is already in review.");
            }
            if (status.isValidlyApproved()) {
                throw new IllegalStateException("This article is approved and no claim changed since; there is"
                        + " nothing new to review.");
            }
            return add(articleId, ReviewEvent.Action.SENT_FOR_REVIEW, "");
        });
    }

    /** The reviewer approves the article as its claims are now. Only an article in review. */
    public ReviewEvent approve(long articleId) {
        return workspace.inTransaction(() -> {
            requireInReview(articleId, "approved");
            return add(articleId, ReviewEvent.Action.APPROVED, "");
        });
    }

    /** The reviewer sends the article back to the checker with a note saying what to do. */
    public ReviewEvent returnWithNote(long articleId, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Write a note for the checker: what should change before approval?");
        }
        return workspace.inTransaction(() -> {
            requireInReview(articleId, "returned");
            return add(articleId, ReviewEvent.Action.RETURNED, note.strip());
        });
    }

    private void requireInReview(long articleId, String what) {
        if (status(articleId).state() != ReviewState.IN_REVIEW) {
            throw new IllegalStateException("Only an article in review can be " + what
                    + "; send it for review first.");
        }
    }

    private ReviewEvent add(long articleId, ReviewEvent.Action action, String note) {
        return workspace.reviews().add(new ReviewEvent(0, articleId, action, context.checker(), context.now(), note,
                fingerprint(articleId)));
    }

    /** A digest of everything about the article's claims that a reviewer approves. */
    String fingerprint(long articleId) {
        StringBuilder state = new StringBuilder();
        for (Claim claim : workspace.claims().forArticle(articleId)) {
            state.append(claim.id()).append('\u0000').append(claim.quote()).append('\u0000').append(claim.status())
                    .append('\u0000').append(claim.note()).append('\u0000').append(claim.correction()).append('\u0000')
                    .append(claim.changedSinceChecked()).append(claim.orphaned());
            for (ClaimEvidence link : workspace.links().forClaim(claim.id())) {
                state.append('\u0001').append(link.evidenceId()).append(':').append(link.stance());
            }
            state.append('\n');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(state.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void requireArticle(long articleId) {
        if (workspace.articles().find(articleId).isEmpty()) {
            throw new NoSuchElementException("no article with id " + articleId);
        }
    }
}
