package org.checkbench.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;

import org.checkbench.io.claimreview.FactCheckFile;
import org.checkbench.model.Claim;
import org.checkbench.model.FactCheck;
import org.checkbench.model.HistoryEntry;
import org.checkbench.service.MatchFound;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.RunningAppTest;
import org.junit.jupiter.api.Test;

/** "Checked before?" under the selected claim, through the real app and the real sentence encoder. */
class CheckedBeforePanelTest extends RunningAppTest {

    private static final String WORDS = "Thousands of North Korean soldiers have been deployed to Russia";

    @org.checkbench.ui.ReadmeRow("was this checked before?")
    @Test
    void anEarlierFactCheckIsShownAndItsNoteAndEvidenceAreTakenOver() throws Exception {
        WorkspaceSession session = open().session();
        FactCheck published = FactCheck.draft("North Korea has sent thousands of troops to fight for Russia.",
                "Yes, North Korean troops are in Russia", "True", null, null, null,
                "https://checks.example.org/north-korean-troops", "Example Checks", "Officials", "2024-10-12", "en");
        session.factChecks().store(new FactCheckFile(List.of(published), List.of()), "test collection");
        session.matching().embedPending(null, () -> false);

        String article = onFx(() -> area().getText());
        int start = article.indexOf(WORDS);
        assertThat(start).as("the sample contains " + WORDS).isNotNegative();
        onFx(() -> open().mark(start, start + WORDS.length()));
        waitUntilOnFx(() -> open().selectedProperty().get() != null && open().selectedProperty().get().quote().equals(WORDS));
        Claim claim = open().selectedProperty().get();

        // Not rated yet and like an earlier check: the claim list says so once its vector is in.
        waitUntilOnFx(() -> robot.lookup(".claim-marks").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(label -> label.getText().contains("checked before: True, 12 Oct 2024")));

        ListView<?> list = robot.lookup("#checkedBeforeList").queryAs(ListView.class);
        waitUntil(() -> !list.getItems().isEmpty());
        MatchFound first = (MatchFound) list.getItems().get(0);
        assertThat(first.text()).isEqualTo(published.claim());
        assertThat(CheckedBeforeSection.describe(first)).startsWith("True · 12 Oct 2024 · Example Checks · ")
                .endsWith("% alike");

        // The earlier check is chosen and its buttons fired, not clicked: the section sits under the
        // claim's evidence, and on a busy machine the detail's scroll and layout move it between a
        // pointer's aim and its click (the test then waited for a click that landed elsewhere).
        onFx(() -> list.getSelectionModel().select(0));
        Button copy = robot.lookup("#copyEarlierVerdict").queryAs(Button.class);
        waitUntilOnFx(() -> !copy.isDisabled());
        onFx(copy::fire);
        waitUntilOnFx(() -> open().claim(claim.id()).note().startsWith("Checked before by Example Checks (2024-10-12): True"));
        Button link = robot.lookup("#linkEarlierEvidence").queryAs(Button.class);
        waitUntilOnFx(() -> !link.isDisabled());
        onFx(link::fire);
        waitUntil(() -> session.evidence().evidenceOf(claim.id()).stream()
                .anyMatch(l -> l.evidence().title().equals("Yes, North Korean troops are in Russia")));
        waitUntil(() -> robot.lookup("Yes, North Korean troops are in Russia").tryQuery().isPresent());

        assertThat(session.claims().history(claim.id())).filteredOn(h -> h.field().equals(HistoryEntry.FIELD_TAKEN_FROM))
                .extracting(HistoryEntry::newValue).hasSize(2)
                .allSatisfy(text -> assertThat(text).contains("the fact-check by Example Checks of 2024-10-12"));
    }
}
