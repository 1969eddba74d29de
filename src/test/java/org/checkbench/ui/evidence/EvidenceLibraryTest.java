package org.checkbench.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.time.Instant;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.EvidenceUse;
import org.checkbench.model.Stance;
import org.checkbench.service.EvidenceService;
import org.checkbench.ui.RunningAppTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** View > Evidence library through the real app: find, see uses, merge duplicates, delete and undo. */
class EvidenceLibraryTest extends RunningAppTest {

    private static final EvidencePanelTest.RecordingDesktop desktop = new EvidencePanelTest.RecordingDesktop();

    @BeforeAll
    static void prepareTheApplication() throws Exception {
        onFx(() -> app.window().setDesktopActions(desktop));
    }

    private static EvidenceService evidence() {
        return open().session().evidence();
    }

    private Claim mark(String words) throws Exception {
        String text = app.window().editor().area().getText();
        int start = text.indexOf(words);
        assertThat(start).isNotNegative();
        int before = open().claims().size();
        onFx(() -> open().mark(start, start + words.length()));
        waitUntilOnFx(() -> open().claims().size() == before + 1);
        return open().currentClaims().stream().filter(c -> c.quote().equals(words)).findFirst().orElseThrow();
    }

    /** Opens the library from the View menu's action and narrows it to the words; returns the table. */
    @SuppressWarnings("unchecked")
    private TableView<Evidence> libraryShowing(String words, int rows) throws Exception {
        onFx(() -> app.window().evidencePanel().showLibrary());
        waitUntil(() -> robot.lookup("#evidenceLibrary").tryQuery().isPresent());
        TextField search = robot.lookup("#librarySearch").queryAs(TextField.class);
        onFx(() -> search.setText(words));
        TableView<Evidence> table = robot.lookup("#libraryTable").queryAs(TableView.class);
        waitUntilOnFx(() -> table.getItems().size() == rows
                && table.getItems().stream().allMatch(e -> e.title().toLowerCase().contains(words.split(" ")[0])));
        return table;
    }

    /** Selects the entry and waits for its detail (the detail is filled in after the selection, not with it). */
    private void select(TableView<Evidence> table, long evidenceId) throws Exception {
        onFx(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id() == evidenceId) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        waitUntil(() -> robot.lookup("#libraryUses").tryQuery().isPresent());
    }

    @Test
    void mergingADuplicateMovesItsClaimsToTheKeptEntryAndRemovesIt() throws Exception {
        Claim first = mark("Financial Times");
        Claim second = mark("bright star");
        Instant now = Instant.now();
        Evidence keep = evidence().create(Evidence.draft("kwangmyong intranet explained", EvidenceKind.WEB_PAGE, now)
                .withOutlet("38 North").withUrl("https://38north.org/kwangmyong"));
        Evidence duplicate = evidence().create(Evidence.draft("kwangmyong intranet (copy)", EvidenceKind.WEB_PAGE, now)
                .withUrl("https://38north.org/kwangmyong").withArchivedUrl("https://archive.ph/38n"));
        evidence().link(first.id(), keep.id(), Stance.SUPPORTS, null, null);
        evidence().link(second.id(), duplicate.id(), Stance.CONTEXT, "via copy", null);

        TableView<Evidence> table = libraryShowing("kwangmyong intranet", 2);
        select(table, keep.id());
        @SuppressWarnings("unchecked")
        ListView<Evidence> duplicates = robot.lookup("#libraryDuplicates").queryAs(ListView.class);
        @SuppressWarnings("unchecked")
        ListView<EvidenceUse> uses = robot.lookup("#libraryUses").queryAs(ListView.class);
        waitUntil(() -> duplicates.getItems().size() == 1 && uses.getItems().size() == 1);
        assertThat(duplicates.getItems().get(0).id()).isEqualTo(duplicate.id());
        assertThat(uses.getItems().get(0).claimId()).isEqualTo(first.id());

        onFx(() -> duplicates.getSelectionModel().select(0));
        EvidencePanelTest.fireLater(robot.lookup("#mergeEvidence").queryAs(Button.class));
        waitUntil(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(p -> p.getContentText() != null && p.getContentText().startsWith("Merge")));
        DialogPane confirm = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getContentText() != null && p.getContentText().startsWith("Merge")).findFirst().orElseThrow();
        EvidencePanelTest.press(confirm, ButtonType.OK);

        waitUntil(() -> evidence().find(duplicate.id()).isEmpty());
        assertThat(evidence().usesOf(keep.id())).extracting(l -> l.claimId()).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(evidence().find(keep.id()).orElseThrow().archivedUrl()).isEqualTo("https://archive.ph/38n");
        waitUntilOnFx(() -> table.getItems().size() == 1 && uses.getItems().size() == 2);
        waitUntil(() -> open().evidenceCount(second.id()) == 1);
    }

    @Test
    void deletingALinkedSourceAsksFirstAndCanBeUndoneAndTheCitationIsCopied() throws Exception {
        Claim claim = mark("Charlie Dietz");
        Evidence entry = evidence().create(Evidence.draft("Zanzibar ministry statement", EvidenceKind.DOCUMENT, Instant.now())
                .withOutlet("Ministry of Defense").withUrl("https://defense.gov/zanzibar"));
        evidence().link(claim.id(), entry.id(), Stance.REFUTES, "note", null);
        onFx(() -> open().selectedProperty().set(open().claim(claim.id())));

        TableView<Evidence> table = libraryShowing("zanzibar", 1);
        select(table, entry.id());
        @SuppressWarnings("unchecked")
        ListView<EvidenceUse> uses = robot.lookup("#libraryUses").queryAs(ListView.class);
        waitUntil(() -> uses.getItems().size() == 1);
        assertThat(robot.lookup("#libraryCitation").queryAs(Label.class).getText())
                .startsWith("Ministry of Defense. “Zanzibar ministry statement.”");
        onFx(() -> robot.lookup("#libraryCopyCitation").queryAs(Button.class).fire());
        assertThat(desktop.copied).singleElement().asString().contains("https://defense.gov/zanzibar");

        EvidencePanelTest.fireLater(robot.lookup("#deleteEvidence").queryAs(Button.class));
        waitUntil(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(p -> p.getContentText() != null && p.getContentText().contains("backs 1 claim in 1 article")));
        DialogPane confirm = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getContentText() != null && p.getContentText().contains("backs 1 claim")).findFirst().orElseThrow();
        EvidencePanelTest.press(confirm, ButtonType.OK);
        waitUntil(() -> evidence().find(entry.id()).isEmpty());
        waitUntilOnFx(() -> table.getItems().isEmpty() && open().evidenceCount(claim.id()) == 0);

        onFx(() -> robot.lookup("#undoDeleteEvidence").queryAs(Button.class).fire());
        waitUntil(() -> evidence().find(entry.id()).isPresent());
        assertThat(evidence().usesOf(entry.id())).singleElement().satisfies(link -> {
            assertThat(link.claimId()).isEqualTo(claim.id());
            assertThat(link.stance()).isEqualTo(Stance.REFUTES);
        });
        waitUntilOnFx(() -> table.getItems().size() == 1 && open().evidenceCount(claim.id()) == 1);
        waitUntil(() -> app.window().evidencePanel().list().getItems().size() == 1);
    }
}
