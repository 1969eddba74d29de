package org.checkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.checkbench.model.Claim;
import org.checkbench.ui.ReadmeRow;
import org.checkbench.ui.RunningAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Find and replace in the article (issue 14): Ctrl+F, Ctrl+H, through the window's commands. */
class FindReplaceTest extends RunningAppTest {

    private String text() throws Exception {
        return onFx(() -> area().getText());
    }

    private static int count(String text, String regex, int flags) {
        Matcher matcher = Pattern.compile(regex, flags).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }

    private String summary() throws Exception {
        return onFx(this::summaryHere);
    }

    /** The same, for conditions asked on the FX thread. */
    private String summaryHere() {
        return robot.lookup("#findCount").queryAs(Label.class).getText();
    }

    private void openBar(KeyCode key) throws Exception {
        onFx(() -> {
            app.window().stage().requestFocus();
            area().requestFocus();
            area().moveTo(0);
        });
        robot.push(KeyCode.CONTROL, key);
        waitUntilOnFx(() -> robot.lookup("#findField").query().isFocused());
    }

    private void find(String phrase) throws Exception {
        TextField field = robot.lookup("#findField").queryAs(TextField.class);
        onFx(() -> field.setText(phrase));
    }

    @AfterEach
    void closeTheBar() throws Exception {
        onFx(() -> {
            if (app.window().findBar().isOpen()) {
                app.window().findBar().close();
            }
            // The bar keeps its words between openings, as a user expects; each test starts from none.
            // (Not in the window at all until first opened: ADR 0186.)
            robot.lookup("#findField").tryQueryAs(TextField.class).ifPresent(TextField::clear);
            robot.lookup("#replaceField").tryQueryAs(TextField.class).ifPresent(TextField::clear);
        });
    }

    @Test
    @ReadmeRow("find words in the article")
    void ctrlFCountsAndHighlightsEveryMatchAndEnterAndF3GoThroughThem() throws Exception {
        String text = text();
        int expected = count(text, Pattern.quote("Kim Jong Un"), 0);
        assertThat(expected).isGreaterThan(2);
        // A claim over one of them: the match is drawn on top of the claim's colour, one layer of the styles.
        int first = text.indexOf("Kim Jong Un");
        onFx(() -> open().mark(first, first + "Kim Jong Un’s troops".length()));
        waitUntilOnFx(() -> open().claimAt(first + 1).isPresent());

        openBar(KeyCode.F);
        robot.write("Kim Jong Un");
        waitUntilOnFx(() -> ("1 of " + expected).equals(robot.lookup("#findCount").queryAs(Label.class).getText()));
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("Kim Jong Un");
        assertThat(onFx(() -> area().getSelection().getStart())).isEqualTo(first);
        assertThat(onFx(() -> area().getStyleOfChar(first + 2))).contains("claim", "search-hit", "search-current");
        int second = text.indexOf("Kim Jong Un", first + 1);
        assertThat(onFx(() -> area().getStyleOfChar(second + 2))).contains("search-hit").doesNotContain("search-current");

        robot.push(KeyCode.ENTER);
        waitUntilOnFx(() -> ("2 of " + expected).equals(summaryHere()));
        assertThat(onFx(() -> area().getSelection().getStart())).isEqualTo(second);
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        waitUntilOnFx(() -> ("1 of " + expected).equals(summaryHere()));
        onFx(() -> area().requestFocus());
        robot.push(KeyCode.F3);
        waitUntilOnFx(() -> ("2 of " + expected).equals(summaryHere()));
        robot.push(KeyCode.SHIFT, KeyCode.F3);
        waitUntilOnFx(() -> ("1 of " + expected).equals(summaryHere()));

        // Esc closes the bar: the marks go, the text has the focus.
        onFx(() -> robot.lookup("#findField").query().requestFocus());
        robot.push(KeyCode.ESCAPE);
        waitUntilOnFx(() -> !app.window().findBar().isOpen() && area().isFocused());
        assertThat(onFx(() -> area().getStyleOfChar(second + 2))).doesNotContain("search-hit");
    }

    @Test
    void wholeWordsAndMatchCaseNarrowTheSearch() throws Exception {
        String text = text();
        openBar(KeyCode.F);
        find("russia");
        int anyCase = count(text, "russia", Pattern.CASE_INSENSITIVE);
        waitUntilOnFx(() -> summaryHere().endsWith("of " + anyCase));
        robot.clickOn("#findWholeWords");
        int wholeWords = count(text, "(?<![\\p{L}\\p{N}])russia(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
        assertThat(wholeWords).isLessThan(anyCase);
        waitUntilOnFx(() -> summaryHere().endsWith("of " + wholeWords));
        robot.clickOn("#findMatchCase");
        waitUntilOnFx(() -> "No matches".equals(summaryHere()));
        onFx(() -> {
            robot.lookup("#findWholeWords").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#findMatchCase").queryAs(CheckBox.class).setSelected(false);
        });
    }

    @Test
    @ReadmeRow("replace words")
    void replaceAllIsOneUndoableStepAndClaimsFollowAsTheyDoTyping() throws Exception {
        String original = text();
        int occurrences = count(original, "Pyongyang", 0);
        assertThat(occurrences).isGreaterThan(2);
        int inside = original.indexOf("Pyongyang’s military");
        onFx(() -> open().mark(inside, inside + "Pyongyang’s military".length()));
        waitUntilOnFx(() -> open().claimAt(inside + 1).isPresent());
        Claim claim = onFx(() -> open().claimAt(inside + 1).orElseThrow());
        onFx(() -> open().setStatus(claim, "confirmed"));
        waitUntilOnFx(() -> "confirmed".equals(open().claim(claim.id()).status()));

        openBar(KeyCode.H);
        find("Pyongyang");
        waitUntilOnFx(() -> summaryHere().endsWith("of " + occurrences));
        robot.clickOn("#replaceField").write("P’yang");
        robot.clickOn("#replaceAll");
        waitUntilOnFx(() -> !area().getText().contains("Pyongyang"));
        assertThat(count(text(), "P’yang", 0)).isEqualTo(occurrences);
        Claim edited = onFx(() -> open().claim(claim.id()));
        assertThat(edited.quote()).isEqualTo("P’yang’s military");
        assertThat(edited.changedSinceChecked()).as("an edit inside a checked claim, as typing there").isTrue();
        assertThat(summary()).isEqualTo("No matches");

        // One Ctrl+Z takes every replacement back, and the claim with them.
        onFx(() -> area().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntilOnFx(() -> area().getText().equals(original));
        assertThat(onFx(() -> open().claim(claim.id()).quote())).isEqualTo("Pyongyang’s military");
        assertThat(onFx(() -> open().claim(claim.id()).changedSinceChecked())).isFalse();
        long article = onFx(() -> open().article().id());
        waitUntil(() -> open().session().articles().load(article).article().currentText().equals(original));
    }

    @Test
    void replaceChangesTheCurrentMatchThenGoesToTheNext() throws Exception {
        String original = text();
        int before = count(original, "Kremlin", 0);
        openBar(KeyCode.H);
        find("Kremlin");
        waitUntilOnFx(() -> ("1 of " + before).equals(summaryHere()));
        robot.clickOn("#replaceField").write("Moscow");
        robot.clickOn("#replaceOne");
        waitUntilOnFx(() -> count(area().getText(), "Kremlin", 0) == before - 1);
        waitUntilOnFx(() -> ("1 of " + (before - 1)).equals(summaryHere()));
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("Kremlin");
        onFx(() -> area().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntilOnFx(() -> area().getText().equals(original));
    }
}
