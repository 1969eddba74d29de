package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;

import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;

import org.checkbench.model.Claim;
import org.checkbench.ui.ReadmeRow;
import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.ScriptedDialogs;
import org.junit.jupiter.api.Test;

/**
 * The sign-off in the window: who checked a claim and when, the flags on its sources, the status
 * bar's count by the one rule, and review from sending to an approval a later change voids, with the
 * Review commands enabled by the state.
 */
class SignOffWindowTest extends RunningAppTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Test
    void aVerdictShowsWhoSetItAndWhenAndAConfirmedClaimWithoutSourceIsFlagged() throws Exception {
        Claim claim = markAndConfirm("Starlink satellites");
        waitUntil(() -> label("#checkedByLabel").getText().startsWith("Checked by "));
        assertThat(label("#checkedByLabel").getText()).doesNotContain("no longer counts");
        waitUntil(() -> flagTexts().contains("\u26A0 Confirmed with no supporting source"));
        waitUntil(() -> label("#claimProgress").getText().matches(".*\\b1 of \\d+ checked.*"));
        assertThat(open().claim(claim.id()).status()).isEqualTo("confirmed");
    }

    @Test
    @ReadmeRow("sign off")
    void reviewGoesFromSentToApprovedAndAnyLaterClaimChangeSaysTheApprovalNoLongerHolds() throws Exception {
        onFx(() -> app.window().reviews().useDialogs(dialogs));
        Claim claim = markAndConfirm("Starlink satellites");
        waitUntil(() -> enabled("sendForReview"));
        assertThat(enabled("approve")).as("nothing to approve before it is sent").isFalse();
        fire("#sendForReviewMenuItem");
        waitUntil(() -> label("#reviewState").getText().equals("In review"));
        assertThat(enabled("sendForReview")).as("already in review").isFalse();
        assertThat(enabled("approve")).isTrue();
        dialogs.answerText("Find a second source for the satellites.");
        fire("#returnWithNoteMenuItem");
        waitUntil(() -> label("#reviewState").getText().startsWith("Returned by "));
        assertThat(label("#reviewState").getTooltip().getText()).contains("Find a second source for the satellites.");
        fire("#sendForReviewMenuItem");
        waitUntil(() -> label("#reviewState").getText().equals("In review"));
        fire("#approveMenuItem");
        waitUntil(() -> label("#reviewState").getText().startsWith("Approved by "));

        onFx(() -> open().setNote(open().claim(claim.id()), "One more look at the count."));
        waitUntil(() -> label("#reviewState").getText().equals("Approval no longer valid"));
        assertThat(label("#reviewState").getTooltip().getText()).contains("claims changed after", "Send it for review again");
        assertThat(label("#reviewState").getStyleClass()).contains("review-stale");
        assertThat(dialogs.errors).isEmpty();
    }

    private Claim markAndConfirm(String words) throws Exception {
        Claim existing = open().currentClaims().stream().filter(c -> c.quote().equals(words)).findFirst().orElse(null);
        if (existing == null) {
            int start = area().getText().indexOf(words);
            onFx(() -> open().mark(start, start + words.length()));
            waitUntil(() -> open().currentClaims().stream().anyMatch(c -> c.quote().equals(words)));
            existing = open().currentClaims().stream().filter(c -> c.quote().equals(words)).findFirst().orElseThrow();
        }
        Claim claim = existing;
        onFx(() -> open().setStatus(open().claim(claim.id()), "confirmed"));
        onFx(() -> app.window().selectClaim(open().claim(claim.id())));
        waitUntil(() -> "confirmed".equals(open().claim(claim.id()).status()));
        return claim;
    }

    private void fire(String menuItemId) throws Exception {
        onFx(() -> app.window().stage().getScene().getRoot().lookupAll("#menuBar").forEach(bar -> {
            for (var menu : ((javafx.scene.control.MenuBar) bar).getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (menuItemId.equals("#" + item.getId())) {
                        item.fire();
                    }
                }
            }
        }));
    }

    private static boolean enabled(String actionId) {
        return unchecked(() -> {
            app.window().actions().refreshAll();
            return !app.window().actions().get(actionId).disabledProperty().get();
        });
    }

    private Label label(String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private java.util.List<String> flagTexts() {
        return unchecked(() -> robot.lookup("#claimFlags").queryAs(VBox.class).getChildren().stream()
                .map(node -> ((Label) node).getText()).toList());
    }

    private static <T> T unchecked(java.util.concurrent.Callable<T> onFxThread) {
        try {
            return onFx(onFxThread);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
