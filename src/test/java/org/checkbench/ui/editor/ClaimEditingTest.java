package org.checkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.util.Collection;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

import org.checkbench.model.Claim;
import org.checkbench.model.HistoryEntry;
import org.checkbench.ui.RunningAppTest;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;

/** The checker's day in the editor: marking, selecting, editing around claims, undoing. */
class ClaimEditingTest extends RunningAppTest {

    /** Selects the words and presses Ctrl+M, as a checker does; returns the stored claim. */
    private Claim markByKeyboard(String words, int extraBefore, int extraAfter) throws Exception {
        int start = area().getText().indexOf(words);
        assertThat(start).as("the sample contains " + words).isNotNegative();
        int before = open().claims().size();
        onFx(() -> {
            area().requestFocus();
            area().selectRange(start - extraBefore, start + words.length() + extraAfter);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntilOnFx(() -> open().claims().size() == before + 1);
        return open().currentClaims().stream().filter(c -> c.quote().equals(words)).findFirst().orElseThrow();
    }

    private static Collection<String> styleAt(StyleClassedTextArea area, int index) throws Exception {
        return onFx(() -> area.getStyleOfChar(index));
    }

    @Test
    void markingByKeyboardSnapsToWordsHighlightsAndStoresTheClaim() throws Exception {
        // The selection starts and ends mid-word: the claim covers whole words.
        String words = "60 billion rubles";
        int start = area().getText().indexOf(words);
        Claim claim = markByKeyboard(words, 0, 0);
        assertThat(claim.anchor().start()).isEqualTo(start);

        assertThat(styleAt(area(), start + 3)).contains("claim", "status-unchecked", "claim-selected");
        assertThat(styleAt(area(), start - 2)).doesNotContain("claim");
        List<Claim> stored = open().session().claims().forArticle(open().article().id());
        assertThat(stored).extracting(Claim::quote).contains(words);
    }

    @Test
    void theToolbarButtonMarksTheSelectionToo() throws Exception {
        String words = "Kursk border";
        int start = area().getText().indexOf(words);
        int before = open().claims().size();
        onFx(() -> area().selectRange(start, start + words.length()));
        robot.clickOn("#markClaimButton");
        waitUntilOnFx(() -> open().claims().size() == before + 1);
        assertThat(onFx(() -> open().currentClaims())).extracting(Claim::quote).contains(words);
    }

    @Test
    void clickingAClaimSelectsItInThePanelAndSelectingInThePanelScrollsToIt() throws Exception {
        Claim claim = markByKeyboard("Roskomnadzor", 0, 0);
        onFx(() -> open().selectedProperty().set(null));

        onFx(() -> area().showParagraphAtTop(area().offsetToPosition(claim.anchor().start(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        Bounds bounds = onFx(() -> area().getCharacterBoundsOnScreen(claim.anchor().start() + 2,
                claim.anchor().start() + 3).orElseThrow());
        robot.clickOn(new Point2D(bounds.getMinX() + 1, bounds.getMinY() + bounds.getHeight() / 2));
        @SuppressWarnings("unchecked")
        ListView<Claim> list = robot.lookup("#claimList").queryAs(ListView.class);
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().id() == claim.id());

        onFx(() -> area().moveTo(0));
        Claim other = markByKeyboard("Kwangmyong", 0, 0);
        onFx(() -> area().moveTo(0));
        int row = onFx(() -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id() == claim.id()) {
                    return i;
                }
            }
            return -1;
        });
        onFx(() -> list.getSelectionModel().select(row));
        waitUntilOnFx(() -> area().getCaretPosition() == claim.anchor().start());
        assertThat(open().selectedProperty().get().id()).isEqualTo(claim.id()).isNotEqualTo(other.id());
    }

    @Test
    void typingBeforeAClaimMovesItAndTypingInsideAConfirmedClaimFlagsIt() throws Exception {
        Claim claim = markByKeyboard("Starlink satellites", 0, 0);
        onFx(() -> open().setStatus(claim, "confirmed"));
        waitUntilOnFx(() -> open().claim(claim.id()).status().equals("confirmed"));

        int start = claim.anchor().start();
        // Each burst of typing arrives as one edit: keystrokes typed by the robot would become one
        // undo step or two depending on how fast a busy machine delivers them (letters within 2 s
        // are merged), and the test must not depend on that.
        onFx(() -> area().insertText(start - 1, "new "));
        waitUntilOnFx(() -> open().claim(claim.id()).anchor().start() == start + 4);
        Claim moved = open().claim(claim.id());
        assertThat(onFx(() -> area().getText().substring(moved.anchor().start(), moved.anchor().end()))).isEqualTo("Starlink satellites");
        assertThat(moved.changedSinceChecked()).isFalse();

        onFx(() -> area().insertText(moved.anchor().start() + "Starlink".length(), " internet"));
        waitUntilOnFx(() -> open().claim(claim.id()).changedSinceChecked());
        assertThat(onFx(() -> open().claim(claim.id()).quote())).isEqualTo("Starlink internet satellites");
        assertThat(styleAt(area(), open().claim(claim.id()).anchor().start() + 1)).contains("claim-changed");

        // Ctrl+Z takes back the typing inside, then the typing before: text and range together.
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntilOnFx(() -> !open().claim(claim.id()).changedSinceChecked());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntilOnFx(() -> open().claim(claim.id()).anchor().start() == start);
        assertThat(onFx(() -> area().getText())).doesNotContain("new Starlink").contains("Musk’s Starlink satellites");
        assertThat(onFx(() -> open().claim(claim.id()).quote())).isEqualTo("Starlink satellites");

        // The database follows: once the save has run, the stored range is the one on screen.
        waitUntil(() -> open().session().claims().find(claim.id()).anchor().start() == start);
    }

    @Test
    void deletingAllOfAClaimsTextOrphansItWithoutMovingIt() throws Exception {
        Claim claim = markByKeyboard("TSPU’s mandate", 0, 0);
        int start = claim.anchor().start();
        onFx(() -> area().deleteText(start - 1, claim.anchor().end() + 1));
        waitUntilOnFx(() -> open().claim(claim.id()).orphaned());
        assertThat(onFx(() -> open().claim(claim.id()).quote())).isEqualTo("TSPU’s mandate");
        assertThat(onFx(() -> open().claims().get(open().claims().size() - 1).id())).as("orphans are listed last").isEqualTo(claim.id());
        waitUntil(() -> open().session().claims().find(claim.id()).orphaned());

        onFx(() -> app.window().claimsInEditor().undo());
        waitUntilOnFx(() -> !open().claim(claim.id()).orphaned());
        assertThat(onFx(() -> area().getText().substring(start, start + "TSPU’s mandate".length()))).isEqualTo("TSPU’s mandate");
    }

    @Test
    void removingAClaimNeedsNoConfirmationAndIsUndoable() throws Exception {
        Claim claim = markByKeyboard("Kim Jong Un supervises artillery", 0, 0);
        onFx(() -> open().remove(open().claim(claim.id())));
        waitUntilOnFx(() -> open().claim(claim.id()) == null);
        waitUntil(() -> open().session().claims().forArticle(open().article().id()).stream().noneMatch(c -> c.id() == claim.id()));
        assertThat(styleAt(area(), claim.anchor().start() + 1)).doesNotContain("claim");
        assertThat(open().history().nextUndoDescription()).isEqualTo("Remove claim");
        assertThat(robot.lookup("#undoButton").queryButton().isDisabled()).isFalse();

        onFx(() -> app.window().claimsInEditor().undo());
        waitUntilOnFx(() -> open().claim(claim.id()) != null);
        assertThat(styleAt(area(), claim.anchor().start() + 1)).contains("claim");
    }

    @Test
    void applyingACorrectionReplacesTheTextInOneUndoableStepAndRecordsIt() throws Exception {
        Claim claim = markByKeyboard("11,000 North Korean", 0, 0);
        onFx(() -> open().setCorrection(open().claim(claim.id()), "12,000 North Korean"));
        waitUntilOnFx(() -> open().claim(claim.id()).correction().equals("12,000 North Korean"));

        onFx(() -> open().placement().applyCorrection(open().claim(claim.id())));
        Claim corrected = open().claim(claim.id());
        assertThat(corrected.quote()).isEqualTo("12,000 North Korean");
        assertThat(onFx(() -> area().getText())).contains("threat that 12,000 North Korean").doesNotContain("threat that 11,000");
        waitUntil(() -> open().session().claims().history(claim.id()).stream()
                .anyMatch(h -> h.field().equals(HistoryEntry.FIELD_TEXT) && h.oldValue().equals("11,000 North Korean")));

        onFx(() -> app.window().claimsInEditor().undo());
        assertThat(onFx(() -> area().getText())).contains("threat that 11,000 North Korean");
        assertThat(onFx(() -> open().claim(claim.id()).quote())).isEqualTo("11,000 North Korean");
    }

    /**
     * Issue 18: a letter typed in plain text already has the right (neighbour's) style, so the
     * paragraph is not restyled a second time; a letter typed right after a claim's last word takes
     * the claim's style from its neighbour and must lose it again.
     */
    @Test
    void typingRestylesOnlyWhereTheTypedLetterTookAWrongStyle() throws Exception {
        Claim claim = markByKeyboard("Roskomnadzor", 0, 0);
        ClaimEditorController controller = app.window().claimsInEditor();
        int plain = onFx(() -> {
            String text = area().getText();
            int at = text.indexOf(' ', claim.anchor().end() + 200);
            while (open().claimAt(at).isPresent() || open().claimAt(at - 1).isPresent()
                    || open().suggestions().at(at).isPresent() || open().suggestions().at(at - 1).isPresent()) {
                at = text.indexOf(' ', at + 1);
            }
            return at;
        });
        // Counted within one turn of the FX thread: saves and detection answers restyle in between.
        long plainRestyles = onFx(() -> {
            long before = controller.restyledParagraphs();
            area().insertText(plain, "x");
            return controller.restyledParagraphs() - before;
        });
        assertThat(plainRestyles).isZero();
        assertThat(styleAt(area(), plain)).isEmpty();

        int end = onFx(() -> open().claim(claim.id()).anchor().end());
        long edgeRestyles = onFx(() -> {
            long before = controller.restyledParagraphs();
            area().insertText(end, "y");
            return controller.restyledParagraphs() - before;
        });
        assertThat(edgeRestyles).isPositive();
        assertThat(styleAt(area(), end)).doesNotContain("claim");
        assertThat(styleAt(area(), end - 1)).contains("claim");
    }
}
