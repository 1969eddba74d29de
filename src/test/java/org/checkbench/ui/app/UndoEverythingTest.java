package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.checkbench.model.Claim;
import org.checkbench.ui.ReadmeRow;
import org.checkbench.ui.RunningAppTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: Undo covers every change the checker makes (claims, statuses, notes, corrections,
 * evidence links), from wherever the focus is, and never races the background writes: the keys are
 * pressed back to back, without waiting for the worker in between.
 */
class UndoEverythingTest extends RunningAppTest {

    private Claim stored(Claim claim) {
        return open().session().claims().find(claim.id());
    }

    private void focusClaimList(Claim claim) throws Exception {
        ListView<?> list = robot.lookup("#claimList").queryAs(ListView.class);
        onFx(() -> {
            app.window().claimPanel().select(claim);
            list.requestFocus();
        });
    }

    @Test
    void ctrlZPressedRightAfterMarkingTakesTheNewClaimAwayOnceStored() throws Exception {
        String words = "Maj. Charlie Dietz";
        int start = onFx(() -> area().getText().indexOf(words));
        onFx(() -> {
            area().requestFocus();
            area().selectRange(start, start + words.length());
        });
        int before = onFx(() -> open().currentClaims().size());
        // No wait between the keys: the mark is still on its way to the database when Undo comes.
        robot.push(KeyCode.CONTROL, KeyCode.M).push(KeyCode.CONTROL, KeyCode.Z);
        waitForTasks();
        assertThat(onFx(() -> open().currentClaims().size())).isEqualTo(before);
        assertThat(open().session().claims().forArticle(open().article().id())).noneMatch(c -> c.quote().equals(words));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntilOnFx(() -> open().currentClaims().stream().anyMatch(c -> c.quote().equals(words)));
    }

    @Test
    void aStatusChangeIsUndoneAndRedoneAndUndoingAReRatingBringsBackChangedSinceChecked() throws Exception {
        Claim claim = markByKeys("Kim Jong Un’s troops");
        focusClaimList(claim);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2).push(KeyCode.CONTROL, KeyCode.Z);
        waitForTasks();
        assertThat(onFx(() -> open().claim(claim.id()).status())).as("issue 14: status changes could not be undone")
                .isEqualTo("unchecked");
        assertThat(stored(claim).status()).isEqualTo("unchecked");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntilOnFx(() -> "confirmed".equals(open().claim(claim.id()).status()));

        // Typing inside the confirmed claim flags it; a new rating clears the flag; undoing the rating brings it back.
        waitForTasks();
        onFx(() -> {
            area().requestFocus();
            area().moveTo(open().claim(claim.id()).anchor().start() + "Kim".length());
        });
        robot.write(" Jr");
        waitUntilOnFx(() -> open().claim(claim.id()).changedSinceChecked());
        focusClaimList(claim);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        waitUntilOnFx(() -> "disputed".equals(open().claim(claim.id()).status()) && !open().claim(claim.id()).changedSinceChecked());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntilOnFx(() -> "confirmed".equals(open().claim(claim.id()).status()) && open().claim(claim.id()).changedSinceChecked());
        waitForTasks();
        assertThat(stored(claim).changedSinceChecked()).isTrue();
        assertThat(stored(claim).status()).isEqualTo("confirmed");
    }

    @Test
    @ReadmeRow("remove the selected claim")
    void removingFromTheFocusedClaimListAndUndoingAtOnceBringsTheClaimBack() throws Exception {
        Claim claim = markByKeys("Kremlin seeks");
        focusClaimList(claim);
        // Back to back: the removal is still being written when Ctrl+Z comes (issue 14: Ctrl+Z did nothing).
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DELETE).push(KeyCode.CONTROL, KeyCode.Z);
        waitForTasks();
        assertThat(onFx(() -> open().claim(claim.id()))).isNotNull();
        assertThat(stored(claim)).isNotNull();
        assertThat(onFx(() -> robot.lookup("#claimList").query().isFocused())).isTrue();
    }

    @Test
    void noteAndCorrectionChangesAreUndoneWithTheFocusOutsideTheFields() throws Exception {
        Claim claim = markByKeys("Vladimir Putin’s army");
        TextArea note = robot.lookup("#noteField").queryAs(TextArea.class);
        robot.clickOn(note);
        robot.write("Called the press office");
        TextField correction = robot.lookup("#correctionField").queryAs(TextField.class);
        robot.clickOn(correction); // the note is saved as it loses the focus
        robot.write("Vladimir Putin’s forces");
        focusClaimList(claim); // and the correction
        waitForTasks();
        assertThat(stored(claim).note()).isEqualTo("Called the press office");
        assertThat(stored(claim).correction()).isEqualTo("Vladimir Putin’s forces");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitForTasks();
        assertThat(stored(claim).correction()).isEmpty();
        assertThat(stored(claim).note()).isEqualTo("Called the press office");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitForTasks();
        assertThat(stored(claim).note()).isEmpty();
        waitUntilOnFx(() -> note.getText().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitForTasks();
        assertThat(stored(claim).note()).isEqualTo("Called the press office");
    }

    @Test
    void linkingASourceIsOneUndoStep() throws Exception {
        Claim claim = markByKeys("Starlink satellites transformed");
        robot.clickOn("#addEvidence");
        waitUntilOnFx(() -> robot.lookup("#evidenceTitleField").tryQuery().isPresent());
        robot.clickOn("#evidenceTitleField").write("SpaceX statement on terminals");
        robot.clickOn("#saveEvidence");
        waitForTasks();
        assertThat(open().session().evidence().evidenceOf(claim.id())).hasSize(1);

        focusClaimList(claim);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitForTasks();
        assertThat(open().session().evidence().evidenceOf(claim.id())).isEmpty();
        waitUntilOnFx(() -> open().evidenceCount(claim.id()) == 0
                && robot.lookup("#evidenceTable").queryAs(ListView.class).getItems().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitForTasks();
        assertThat(open().session().evidence().evidenceOf(claim.id())).hasSize(1);
    }
}
