package org.checkbench.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Stance;
import org.checkbench.service.EvidenceService;
import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.fx.DesktopActions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The evidence panel under the selected claim, through the real app: add, link, unlink, open. */
class EvidencePanelTest extends RunningAppTest {

    private static final RecordingDesktop desktop = new RecordingDesktop();

    /** Stands in for the browser, viewer and clipboard: tests see what would have been opened. */
    static final class RecordingDesktop implements DesktopActions {
        final List<String> pages = new CopyOnWriteArrayList<>();
        final List<Path> files = new CopyOnWriteArrayList<>();
        final List<String> copied = new CopyOnWriteArrayList<>();

        @Override
        public void openWebPage(String address) {
            pages.add(address);
        }

        @Override
        public void openFile(Path file) {
            files.add(file);
        }

        @Override
        public void copyText(String text) {
            copied.add(text);
        }
    }

    @BeforeAll
    static void prepareTheApplication() throws Exception {
        onFx(() -> app.window().setDesktopActions(desktop));
    }

    @BeforeEach
    void forgetDesktopCalls() {
        desktop.pages.clear();
        desktop.files.clear();
        desktop.copied.clear();
    }

    static EvidenceService evidence() {
        return open().session().evidence();
    }

    static EvidencePanel panel() {
        return app.window().evidencePanel();
    }

    /** Marks the words as a claim and waits until the panel shows it. */
    static Claim markAndSelect(String words) throws Exception {
        String text = app.window().editor().area().getText();
        int start = text.indexOf(words);
        assertThat(start).as("the sample contains " + words).isNotNegative();
        onFx(() -> open().mark(start, start + words.length()));
        waitUntilOnFx(() -> open().selectedProperty().get() != null && open().selectedProperty().get().quote().equals(words));
        Claim claim = open().selectedProperty().get();
        waitUntil(() -> panel().shownClaimId() == claim.id());
        return claim;
    }

    static List<String> titlesShown() {
        try {
            return onFx(() -> panel().list().getItems().stream().map(l -> l.evidence().title()).toList());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> titlesStored(Claim claim) {
        return evidence().evidenceOf(claim.id()).stream().map(l -> l.evidence().title()).toList();
    }

    /** The dialog (in any window) whose header contains the text, once it is showing. */
    static DialogPane dialogWithHeader(FxRobot robot, String header) throws Exception {
        waitUntil(() -> findDialog(robot, header).isPresent());
        return findDialog(robot, header).orElseThrow();
    }

    private static Optional<DialogPane> findDialog(FxRobot robot, String header) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getScene() != null && p.getScene().getWindow() != null && p.getScene().getWindow().isShowing())
                .filter(p -> p.getHeaderText() != null && p.getHeaderText().contains(header)).findFirst();
    }

    /** Presses a dialog's button without waiting on it (the dialog's nested event loop returns later). */
    static void press(DialogPane pane, ButtonType type) throws Exception {
        javafx.stage.Window window = pane.getScene().getWindow();
        Platform.runLater(() -> ((Button) pane.lookupButton(type)).fire());
        waitUntil(() -> !window.isShowing());
    }

    /** Clicks a button whose action opens a modal dialog: fire-and-forget, or the test would wait on the dialog. */
    static void fireLater(Node node) {
        Platform.runLater(() -> {
            if (node instanceof Button button) {
                button.fire();
            } else if (node instanceof Hyperlink link) {
                link.fire();
            }
        });
    }

