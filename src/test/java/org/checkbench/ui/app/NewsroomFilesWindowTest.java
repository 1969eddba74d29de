package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.TextField;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.checkbench.model.Claim;
import org.checkbench.ui.ReadmeRow;
import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.ScriptedDialogs;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.service.ExportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The newsroom formats from the window: a Word draft opened, rich text pasted as a new article, a
 * hard-wrapped e-mail joined on request (and its next draft joined without asking), exports with the
 * ClaimReview "missing fields" list, and who made a claim saved from the claim's detail.
 */
class NewsroomFilesWindowTest extends RunningAppTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void scriptTheDialogs() throws Exception {
        onFx(() -> {
            app.window().draftImport().useDialogs(dialogs);
            app.window().newsroomExport().useDialogs(dialogs);
            app.window().bundleTransfer().useDialogs(dialogs);
        });
    }

    @Test
    void aWordDraftOpensAsAnArticleWithItsNotices() throws Exception {
        Path draft = harness.dataDir().resolve("tracked.docx");
        try (InputStream in = getClass().getResourceAsStream("/org/checkbench/io/tracked-libreoffice.docx")) {
            Files.copy(in, draft, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        dialogs.open(draft);
        OpenArticle before = open();
        onFx(() -> app.window().draftImport().openDraft());
        waitUntil(() -> open() != before && area().getText().startsWith("Troops in Kursk"));
        assertThat(area().getText()).contains("some 11,000 soldiers arrived[1].").doesNotContain("about 10,000");
        waitUntil(() -> !dialogs.information.isEmpty());
        assertThat(dialogs.information.get(0)).contains("tracked changes", "comment", "footnote");
    }

    @Test
    @ReadmeRow("paste a draft from an e-mail or a web page")
    void richTextPastedBecomesPlainParagraphs() throws Exception {
        OpenArticle before = open();
        onFx(() -> app.window().draftImport().paste("<html><body><h2>Pasted <b>headline</b></h2><p>First"
                + " <i>paragraph</i>.<br>Same paragraph, next line.</p><script>alert(1)</script><ul><li>One</li></ul>"
                + "</body></html>", "ignored plain version"));
        waitUntil(() -> open() != before && area().getText().startsWith("Pasted headline"));
        assertThat(area().getText()).isEqualTo("Pasted headline\n\nFirst paragraph.\nSame paragraph, next line.\n\n• One");
        assertThat(open().article().title()).isEqualTo("Pasted headline");
    }

    @Test
    void aHardWrappedEmailIsJoinedWhenTheCheckerSaysSoAndItsNextDraftWithoutAsking() throws Exception {
        String line = "The ministry said on Tuesday that about 11,000 troops had arrived in the";
        StringBuilder mail = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            mail.append(line).append(i == 7 ? " region.\n" : "\n");
        }
        Path file = Files.writeString(harness.dataDir().resolve("mail.txt"), mail.toString());
        dialogs.answer(true);
        OpenArticle before = open();
        onFx(() -> app.window().draftImport().importFile(file));
        waitUntil(() -> open() != before && area().getText().startsWith("The ministry"));
        assertThat(dialogs.questions).anyMatch(q -> q.startsWith("Join wrapped lines?"));
        assertThat(area().getText().strip()).doesNotContain("\n").endsWith("in the region.");

        dialogs.questions.clear();
        dialogs.answer(false); // would keep the lines, but the article's answer is remembered
        Path second = Files.writeString(harness.dataDir().resolve("mail2.txt"), mail.toString().replace("Tuesday", "Monday"));
        OpenArticle first = open();
        onFx(() -> app.window().importDraft(second));
        waitUntil(() -> open() != first && area().getText().contains("Monday"));
        assertThat(area().getText().strip()).doesNotContain("\n");
        assertThat(dialogs.questions).isEmpty();
    }

    @Test
    @ReadmeRow("send the writer a marked-up Word copy, ClaimReview, CSV, Web Annotations")
    void claimReviewExportListsTheMissingFieldsAndTheWordCopyIsWritten() throws Exception {
        waitUntil(() -> open() != null && !area().getText().isEmpty());
        int end = area().getText().indexOf('.') + 1;
        Claim claim = onFx(() -> open().session().claims().mark(open().article().id(), 0, end));
        onFx(() -> app.window().workspace().openArticle(open().article().id(), app.window()::showArticle));
        waitUntil(() -> open().currentClaims().stream().anyMatch(c -> c.id() == claim.id()));

        dialogs.saveAs(harness.dataDir().resolve("claims.json"));
        onFx(() -> app.window().newsroomExport().export(ExportService.Format.CLAIMREVIEW));
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("ClaimReview not written", "Claim 1", "Public rating", "url");
        assertThat(harness.dataDir().resolve("claims.json")).doesNotExist();

        Path copy = harness.dataDir().resolve("copy.docx");
        dialogs.saveAs(copy);
        onFx(() -> app.window().newsroomExport().export(ExportService.Format.DOCX));
        waitUntil(() -> dialogs.information.stream().anyMatch(m -> m.contains("Wrote " + copy)));
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(copy))) {
            assertThat(document.getComments()).hasSize(open().currentClaims().size());
        }
    }

    @Test
    void whoMadeTheClaimIsSavedFromTheClaimsDetail() throws Exception {
        waitUntil(() -> open() != null && !area().getText().isEmpty());
        int end = area().getText().indexOf('.') + 1;
        Claim claim = onFx(() -> open().session().claims().mark(open().article().id(), 0, end));
        onFx(() -> app.window().workspace().openArticle(open().article().id(), app.window()::showArticle));
        waitUntil(() -> open().currentClaims().stream().anyMatch(c -> c.id() == claim.id()));
        onFx(() -> app.window().selectClaim(open().claim(claim.id())));
        onFx(() -> ((javafx.scene.control.TitledPane) robot.lookup("#claimAttribution").query()).setExpanded(true));
        // Filled and fired on the FX thread: under load, keys typed into a detail that is still
        // scrolling and laying out once landed in the wrong field.
        onFx(() -> {
            robot.lookup("#claimantField").queryAs(TextField.class).setText("Ministry of Defence");
            robot.lookup("#claimDateField").queryAs(TextField.class).setText("2024-11-05");
            robot.lookup("#appearanceField").queryAs(TextField.class).setText("javascript:alert(1)");
            robot.lookup("#saveAttribution").queryAs(javafx.scene.control.Button.class).fire();
        });
        waitUntil(() -> robot.lookup(".field-problem").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().contains("http")));
        onFx(() -> robot.lookup("#appearanceField").queryAs(TextField.class).setText("https://mod.example/statement"));
        // Fired, not clicked: the problem line above moved the button, and a click under load once landed beside it.
        onFx(() -> robot.lookup("#saveAttribution").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> "Ministry of Defence".equals(open().session().publications().attribution(claim.id()).claimant()));
        var saved = open().session().publications().attribution(claim.id());
        assertThat(saved.claimDate()).hasToString("2024-11-05");
        assertThat(saved.appearanceUrl()).isEqualTo("https://mod.example/statement");
    }
}
