package org.checkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.checkbench.model.Claim;
import org.checkbench.ui.AppHarness;
import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.article.CheckerActivity;
import org.junit.jupiter.api.Test;

/**
 * ADR 0119: the typing warm-up types into a scratch copy off screen. It must leave the checker's
 * article exactly as it was (text, style, claims, undo history, the text in the workspace), and give
 * way at the checker's first edit.
 */
class TypingWarmUpTest extends RunningAppTest {

    @Test
    void aWholeWarmUpLeavesTheTextTheClaimsTheUndoHistoryAndTheSavedTextAsTheyWere() throws Exception {
        AppHarness.onFx(() -> open().saveNow()); // whatever an earlier test typed is in the workspace first
        waitForTasks();
        long articleId = AppHarness.onFx(() -> open().article().id());
        String textBefore = AppHarness.onFx(() -> area().getText());
        String storedBefore = open().session().articles().load(articleId).article().currentText();
        List<Claim> claimsBefore = AppHarness.onFx(() -> List.copyOf(open().currentClaims()));
        String styleBefore = AppHarness.onFx(() -> area().getStyleSpans(0, area().getLength()).toString());
        boolean couldUndo = AppHarness.onFx(() -> open().history().canUndoProperty().get());
        AtomicBoolean done = new AtomicBoolean();
        // An activity nobody acts on: the warm-up runs all its steps.
        TypingWarmUp warmUp = AppHarness.onFx(() -> TypingWarmUp.startForTest(app.window().editor(), open(),
                new CheckerActivity(), () -> done.set(true)));

        AppHarness.waitUntil(done::get);
        waitForTasks();

        assertThat(AppHarness.onFx(warmUp::steps)).as("steps typed off screen").isEqualTo(TypingWarmUp.EDITS);
        assertThat(AppHarness.onFx(() -> area().getText())).isEqualTo(textBefore);
        assertThat(AppHarness.onFx(() -> area().getStyleSpans(0, area().getLength()).toString())).isEqualTo(styleBefore);
        assertThat(AppHarness.onFx(() -> List.copyOf(open().currentClaims()))).isEqualTo(claimsBefore);
        assertThat(AppHarness.onFx(() -> open().history().canUndoProperty().get())).isEqualTo(couldUndo);
        assertThat(open().session().articles().load(articleId).article().currentText()).isEqualTo(storedBefore);
    }

    @Test
    void theWarmUpStopsForGoodAtTheCheckersFirstEdit() throws Exception {
        waitForTasks();
        AtomicBoolean done = new AtomicBoolean();
        CheckerActivity windowActivity = app.window().checkerActivity();
        TypingWarmUp warmUp = AppHarness.onFx(() -> TypingWarmUp.startForTest(app.window().editor(), open(),
                windowActivity, () -> done.set(true)));
        AppHarness.waitUntil(() -> AppHarness.onFxTrue(() -> warmUp.steps() > 0));

        // The checker types (an edit reaching the text counts as acting, like a key).
        AppHarness.onFx(() -> area().insertText(0, "x"));
        AppHarness.waitUntil(done::get);
        int stepsAtStop = AppHarness.onFx(warmUp::steps);
        Thread.sleep(200); // a dozen pulses: a stopped warm-up makes no step
        assertThat(AppHarness.onFx(warmUp::steps)).isEqualTo(stepsAtStop).isLessThan(TypingWarmUp.EDITS);
        assertThat(AppHarness.onFx(() -> area().getText())).startsWith("x");

        AppHarness.onFx(() -> open().history().undo());
        AppHarness.onFx(() -> open().saveNow());
        waitForTasks();
    }
}