    @org.checkbench.ui.ReadmeRow("add or link evidence")
    @Test
    void theFormRefusesBadAddressesAndDatesThenAddsAndLinksTheSource() throws Exception {
        Claim claim = markAndSelect("Gideon Rachman");
        fireLater(robot.lookup("#addEvidence").query());
        waitUntil(() -> robot.lookup("#evidenceForm").tryQuery().isPresent());
        DialogPane form = robot.lookup("#evidenceForm").queryAs(DialogPane.class);
        TextField accessed = robot.lookup("#evidenceAccessedField").queryAs(TextField.class);
        assertThat(accessed.getText()).as("accessed defaults to today, in the locale's format").isEqualTo(
                org.checkbench.service.PartialDates.forDefaultLocale().formatForEntry(
                        org.checkbench.model.PartialDate.of(LocalDate.now())));

        onFx(() -> {
            robot.lookup("#evidenceUrlField").queryAs(TextField.class).setText("javascript:alert(1)");
            robot.lookup("#evidencePublishedField").queryAs(TextField.class).setText("14.13.2026");
        });
        Label urlProblem = robot.lookup("#evidenceUrlFieldProblem").queryAs(Label.class);
        Label dateProblem = robot.lookup("#evidencePublishedFieldProblem").queryAs(Label.class);
        assertThat(urlProblem.isVisible()).isTrue();
        assertThat(urlProblem.getText()).contains("javascript:");
        assertThat(dateProblem.getText()).contains("“14.13.2026” is not a date");
        onFx(() -> ((Button) form.lookupButton(EvidenceFormDialog.SAVE)).fire());
        assertThat(form.getScene().getWindow().isShowing()).as("Save is refused while problems remain").isTrue();

        onFx(() -> {
            robot.lookup("#evidenceUrlField").queryAs(TextField.class).setText("https://www.ft.com/content/rachman-troops");
            robot.lookup("#evidencePublishedField").queryAs(TextField.class).setText("2024-11-04");
            robot.lookup("#evidenceTitleField").queryAs(TextField.class).setText("North Korea’s troops and the internet");
            robot.lookup("#evidenceOutletField").queryAs(TextField.class).setText("Financial Times");
            @SuppressWarnings("unchecked")
            ComboBox<Stance> stance = robot.lookup("#evidenceStanceChoice").queryAs(ComboBox.class);
            stance.setValue(Stance.REFUTES);
            robot.lookup("#evidenceLinkNoteField").queryAs(TextField.class).setText("Source of the quote");
        });
        assertThat(urlProblem.isVisible()).isFalse();
        press(form, EvidenceFormDialog.SAVE);

        waitUntil(() -> titlesShown().contains("North Korea’s troops and the internet"));
        List<LinkedEvidence> stored = evidence().evidenceOf(claim.id());
        assertThat(stored).hasSize(1);
        Evidence entry = stored.get(0).evidence();
        assertThat(entry.url()).isEqualTo("https://www.ft.com/content/rachman-troops");
        assertThat(entry.outlet()).isEqualTo("Financial Times");
        assertThat(entry.publishedDate()).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(entry.accessedDate()).isEqualTo(LocalDate.now());
        assertThat(stored.get(0).link().stance()).isEqualTo(Stance.REFUTES);
        assertThat(stored.get(0).link().note()).isEqualTo("Source of the quote");
        assertThat(open().evidenceCount(claim.id())).as("the claim list's badge follows").isEqualTo(1);
    }

