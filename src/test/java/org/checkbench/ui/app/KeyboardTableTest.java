package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.checkbench.model.Claim;
import org.checkbench.ui.ReadmeRow;
import org.checkbench.ui.RunningAppTest;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;

/**
 * The README's keyboard table, row by row, through the running app: the keys (and menus) a checker
 * uses, pressed as they would press them, and what the window does.
 */
class KeyboardTableTest extends RunningAppTest {

    /** The main window and its article have the focus again (a closed secondary window leaves it nowhere headless). */
    private void focusEditor() throws Exception {
        onFx(() -> {
            app.window().stage().requestFocus();
            area().requestFocus();
        });
    }

    private String text() throws Exception {
        return onFx(() -> area().getText());
    }

    /** The same, for conditions already asked on the FX thread. */
    private String textHere() {
        return area().getText();
    }

    private void select(int start, int end) throws Exception {
        onFx(() -> {
            app.window().stage().requestFocus();
            area().requestFocus();
            area().selectRange(start, end);
        });
    }

    private Claim claimQuoted(String words) throws Exception {
        waitUntilOnFx(() -> open().currentClaims().stream().anyMatch(c -> c.quote().equals(words)));
        return onFx(() -> open().currentClaims().stream().filter(c -> c.quote().equals(words)).findFirst().orElseThrow());
    }

