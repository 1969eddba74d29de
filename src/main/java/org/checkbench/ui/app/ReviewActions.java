package org.checkbench.ui.app;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import org.checkbench.model.ReviewEvent;
import org.checkbench.model.ReviewState;
import org.checkbench.service.ReviewService;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.BackgroundTask;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.LatestOnly;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * Review > Send for review, Approve, Return with note… (the commands are in {@link MainActions}),
 * and the article's review state in the window's status bar ("In review", "Approved by Lee",
 * "Approval no longer valid"; when, the note and why in its tooltip). Every read and write is a
 * background task; the state is asked for again after a review step and a little after claims change,
 * and the commands are enabled by the last state read.
 */
final class ReviewActions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    private final Supplier<OpenArticle> open;
    private final TaskExecutor tasks;
    private final Runnable stateChanged;
    private DialogService dialogs;
    private final Label state = new Label();
    private final PauseTransition refreshSoon = new PauseTransition(Duration.millis(800));
    private final LatestOnly reads = new LatestOnly();
    /** The state last read, for enabling the commands; null until read or with no article. */
    private ReviewService.ReviewStatus status;

    /** @param stateChanged called on the FX thread when a new state was read (the window re-asks its commands) */
    ReviewActions(Supplier<OpenArticle> open, TaskExecutor tasks, DialogService dialogs, Runnable stateChanged) {
        this.open = open;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.stateChanged = stateChanged;
        state.setId("reviewState");
        state.getStyleClass().add("review-state");
        // Whole in a narrow window: the counts beside it give way first (they end in "…").
        state.setMinWidth(Region.USE_PREF_SIZE);
        refreshSoon.setOnFinished(e -> refresh());
    }

    /** For tests: answer questions and collect messages without a person. */
    void useDialogs(DialogService replacement) {
        dialogs = replacement;
    }

    Label stateLabel() {
        return state;
    }

    /** Send for review: not while it is in review, nor while a valid approval stands. */
    boolean canSend() {
        return status != null && status.state() != ReviewState.IN_REVIEW && !status.isValidlyApproved();
    }

    /** Approve or return: only an article in review. */
    boolean canDecide() {
        return status != null && status.state() == ReviewState.IN_REVIEW;
    }

    /** Claims changed: the approval may no longer hold. Asked once the changes pause. */
    void claimsChanged() {
        refreshSoon.playFromStart();
    }

    void refresh() {
        OpenArticle article = open.get();
        if (article == null) {
            show(null);
            return;
        }
        long articleId = article.article().id();
        tasks.execute(BackgroundTask.of("Read the review state", () -> article.session().reviews().status(articleId))
                .onlyLatestOf(reads)
                .onSuccess(read -> {
                    if (open.get() == article) {
                        show(read);
                    }
                })
                .onFailure(failure -> show(null)));
    }

    void sendForReview() {
        step("Send for review", (reviews, id) -> reviews.sendForReview(id),
                "Sent for review. A reviewer can now approve it or return it with a note.");
    }

    void approve() {
        step("Approve", (reviews, id) -> reviews.approve(id), "Approved. The approval holds until a claim changes.");
    }

    void returnWithNote() {
        if (open.get() == null) {
            return;
        }
        dialogs.askText("Return with note", "What should the checker do before this can be approved?")
                .filter(note -> !note.isBlank())
                .ifPresent(note -> step("Return with note", (reviews, id) -> reviews.returnWithNote(id, note),
                        "Returned to the checker."));
    }

    private interface Step {
        ReviewEvent apply(ReviewService reviews, long articleId);
    }

    private void step(String title, Step action, String done) {
        OpenArticle article = open.get();
        if (article == null) {
            return;
        }
        long articleId = article.article().id();
        article.saveNow(); // queued first: the approval covers what is on screen
        tasks.execute(BackgroundTask.of(title, () -> action.apply(article.session().reviews(), articleId))
                .onSuccess(event -> {
                    refresh();
                    dialogs.showInformation(title, done);
                })
                .onFailure(failure -> {
                    refresh();
                    if (failure instanceof IllegalStateException || failure instanceof IllegalArgumentException) {
                        // The service's own refusal ("already in review"), meant for the user.
                        dialogs.showError(title, failure.getMessage(),
                                "The article's review state is in the status bar.");
                    } else {
                        Problems.show(dialogs, title, failure);
                    }
                }));
    }

    private void show(ReviewService.ReviewStatus read) {
        status = read;
        state.getStyleClass().removeAll("review-approved", "review-stale", "review-returned", "review-in-review");
        state.setText(read == null ? "" : shortly(read));
        state.setTooltip(read == null || read.latest().isEmpty() ? null : new Tooltip(inFull(read)));
        if (read != null) {
            switch (read.state()) {
                case IN_REVIEW -> state.getStyleClass().add("review-in-review");
                case RETURNED -> state.getStyleClass().add("review-returned");
                case APPROVED -> state.getStyleClass().add(read.approvalValid() ? "review-approved" : "review-stale");
                case IN_PROGRESS -> { }
            }
        }
        stateChanged.run();
    }

    /** For the status bar, where the check's progress and messages need the room: who, not when. */
    static String shortly(ReviewService.ReviewStatus read) {
        ReviewEvent latest = read.latest().orElse(null);
        if (latest == null) {
            return ReviewState.IN_PROGRESS.label();
        }
        return switch (read.state()) {
            case IN_PROGRESS -> ReviewState.IN_PROGRESS.label();
            case IN_REVIEW -> "In review";
            case RETURNED -> "Returned by " + latest.who();
            case APPROVED -> read.approvalValid() ? "Approved by " + latest.who() : "Approval no longer valid";
        };
    }

    /** The whole story, in the label's tooltip: when, the reviewer's note, why an approval lapsed. */
    static String inFull(ReviewService.ReviewStatus read) {
        ReviewEvent latest = read.latest().orElseThrow();
        String when = WHEN.format(latest.at().atZone(ZoneId.systemDefault()));
        return switch (read.state()) {
            case IN_PROGRESS -> ReviewState.IN_PROGRESS.label();
            case IN_REVIEW -> "In review since " + when + " (sent by " + latest.who() + ")";
            case RETURNED -> "Returned by " + latest.who() + ", " + when + ": " + latest.note();
            case APPROVED -> read.approvalValid() ? "Approved by " + latest.who() + ", " + when
                    : "Approval no longer valid: claims changed after " + latest.who() + " approved it (" + when
                            + "). Send it for review again.";
        };
    }
}
