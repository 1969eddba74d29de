package org.checkbench.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.checkbench.model.Claim;
import org.checkbench.model.HistoryEntry;
import org.checkbench.ui.ReadmeRow;
import org.checkbench.ui.RunningAppTest;
import org.junit.jupiter.api.Test;

/** The claim panel as a checker works it: the list's numbers, the detail's correction. */
class ClaimDetailTest extends RunningAppTest {

    @Test
    @ReadmeRow("apply a suggested correction")
    void applyToDraftPutsTheCorrectionJustTypedIntoTheTextOnTheFirstClick() throws Exception {
        Claim claim = markByKeys("11,000 North Korean");
        Button apply = robot.lookup("#applyCorrection").queryButton();
        assertThat(onFx(apply::isDisabled)).as("no correction yet: nothing to apply").isTrue();

        TextField correction = robot.lookup("#correctionField").queryAs(TextField.class);
        robot.clickOn(correction).write("12,000 North Korean");
        waitUntilOnFx(() -> !apply.isDisabled());
        // Straight on, while the correction is still on its way to the database (issue 14: the first click did nothing).
        robot.clickOn(apply);
        waitUntilOnFx(() -> area().getText().contains("threat that 12,000 North Korean"));
        assertThat(onFx(() -> open().claim(claim.id()).quote())).isEqualTo("12,000 North Korean");
        waitForTasks();
        assertThat(open().session().claims().history(claim.id())).anyMatch(h -> h.field().equals(HistoryEntry.FIELD_TEXT)
                && h.oldValue().equals("11,000 North Korean") && h.newValue().equals("12,000 North Korean"));
        assertThat(open().session().articles().load(open().article().id()).article().currentText())
                .contains("threat that 12,000 North Korean");

        onFx(() -> area().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntilOnFx(() -> area().getText().contains("threat that 11,000 North Korean"));
        assertThat(onFx(() -> open().claim(claim.id()).quote())).isEqualTo("11,000 North Korean");
    }

    @Test
    void theListNumbersFollowARemoval() throws Exception {
        Claim first = markByKeys("Gideon Rachman");
        Claim second = markByKeys("Pyongyang’s military");
        Claim third = markByKeys("Kwangmyong");
        ListView<?> list = robot.lookup("#claimList").queryAs(ListView.class);
        // The cells come in no particular order from the lookup: their numbers, not their order, are checked.
        assertThat(numbersShown()).contains("1", "2", "3");

        onFx(() -> {
            open().selectedProperty().set(open().claim(first.id()));
            list.requestFocus();
        });
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DELETE);
        waitUntilOnFx(() -> open().claim(first.id()) == null);
        waitForTasks();
        // Each row says its claim's place in the text as it is now (issue 14: stale numbers after a removal).
        waitUntilOnFx(() -> rowNumber(second).equals(String.valueOf(open().numberOf(open().claim(second.id()))))
                && rowNumber(third).equals(String.valueOf(open().numberOf(open().claim(third.id())))));
        List<String> numbers = numbersShown();
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers).hasSize(onFx(() -> open().claims().size()));
    }

    private List<String> numbersShown() throws Exception {
        return onFx(() -> robot.lookup("#claimList .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> cell.getItem() != null && !cell.isEmpty())
                .map(cell -> ((Label) cell.lookup(".claim-number")).getText()).toList());
    }

    private String rowNumber(Claim claim) {
        return robot.lookup("#claimList .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> cell.getItem() instanceof Claim c && c.id() == claim.id())
                .map(cell -> ((Label) cell.lookup(".claim-number")).getText()).findFirst().orElse("");
    }
}