    private String statusBar() throws Exception {
        return onFx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText());
    }

    private Window windowTitled(String title) throws Exception {
        waitUntilOnFx(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing()));
        return onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElseThrow());
    }

    private Node focusOwner() throws Exception {
        return onFx(() -> app.window().stage().getScene().getFocusOwner());
    }

    @Test
    @ReadmeRow("mark a claim")
    void ctrlMAndTheClaimMenuMarkTheSelectionSnappedToWholeWordsWithoutStrayCharacters() throws Exception {
        String text = text();
        int rubles = text.indexOf("60 billion rubles ($");
        // From mid-number to the bracket and dollar sign after the words (issue 14: "rubles ($").
        select(rubles + 1, rubles + "60 billion rubles ($".length());
        robot.push(KeyCode.CONTROL, KeyCode.M);
        Claim money = claimQuoted("60 billion rubles");
        assertThat(money.anchor().start()).isEqualTo(rubles);

        // From the full stop ending one paragraph across the paragraph break (issue 14: ". ¶¶ I vaguely…").
        int traps = text.indexOf("The traps of the Internet");
        int stop = text.lastIndexOf('.', traps);
        select(stop, traps + "The traps of the Internet".length());
        robot.clickOn("Claim");
        robot.clickOn("Mark selection as claim");
        Claim crossing = claimQuoted("The traps of the Internet");
        assertThat(crossing.anchor().start()).isEqualTo(traps);
        assertThat(onFx(() -> area().getStyleOfChar(traps + 2))).contains("claim");
        assertThat(onFx(() -> area().getStyleOfChar(stop))).doesNotContain("claim");
    }

    @Test
    @ReadmeRow("go to the next / previous claim")
    void f8AndShiftF8StepThroughTheClaimsInTextOrder() throws Exception {
        Claim first = markByKeys("Gideon Rachman");
        Claim second = markByKeys("Pyongyang’s military");
        @SuppressWarnings("unchecked")
        ListView<Claim> list = robot.lookup("#claimList").queryAs(ListView.class);
        onFx(() -> app.window().claimPanel().select(first));
        robot.push(KeyCode.F8);
        waitUntilOnFx(() -> open().selectedProperty().get() != null && open().selectedProperty().get().id() != first.id());
        int firstRow = onFx(() -> indexOf(list, first));
        int secondRow = onFx(() -> indexOf(list, second));
        assertThat(onFx(() -> list.getSelectionModel().getSelectedIndex())).isEqualTo(firstRow + 1);
        robot.push(KeyCode.SHIFT, KeyCode.F8);
        waitUntilOnFx(() -> open().selectedProperty().get().id() == first.id());
        assertThat(secondRow).isGreaterThan(firstRow);
        // The editor follows the list: the caret is at the claim's start.
        waitUntilOnFx(() -> area().getCaretPosition() == open().claim(first.id()).anchor().start());
    }

    private static int indexOf(ListView<Claim> list, Claim claim) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == claim.id()) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @ReadmeRow("set the selected claim's status")
    void ctrlAndADigitOrTheStatusListRateTheSelectedClaim() throws Exception {
        Claim claim = markByKeys("Elon Musk’s Starlink");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntilOnFx(() -> "needs-correction".equals(open().claim(claim.id()).status()));
        assertThat(open().session().claims().find(claim.id()).status()).isEqualTo("needs-correction");

        @SuppressWarnings("unchecked")
        ComboBox<org.checkbench.model.Verdict> status = robot.lookup("#statusChoice").queryAs(ComboBox.class);
        robot.clickOn(status);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> "Disputed".equals(cell.getText())).queryAs(Node.class));
        waitUntilOnFx(() -> "disputed".equals(open().claim(claim.id()).status()));
    }

    @Test
    @ReadmeRow("undo / redo")
    void ctrlZAndCtrlShiftZTakeBackAndRedoTypingWithTheClaimRangesAndCtrlYRedoesToo() throws Exception {
        Claim claim = markByKeys("Charlie Dietz");
        int start = claim.anchor().start();
        onFx(() -> {
            area().requestFocus();
            area().moveTo(start);
        });
        robot.write("Mr ");
        waitUntilOnFx(() -> open().claim(claim.id()).anchor().start() == start + 3);
        waitForTasks();

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntilOnFx(() -> open().claim(claim.id()).anchor().start() == start);
        assertThat(text()).doesNotContain("Mr Charlie");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntilOnFx(() -> open().claim(claim.id()).anchor().start() == start + 3);
        assertThat(text()).contains("Mr Charlie Dietz");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntilOnFx(() -> open().claim(claim.id()).anchor().start() == start);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitUntilOnFx(() -> open().claim(claim.id()).anchor().start() == start + 3);
        // Saved once typing (here: redoing) pauses, like any edit.
        long article = onFx(() -> open().article().id());
        org.checkbench.ui.AppHarness.waitUntil(() -> open().session().articles().load(article).article().currentText()
                .contains("Mr Charlie Dietz"));
    }

    @Test
    @ReadmeRow("save now")
    void ctrlSSavesTheNoteBeingTypedAndSaysSavedOnceItIs() throws Exception {
        Claim claim = markByKeys("Kim Jong Un supervises");
        TextArea note = robot.lookup("#noteField").queryAs(TextArea.class);
        robot.clickOn(note);
        robot.write("Asked the ministry");
        assertThat(onFx(note::isFocused)).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntilOnFx(() -> "Saved".equals(robot.lookup("#statusBar").queryAs(StatusBar.class).getText()));
        assertThat(open().session().claims().find(claim.id()).note()).as("issue 14: Ctrl+S left the note being typed out")
                .isEqualTo("Asked the ministry");
        assertThat(onFx(note::isFocused)).as("saving does not take the checker out of the note").isTrue();
    }

    @Test
    @ReadmeRow("outlet, author, address, date, verdict scale")
    void ctrlIEditsTheArticleDetailsInPlaceUndoablyWithoutLosingTheUndoHistory() throws Exception {
        Claim claim = markByKeys("Financial Times columnist");
        onFx(() -> area().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitUntilOnFx(() -> robot.lookup("#articleOutletField").tryQuery().isPresent());
        TextField outlet = robot.lookup("#articleOutletField").queryAs(TextField.class);
        onFx(() -> outlet.setText("The Daily Check"));
        robot.clickOn("OK");
        waitUntilOnFx(() -> "The Daily Check".equals(open().article().outlet()));
        waitForTasks();
        assertThat(open().session().articles().load(open().article().id()).article().outlet()).isEqualTo("The Daily Check");

        onFx(() -> area().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntilOnFx(() -> open().article().outlet() == null);
        waitForTasks();
        assertThat(open().session().articles().load(open().article().id()).article().outlet()).isNull();
        // The history before the details is still there: the mark is undone next (issue 14: saving them cleared it).
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntilOnFx(() -> open().claim(claim.id()) == null);
    }

    @Test
    @ReadmeRow("your name, how eager suggestions are, how many independent sources a confirmed claim needs")
    void preferencesTakeTheCheckersName() throws Exception {
        robot.clickOn("Edit");
        robot.clickOn("Preferences…");
        waitUntilOnFx(() -> robot.lookup("#checkerNameField").tryQuery().isPresent());
        TextField name = robot.lookup("#checkerNameField").queryAs(TextField.class);
        onFx(() -> name.setText("Mykola Checker"));
        robot.clickOn("OK");
        waitUntilOnFx(() -> "Mykola Checker".equals(AppPreferences.standard().checkerName()));
    }

    /** The window titled so is up, shows the part {@code partId}, and Esc (with the focus in it) closes it. */
    private void showsAndEscCloses(String title, String partId) throws Exception {
        Window window = windowTitled(title);
        assertThat(robot.lookup(partId).tryQuery()).isPresent();
        robot.push(KeyCode.ESCAPE);
        waitUntilOnFx(() -> !window.isShowing());
    }

    @Test
    @ReadmeRow("see what the colours mean")
    void theLegendShowsTheScaleAndEscClosesIt() throws Exception {
        robot.clickOn("View");
        robot.clickOn("Status colours (legend)");
        showsAndEscCloses("Status colours", "#legend");
    }

    @Test
    @ReadmeRow("evidence library")
    void ctrlShiftLOpensTheEvidenceLibraryAndEscClosesIt() throws Exception {
        focusEditor();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        showsAndEscCloses("Evidence library", "#evidenceLibrary");
    }

    @Test
    @ReadmeRow("search everything ever checked, by meaning and words")
    void ctrlShiftKOpensTheFactCheckSearchAndEscClosesIt() throws Exception {
        focusEditor();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K);
        showsAndEscCloses("Fact-checks and earlier checks", "#factCheckSearch");
    }

    @Test
    @ReadmeRow("move between the article, the claim list and the claim's detail")
    void f6AndCtrlTabMoveTheFocusRoundTheWindowAndTabInTheArticleTypesATab() throws Exception {
        markByKeys("Kwangmyong");
        onFx(() -> area().requestFocus());
        robot.push(KeyCode.F6);
        waitUntilOnFx(() -> app.window().stage().getScene().getFocusOwner() == robot.lookup("#claimList").query());
        robot.push(KeyCode.F6);
        waitUntilOnFx(() -> app.window().stage().getScene().getFocusOwner() == robot.lookup("#statusChoice").query());
        robot.push(KeyCode.F6);
        waitUntilOnFx(() -> app.window().stage().getScene().getFocusOwner() == area());
        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        waitUntilOnFx(() -> app.window().stage().getScene().getFocusOwner() == robot.lookup("#claimList").query());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB);
        waitUntilOnFx(() -> app.window().stage().getScene().getFocusOwner() == area());
        robot.push(KeyCode.SHIFT, KeyCode.F6);
        waitUntilOnFx(() -> app.window().stage().getScene().getFocusOwner() == robot.lookup("#statusChoice").query());

        // Tab inside the article still types a tab (an editor's Tab), and F9 hides the claim panel.
        onFx(() -> {
            area().requestFocus();
            area().moveTo(0);
        });
        robot.push(KeyCode.TAB);
        waitUntilOnFx(() -> textHere().startsWith("\t"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntilOnFx(() -> !textHere().startsWith("\t"));
        robot.push(KeyCode.F9);
        waitUntilOnFx(() -> app.window().claimPanel().getScene() == null);
        robot.push(KeyCode.F9);
        waitUntilOnFx(() -> app.window().claimPanel().getScene() != null);
    }
}
