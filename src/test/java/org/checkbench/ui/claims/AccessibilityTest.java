package org.checkbench.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import org.checkbench.model.Claim;
import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.fx.Contrast;
import org.junit.jupiter.api.Test;

/**
 * Contrast and screen-reader names. Issue 14: selected rows in an unfocused list and the red flags on a selected row were below 3:1.
 * The colours are read from the running window after its CSS is applied (modena plus ours), not
 * copied from the stylesheet, and their contrast computed as WCAG does: 4.5:1 for words, 3:1 for marks.
 */
class AccessibilityTest extends RunningAppTest {

    private static String hex(Paint paint) {
        Color c = (Color) paint;
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** The colour the eye sees behind a region: its last opaque-enough fill laid over white. */
    private static String backgroundOf(Region region) {
        Background background = region.getBackground();
        assertThat(background).as("a background on " + region).isNotNull();
        String seen = "#ffffff";
        for (BackgroundFill fill : background.getFills()) {
            Color c = (Color) fill.getFill();
            seen = Contrast.blend(hex(c), c.getOpacity(), seen);
        }
        return seen;
    }

    private ListCell<?> selectedCell() {
        return robot.lookup("#claimList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.isSelected() && !cell.isEmpty()).findFirst().orElseThrow();
    }

    /** Every label of the selected row with the contrast of its words on the row, and the left bar's. */
    private List<String> problems() {
        ListCell<?> cell = selectedCell();
        cell.applyCss();
        String row = backgroundOf(cell);
        List<String> problems = new ArrayList<>();
        for (String styleClass : List.of(".claim-words", ".claim-number", ".claim-evidence-count", ".claim-marks")) {
            Node node = cell.lookup(styleClass);
            if (node instanceof Label label && label.isVisible()) {
                double ratio = Contrast.ratio(hex(label.getTextFill()), row);
                if (ratio < Contrast.TEXT) {
                    problems.add(styleClass + " " + hex(label.getTextFill()) + " on " + row + ": " + ratio);
                }
            }
        }
        Paint bar = cell.getBorder() == null || cell.getBorder().getStrokes().isEmpty() ? null
                : cell.getBorder().getStrokes().get(0).getLeftStroke();
        if (bar == null || Contrast.ratio(hex(bar), row) < Contrast.MARK) {
            problems.add("the selected row's left bar " + (bar == null ? "missing" : hex(bar) + " on " + row));
        }
        return problems;
    }

    @Test
    void theSelectedRowAndItsFlagsReadAtLeast4point5To1FocusedOrNot() throws Exception {
        String words = "Gideon Rachman";
        int start = onFx(() -> area().getText().indexOf(words));
        onFx(() -> open().mark(start, start + words.length()));
        waitUntilOnFx(() -> open().claimAt(start + 1).isPresent());
        Claim claim = onFx(() -> open().claimAt(start + 1).orElseThrow());
        onFx(() -> open().setStatus(claim, "confirmed"));
        waitUntilOnFx(() -> "confirmed".equals(open().claim(claim.id()).status()));
        // Typing inside a checked claim raises its red flag ("changed since checked").
        onFx(() -> area().insertText(start + words.length() - 1, "n"));
        waitUntilOnFx(() -> open().claim(claim.id()).changedSinceChecked());
        onFx(() -> open().selectedProperty().set(open().claim(claim.id())));
        waitUntilOnFx(() -> robot.lookup("#claimList .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(cell -> cell.isSelected() && cell.lookup(".claim-marks").isVisible()));

        // The list without the focus (the checker is typing in the article).
        onFx(() -> area().requestFocus());
        waitUntilOnFx(() -> area().isFocused());
        assertThat(onFx(this::problems)).as("unfocused list").isEmpty();

        // The list with the focus.
        ListView<?> list = robot.lookup("#claimList").queryAs(ListView.class);
        onFx(list::requestFocus);
        waitUntilOnFx(list::isFocused);
        assertThat(onFx(this::problems)).as("focused list").isEmpty();

        // The status badge's words on its colour.
        Label badge = onFx(() -> (Label) selectedCell().lookup(".status-badge"));
        assertThat(onFx(() -> Contrast.ratio(hex(badge.getTextFill()), backgroundOf(badge))))
                .isGreaterThanOrEqualTo(Contrast.TEXT);
    }

    @Test
    void aScreenReaderHearsWhatEachControlIs() throws Exception {
        Claim claim = markByKeys("Charlie Dietz");
        onFx(() -> open().selectedProperty().set(open().claim(claim.id())));
        // A toolbar button says the command's full words and its key, not its short label.
        javafx.scene.control.Button next = robot.lookup("#nextClaimButton").queryButton();
        assertThat(onFx(next::getAccessibleText)).isEqualTo("Next claim");
        assertThat(onFx(next::getAccessibleHelp)).contains("F8");
        assertThat(onFx(() -> area().getAccessibleText())).isEqualTo("Article text");
        assertThat(onFx(() -> area().getAccessibleHelp())).contains("F6");
        // A claim row, a picture of labels, is one sentence.
        waitUntilOnFx(() -> robot.lookup("#claimList .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(cell -> cell.getAccessibleText() != null && cell.getAccessibleText().contains("Charlie Dietz")));
        String row = onFx(() -> robot.lookup("#claimList .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getAccessibleText).filter(t -> t != null && t.contains("Charlie Dietz")).findFirst().orElseThrow());
        assertThat(row).matches("Claim \\d+, Unchecked, no sources: Charlie Dietz");
        // Buttons drawn as a sign have a name.
        // (The find bar's, read from the bar itself: it joins the window when first opened, ADR 0186.)
        assertThat(onFx(() -> ((javafx.scene.control.Button) app.window().findBar().lookup("#findClose")).getAccessibleText()))
                .isEqualTo("Close find");
    }
}
