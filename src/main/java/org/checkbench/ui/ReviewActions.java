package org.checkbench.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;

import org.checkbench.model.ReviewEvent;
import org.checkbench.model.ReviewState;
import org.checkbench.service.ReviewService;

/**
 * Review > Send for review, Approve, Return with note…, and the article's review state in the
 * window's status bar ("In review", "Approved by Lee, 2 Dec 2026, 14:05", "Approval no longer
 * valid: claims changed after it"). Every call runs on the background executor; the state is asked
 * for again after a review step and a little after claims change.
 */
final class ReviewActions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    private final Supplier<OpenArticle> open;
    private final BackgroundTasks tasks;
    private DialogService dialogs;
    private final Label state = new Label();
    private final PauseTransition refreshSoon = new PauseTransition(Duration.millis(800));

    ReviewActions(Supplier<OpenArticle> open, BackgroundTasks tasks, DialogService dialogs) {
        this.open = open;
        this.tasks = tasks;
        this.dialogs = dialogs;
        state.setId("reviewState");
        state.getStyleClass().add("review-state");
        refreshSoon.setOnFinished(e -> refresh());
    }

    /** For tests: answer questions and collect messages without a person. */
    void useDialogs(DialogService replacement) {
        dialogs = replacement;
    }

    Label stateLabel() {
        return state;
    }

    /** Claims changed: the approval may no longer hold. Asked once the changes pause. */
    void claimsChanged() {
        refreshSoon.playFromStart();
    }

    void refresh() {
        OpenArticle article = open.get();
        if (article == null) {
            state.setText("");
            return;
        }
        long articleId = article.article().id();
        tasks.run("Read the review state", () -> article.session().reviews().status(articleId), status -> {
            if (open.get() == article) {
                show(status);
            }
        }, failure -> state.setText(""));
    }

    void sendForReview() {
        step("Send for review", reviews -> reviews.sendForReview(open.get().article().id()),
                "Sent for review. A reviewer can now approve it or return it with a note.");
    }

    void approve() {
        step("Approve", reviews -> reviews.approve(open.get().article().id()),
                "Approved. The approval holds until a claim changes.");
    }

    void returnWithNote() {
        if (open.get() == null) {
            return;
        }
        dialogs.askText("Return with note", "What should the checker do before this can be approved?")
                .filter(note -> !note.isBlank())
                .ifPresent(note -> step("Return with note",
                        reviews -> reviews.returnWithNote(open.get().article().id(), note), "Returned to the checker."));
    }

    private void step(String title, java.util.function.Function<ReviewService, ReviewEvent> action, String done) {
        OpenArticle article = open.get();
        if (article == null) {
            return;
        }
        article.saveNow(); // the approval covers what is on screen
        tasks.run(title, () -> action.apply(article.session().reviews()), event -> {
            refresh();
            dialogs.showInformation(title, done);
        }, failure -> {
            if (failure instanceof IllegalStateException || failure instanceof IllegalArgumentException) {
                dialogs.showError(title, failure.getMessage(), "Check the article's review state in the status bar.");
            } else {
                Problems.show(dialogs, title, failure);
            }
        });
    }

    private void show(ReviewService.ReviewStatus status) {
        state.getStyleClass().removeAll("review-approved", "review-stale", "review-returned", "review-in-review");
        ReviewEvent latest = status.latest().orElse(null);
        String when = latest == null ? "" : WHEN.format(latest.at().atZone(ZoneId.systemDefault()));
        switch (status.state()) {
            case IN_PROGRESS -> state.setText(ReviewState.IN_PROGRESS.label());
            case IN_REVIEW -> {
                state.setText("In review since " + when);
                state.getStyleClass().add("review-in-review");
            }
            case RETURNED -> {
                state.setText("Returned by " + latest.who() + ", " + when + ": " + latest.note());
                state.getStyleClass().add("review-returned");
            }
            case APPROVED -> {
                if (status.approvalValid()) {
                    state.setText("Approved by " + latest.who() + ", " + when);
                    state.getStyleClass().add("review-approved");
                } else {
                    state.setText("Approval no longer valid: claims changed after " + latest.who() + " approved it ("
                            + when + ")");
                    state.getStyleClass().add("review-stale");
                }
            }
        }
    }
}