    @org.checkbench.ui.ReadmeRow("add or link evidence")
    @Test
    void typingInTheSearchFindsSourcesOfOtherArticlesAndEnterLinksTheFirst() throws Exception {
        Claim claim = markAndSelect("Charlie Dietz");
        EvidenceService service = evidence();
        Instant now = Instant.now();
        for (int i = 0; i < 300; i++) {
            service.create(Evidence.draft("Pentagon briefing transcript " + i, EvidenceKind.DOCUMENT, now).withOutlet("DoD"));
        }
        Evidence wanted = service.create(Evidence.draft("Dietz: “unable to verify” — Défense briefing", EvidenceKind.WEB_PAGE, now)
                .withOutlet("Le Monde"));

        TextField search = robot.lookup("#linkEvidenceSearch").queryAs(TextField.class);
        onFx(search::requestFocus);
        robot.write("defense unab");
        @SuppressWarnings("unchecked")
        ListView<org.checkbench.model.EvidenceHit> results = robot.lookup("#linkEvidenceResults").queryAs(ListView.class);
        waitUntil(() -> results.isVisible() && !results.getItems().isEmpty());
        assertThat(results.getItems()).extracting(h -> h.evidence().id()).containsExactly(wanted.id());

        onFx(search::requestFocus);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> titlesStored(claim).contains(wanted.title()));
        waitUntil(() -> titlesShown().contains(wanted.title()));
        assertThat(search.getText()).as("ready for the next search").isEmpty();
        assertThat(open().evidenceCount(claim.id())).isEqualTo(1);
    }

    @Test
    void unlinkingAsksNothingAndUndoPutsTheSourceBackInItsPlace() throws Exception {
        Claim claim = markAndSelect("Elon Musk");
        EvidenceService service = evidence();
        for (String title : List.of("First source", "Second source", "Third source")) {
            Evidence entry = service.create(Evidence.draft(title, EvidenceKind.OTHER, Instant.now()));
            service.link(claim.id(), entry.id(), Stance.SUPPORTS, null, null);
        }
        onFx(() -> panel().reload());
        waitUntil(() -> titlesShown().size() == 3);

        Button unlink = (Button) onFx(() -> panel().list().lookupAll(".evidence-cell").stream()
                .map(node -> (EvidenceCell) node)
                .filter(cell -> cell.getItem() != null && cell.getItem().evidence().title().equals("First source"))
                .findFirst().orElseThrow().lookup(".unlink-evidence"));
        onFx(unlink::fire);
        assertThat(titlesShown()).containsExactly("Second source", "Third source");
        waitUntil(() -> titlesStored(claim).equals(List.of("Second source", "Third source")));
        assertThat(open().evidenceCount(claim.id())).isEqualTo(2);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as(() -> "no confirmation, but: " + robot.lookup(".dialog-pane")
                .tryQuery().map(pane -> ((javafx.scene.control.DialogPane) pane).getHeaderText() + " / "
                + ((javafx.scene.control.DialogPane) pane).getContentText()).orElse("")).isEmpty();

        onFx(() -> app.window().claimsInEditor().undo());
        waitUntil(() -> titlesStored(claim).equals(List.of("First source", "Second source", "Third source")));
        waitUntil(() -> titlesShown().equals(List.of("First source", "Second source", "Third source")));
        assertThat(open().evidenceCount(claim.id())).isEqualTo(3);

        onFx(() -> app.window().claimsInEditor().redo());
        waitUntil(() -> titlesStored(claim).equals(List.of("Second source", "Third source")));
    }

    @Test
    void aJavascriptAddressIsRefusedWithAMessageAndHttpsAddressesOpen() throws Exception {
        Claim claim = markAndSelect("Pyongyang soldiers");
        // The form refuses such addresses; an entry from an import or an older version may still hold one.
        Evidence bad = evidence().create(Evidence.draft("Suspicious link", EvidenceKind.WEB_PAGE, Instant.now())
                .withUrl("javascript:alert(document.cookie)").withArchivedUrl("https://archive.ph/Ok1"));
        evidence().link(claim.id(), bad.id(), Stance.CONTEXT, null, null);
        onFx(() -> panel().reload());
        waitUntil(() -> titlesShown().size() == 1);
        onFx(() -> panel().list().getSelectionModel().select(0));

        Hyperlink live = robot.lookup(".evidence-open-live").queryAs(Hyperlink.class);
        assertThat(live.isVisible()).isTrue();
        fireLater(live);
        DialogPane error = dialogWithHeader(robot, "javascript:alert(document.cookie)");
        assertThat(((javafx.stage.Stage) error.getScene().getWindow()).getTitle()).isEqualTo(EvidenceOpener.REFUSED_TITLE);
        assertThat(error.getHeaderText()).contains("http://");
        press(error, ButtonType.OK);
        assertThat(desktop.pages).as("nothing reached the browser").isEmpty();

        onFx(() -> robot.lookup(".evidence-open-archived").queryAs(Hyperlink.class).fire());
        assertThat(desktop.pages).containsExactly("https://archive.ph/Ok1");
    }

    @org.checkbench.ui.ReadmeRow("add or link evidence")
    @Test
    void aPastedAddressBecomesASourceAndPastingItForAnotherClaimOffersTheExistingEntry() throws Exception {
        String address = "https://www.kcna.kp/en/article/q/bright-star.kcmsf";
        Claim first = markAndSelect("bright star");
        onFx(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("  " + address + "\n");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            panel().list().requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        waitUntil(() -> titlesStored(first).equals(List.of(address)));
        Evidence created = evidence().findByUrl(address).get(0);
        assertThat(created.accessedDate()).isEqualTo(LocalDate.now());
        assertThat(created.kind()).isEqualTo(EvidenceKind.WEB_PAGE);
        long entries = evidence().count();

        Claim second = markAndSelect("Kwangmyong");
        Platform.runLater(() -> panel().addFromAddress(address));
        DialogPane question = dialogWithHeader(robot, "already in the library");
        assertThat(question.getContentText()).contains(address);
        press(question, EvidenceLinking.LINK_EXISTING);
        waitUntil(() -> titlesStored(second).equals(List.of(address)));
        assertThat(evidence().count()).as("no second entry for the same address").isEqualTo(entries);
        assertThat(evidence().usesOf(created.id())).extracting(l -> l.claimId()).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void aNewOrderIsStoredAndAPastedNonWebAddressIsRefused() throws Exception {
        Claim claim = markAndSelect("Financial Times");
        for (String title : List.of("Alpha", "Beta", "Gamma")) {
            Evidence entry = evidence().create(Evidence.draft(title, EvidenceKind.OTHER, Instant.now()));
            evidence().link(claim.id(), entry.id(), Stance.CONTEXT, null, null);
        }
        onFx(() -> panel().reload());
        waitUntil(() -> titlesShown().size() == 3);
        long gamma = onFx(() -> panel().list().getItems().get(2).evidence().id());
        // What a drop of Gamma's row onto the first row does.
        onFx(() -> panel().moveEntry(gamma, 0));
        assertThat(titlesShown()).containsExactly("Gamma", "Alpha", "Beta");
        waitUntil(() -> titlesStored(claim).equals(List.of("Gamma", "Alpha", "Beta")));

        Platform.runLater(() -> panel().addFromAddress("file:///etc/passwd"));
        DialogPane refused = dialogWithHeader(robot, "“file:”");
        press(refused, ButtonType.OK);
        assertThat(titlesStored(claim)).hasSize(3);
    }

    @Test
    void aPastedFileIsAttachedToTheSelectedSourceAndOpensFromATemporaryCopy() throws Exception {
        Claim claim = markAndSelect("Pyongyang’s military");
        Evidence entry = evidence().create(Evidence.draft("Satellite image analysis", EvidenceKind.IMAGE_VIDEO, Instant.now()));
        evidence().link(claim.id(), entry.id(), Stance.SUPPORTS, null, null);
        onFx(() -> panel().reload());
        waitUntil(() -> titlesShown().size() == 1);
        Path file = java.nio.file.Files.writeString(harness.dataDir().resolve("знімок.txt"), "pixels");
        onFx(() -> {
            panel().list().getSelectionModel().select(0);
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putFiles(List.of(file.toFile()));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            panel().list().requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        waitUntil(() -> evidence().attachments(entry.id()).size() == 1);
        assertThat(evidence().attachments(entry.id()).get(0).fileName()).isEqualTo("знімок.txt");
        assertThat(titlesStored(claim)).as("attached, not a new source").containsExactly("Satellite image analysis");

        onFx(() -> panel().openAttachment(panel().list().getItems().get(0)));
        waitUntil(() -> desktop.files.size() == 1);
        assertThat(desktop.files.get(0).getFileName().toString()).isEqualTo("знімок.txt");
        assertThat(java.nio.file.Files.readString(desktop.files.get(0))).isEqualTo("pixels");
    }

    @Test
    void theStanceChangesFromTheBadgeAndTheNoteFromTheLinkDialog() throws Exception {
        Claim claim = markAndSelect("North Korean leader");
        Evidence entry = evidence().create(Evidence.draft("KCNA photo report", EvidenceKind.IMAGE_VIDEO, Instant.now()));
        evidence().link(claim.id(), entry.id(), Stance.CONTEXT, null, null);
        onFx(() -> panel().reload());
        waitUntil(() -> titlesShown().size() == 1);

        javafx.scene.control.MenuButton badge = robot.lookup(".stance-badge").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(badge.getText()).isEqualTo("◆ Context");
        onFx(() -> badge.getItems().stream().filter(item -> item.getText().equals("✘ Refutes")).findFirst().orElseThrow().fire());
        waitUntil(() -> evidence().evidenceOf(claim.id()).get(0).link().stance() == Stance.REFUTES);
        waitUntilOnFx(() -> robot.lookup(".stance-badge").queryAs(javafx.scene.control.MenuButton.class).getText().equals("✘ Refutes"));

        LinkedEvidence shown = onFx(() -> panel().list().getItems().get(0));
        Platform.runLater(() -> panel().editLink(shown));
        waitUntil(() -> robot.lookup("#evidenceLinkForm").tryQuery().isPresent());
        DialogPane form = robot.lookup("#evidenceLinkForm").queryAs(DialogPane.class);
        onFx(() -> {
            robot.lookup("#linkNoteField").queryAs(javafx.scene.control.TextArea.class).setText("Photo is from 2019, not this year");
            robot.lookup("#linkLocatorField").queryAs(TextField.class).setText("caption");
        });
        ButtonType save = form.getButtonTypes().stream().filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .findFirst().orElseThrow();
        press(form, save);
        waitUntil(() -> evidence().evidenceOf(claim.id()).get(0).link().note().equals("Photo is from 2019, not this year"));
        assertThat(evidence().evidenceOf(claim.id()).get(0).link().locator()).isEqualTo("caption");
        assertThat(evidence().evidenceOf(claim.id()).get(0).link().stance()).isEqualTo(Stance.REFUTES);
    }
}
