package org.checkbench.ui.revisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.checkbench.model.Claim;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.RevisionInfo;
import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.ScriptedDialogs;
import org.checkbench.ui.article.OpenArticle;
import org.junit.jupiter.api.Test;

/**
 * The revision loop in the window: a new draft arrives and the panel says what became of the
 * claims; a changed claim shows its old and new words; an orphan is attached to chosen words; the
 * compare view shows the tracked changes and steps through them; an old revision is restored.
 */
class RevisionLoopWindowTest extends RunningAppTest {

    private static final String CHANGED = "Elon Musk’s Starlink satellites transformed the lives of tribes";
    private static final String DELETED = "The traps of the Internet.";
    private static final String KEPT = "Clips purporting to show Pyongyang soldiers in training camps";

    /** The marks the claim list shows under the claims' words (only those in the scene and visible). */
    private java.util.List<String> visibleMarks() {
        return robot.lookup(".claim-marks").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(label -> label.isVisible() && label.getScene() != null).map(javafx.scene.control.Label::getText)
                .toList();
    }

    private void markClaim(String words) throws Exception {
        int start = area().getText().indexOf(words);
        assertThat(start).isNotNegative();
        onFx(() -> {
            area().requestFocus();
            area().selectRange(start, start + words.length());
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil(() -> claimWith(words) != null);
    }

    private static Claim claimWith(String words) {
        return open().currentClaims().stream().filter(c -> c.quote().equals(words)).findFirst().orElse(null);
    }

    private String textOf(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    @org.checkbench.ui.ReadmeRow({"give an orphaned claim its place again", "see the revisions, compare two, restore one"})
    void aNewDraftShowsWhatBecameOfTheClaimsThenAttachCompareAndRestore() throws Exception {
        String original = area().getText();
        markClaim(CHANGED);
        markClaim(DELETED);
        markClaim(KEPT);
        Claim rated = claimWith(CHANGED);
        onFx(() -> open().selectedProperty().set(rated));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> open().verdictOf(claimWith(CHANGED)).checked());
        waitUntil(() -> textOf("#claimProgress").contains(" 1 of 3 checked"));
        // Before a second revision the banner is not in the window at all (it joins when first shown, ADR 0186).
        assertThat(robot.lookup("#draftOutcomes").tryQuery().filter(javafx.scene.Node::isVisible))
                .as("no banner before a second revision").isEmpty();

        // The writer's second draft: one claim reworded, one sentence gone, one untouched.
        String draft = original.replace("Starlink satellites transformed", "Starlink terminals transformed")
                .replace(DELETED + "\n", "") + "\nThe traps of the web are many, a reader wrote.";
        Path file = Files.writeString(harness.dataDir().resolve("draft 2.txt"), draft);
        OpenArticle before = open();
        onFx(() -> app.window().importDraft(file));
        waitUntil(() -> open() != before && area().getText().equals(draft));

        waitUntil(() -> robot.lookup("#draftOutcomes").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(textOf("#outcomeCounts")).isEqualTo("Revision 2: 1 unchanged · 1 changed · 1 orphaned");
        assertThat(textOf("#draftStatus")).isEqualTo("Revision 2: 1 unchanged · 1 changed · 1 orphaned ·");
        Claim changed = claimWith("Elon Musk’s Starlink terminals transformed the lives of tribes");
        assertThat(changed.changedSinceChecked()).as("it had a verdict and its words changed").isTrue();
        assertThat(textOf("#claimProgress")).as("changed since checked is not checked").contains(" 0 of 3 checked");
        assertThat(claimWith(DELETED).orphaned()).isTrue();
        // The claim list says it too, under each claim's words.
        waitUntil(() -> visibleMarks().contains("words changed in revision 2 · changed since checked")
                && visibleMarks().contains("orphaned: its text is gone"));

        // Ctrl+F8 goes to the changed claim; its detail shows the old and the new words.
        robot.press(KeyCode.CONTROL).type(KeyCode.F8).release(KeyCode.CONTROL);
        waitUntil(() -> open().selectedProperty().get() != null && open().selectedProperty().get().id() == changed.id());
        Node outcome = robot.lookup("#draftOutcome").query();
        waitUntil(outcome::isVisible);
        TextFlow wording = robot.from(outcome).lookup(".wording").queryAs(TextFlow.class);
        assertThat(wording.getChildren()).filteredOn(n -> n.getStyleClass().contains("wording-deleted"))
                .extracting(n -> ((Text) n).getText()).containsExactly("satellites");
        assertThat(wording.getChildren()).filteredOn(n -> n.getStyleClass().contains("wording-inserted"))
                .extracting(n -> ((Text) n).getText()).containsExactly("terminals");

        // The orphan is attached to the words the checker selects: its status, note and history stay.
        Claim orphan = claimWith(DELETED);
        onFx(() -> open().selectedProperty().set(open().claim(orphan.id())));
        String place = "The traps of the web are many";
        int start = area().getText().indexOf(place);
        onFx(() -> area().selectRange(start + 1, start + place.length() - 2)); // a sloppy drag: snapped to words
        onFx(() -> app.window().actions().get("attachClaim").run());
        waitUntil(() -> !open().claim(orphan.id()).orphaned());
        assertThat(open().claim(orphan.id()).quote()).isEqualTo(place);
        assertThat(textOf("#outcomeCounts")).endsWith("0 orphaned (1 attached since)");
        assertThat(onFx(() -> open().session().claims().history(orphan.id()))).extracting(HistoryEntry::field)
                .endsWith(HistoryEntry.FIELD_REVISION, HistoryEntry.FIELD_ATTACHED);

        // The compare view: tracked changes, claims marked, F8 steps through the changes.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> app.window().revisions().compareWindow() != null
                && app.window().revisions().compareWindow().stopCount() > 0);
        CompareWindow compare = app.window().revisions().compareWindow();
        String shown = onFx(() -> compare.view().getText());
        int deleted = shown.indexOf("satellites");
        int inserted = shown.indexOf("terminals");
        int gone = shown.indexOf(DELETED);
        assertThat(styleAt(compare, deleted)).contains(DiffDocument.DELETED, DiffDocument.CLAIM);
        assertThat(styleAt(compare, inserted)).contains(DiffDocument.INSERTED, DiffDocument.CLAIM);
        assertThat(styleAt(compare, gone)).contains(DiffDocument.DELETED);
        assertThat(styleAt(compare, shown.indexOf("Clips purporting"))).isEmpty();
        assertThat(shown).contains("[" + open().numberOf(open().claim(changed.id())) + "] ");
        onFx(() -> compare.stage().requestFocus());
        robot.type(KeyCode.F8);
        waitUntil(() -> compare.currentStop() == 0);
        assertThat(onFx(() -> compare.view().getSelectedText())).contains(DELETED);
        assertThat(compare.claimsOfCurrentStop()).extracting(c -> c.claimId()).containsExactly(orphan.id());
        robot.type(KeyCode.F8);
        waitUntil(() -> compare.currentStop() == 1);
        assertThat(onFx(() -> compare.view().getSelectedText())).contains("satellites").contains("terminals");
        assertThat(compare.claimsOfCurrentStop()).extracting(c -> c.claimId()).containsExactly(changed.id());
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        waitUntil(() -> compare.currentStop() == 0);
        onFx(() -> compare.stage().close());

        // The revision list: number, date, who, words added and removed, note.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> app.window().revisions().revisionsWindow() != null
                && revisionTable().getItems().size() == 2);
        TableView<RevisionInfo> table = revisionTable();
        assertThat(table.getColumns()).extracting(TableColumn::getText)
                .containsExactly("No.", "Date", "Imported by", "Words added", "Words removed", "Note");
        assertThat(table.getItems()).extracting(RevisionInfo::number).containsExactly(1, 2);
        assertThat(table.getItems().get(1).note()).isEqualTo("Draft imported from draft 2.txt");
        assertThat(cellText(table, 1, 3)).isEqualTo("+" + table.getItems().get(1).wordsAdded());
        assertThat(table.getItems().get(1).wordsAdded()).as("terminals + the traps of the web are many a reader wrote")
                .isEqualTo(11);
        assertThat(table.getItems().get(1).wordsRemoved()).as("satellites + the traps of the internet").isEqualTo(6);
        assertThat(robot.lookup("#restoreRevision").queryButton().isDisabled()).as("the latest is the text itself").isTrue();

        // Restore the first revision as a new one from the list; the claims are carried into it again.
        ScriptedDialogs dialogs = new ScriptedDialogs().answer(true);
        onFx(() -> app.window().revisions().useDialogs(dialogs));
        OpenArticle second = open();
        onFx(() -> table.getSelectionModel().clearAndSelect(0));
        robot.clickOn("#restoreRevision");
        waitUntil(() -> open() != second && area().getText().equals(original));
        assertThat(dialogs.questions).singleElement().asString().contains("Restore revision 1");
        waitUntil(() -> textOf("#outcomeCounts").startsWith("Revision 3:"));
        assertThat(claimWith(CHANGED)).as("the old words are back").isNotNull();
        waitUntil(() -> revisionTable().getItems().size() == 3);
        assertThat(revisionTable().getItems().get(2).restoredFrom()).isEqualTo(1);

        // Any two revisions compared from the list: the restored text is revision 1's, word for word.
        onFx(() -> {
            revisionTable().getSelectionModel().clearSelection();
            revisionTable().getSelectionModel().selectIndices(0, 2);
        });
        robot.clickOn("#compareSelected");
        waitUntil(() -> compareShows(1, 3));
        assertThat(app.window().revisions().compareWindow().stopCount()).isZero();
    }

    @SuppressWarnings("unchecked")
    private TableView<RevisionInfo> revisionTable() {
        return (TableView<RevisionInfo>) app.window().revisions().revisionsWindow().stage().getScene()
                .lookup("#revisionTable");
    }

    private static String cellText(TableView<RevisionInfo> table, int row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }

    private static boolean compareShows(int from, int to) {
        CompareWindow compare = app.window().revisions().compareWindow();
        return compare != null && compare.stage().isShowing() && compare.comparing(from, to) && compare.lastOpenMillis() >= 0
                && !compare.summaryText().startsWith("Comparing");
    }

    private Collection<String> styleAt(CompareWindow compare, int index) throws Exception {
        assertThat(index).isNotNegative();
        return onFx(() -> compare.view().getStyleOfChar(index + 1));
    }
}
