package org.checkbench.ui.evidence;

import org.checkbench.ui.RunningAppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.evidence.EvidencePanelTest.evidence;
import static org.checkbench.ui.evidence.EvidencePanelTest.fireLater;
import static org.checkbench.ui.evidence.EvidencePanelTest.markAndSelect;
import static org.checkbench.ui.evidence.EvidencePanelTest.panel;
import static org.checkbench.ui.evidence.EvidencePanelTest.press;

import java.time.Instant;

import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;

import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.Stance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 17: a look-alike address is marked in the evidence panel and opens only after a confirmation. */
class DeceptiveLinkWindowTest extends RunningAppTest {

    private static final EvidencePanelTest.RecordingDesktop desktop = new EvidencePanelTest.RecordingDesktop();

    @BeforeAll
    static void recordTheBrowser() throws Exception {
        onFx(() -> app.window().setDesktopActions(desktop));
    }

    @Test
    void aLookAlikeAddressIsMarkedAndOpensOnlyAfterTheCheckerSaysSo() throws Exception {
        String homograph = "https://ex\u0430mple.com/page";
        Claim claim = markAndSelect("Starlink");
        Evidence entry = evidence().create(Evidence.draft("Look-alike", EvidenceKind.WEB_PAGE, Instant.now()).withUrl(homograph));
        evidence().link(claim.id(), entry.id(), Stance.CONTEXT, null, null);
        onFx(() -> panel().reload());
        waitUntil(() -> panel().list().getItems().stream().anyMatch(l -> l.evidence().id() == entry.id()));
        onFx(() -> panel().list().getSelectionModel().select(
                panel().list().getItems().stream().filter(l -> l.evidence().id() == entry.id()).findFirst().orElseThrow()));

        Hyperlink live = robot.lookup(".evidence-open-live").queryAs(Hyperlink.class);
        assertThat(live.getText()).startsWith("⚠");
        assertThat(live.getStyleClass()).contains(LinkWarnings.WARNING_CLASS);
        assertThat(live.getTooltip().getText()).contains("Cyrillic", "xn--");

        fireLater(live);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(ask.getContentText()).contains("mixes Latin and Cyrillic", "Open it anyway?");
        press(ask, ButtonType.CANCEL);
        assertThat(desktop.pages).isEmpty();

        fireLater(live);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        press(robot.lookup(".dialog-pane").queryAs(DialogPane.class), ButtonType.OK);
        waitUntil(() -> desktop.pages.contains(homograph));
    }
}
