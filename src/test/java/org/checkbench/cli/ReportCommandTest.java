package org.checkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.CheckedArticle;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path folder;

    private Path workspace;
    private CheckedArticle checked;

    @BeforeEach
    void createWorkspace() {
        workspace = folder.resolve("checked.checkbench");
        checked = CheckedArticle.createIn(workspace, folder.resolve("data"));
    }

    @Test
    void writesThePdfWithClaimsVerdictsAndEvidenceInOrderAndEveryScriptIntact() throws IOException {
        Path out = folder.resolve("report.pdf");
        CliRun run = CliRun.of("report", "--workspace", workspace.toString(), "--article", Long.toString(checked.articleId),
                "--out", out.toString(), "--checker", "Editor Lee", "--no-article-text");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + out.toAbsolutePath()).containsPattern("\\(\\d+ pages?\\)");

        String text = pdfText(out);
        assertThat(text).contains("Editor Lee", CheckedArticle.TROOPS_NOTE, "김정은 statement checked against KCNA",
                "Troops & \"allies\" <draft>");
        // Each claim section: number, verdict badge, quote, correction, then its evidence in the claim's order.
        String claims = text.substring(text.indexOf("Claims [1]"));
        assertThat(claims).containsSubsequence(
                "[1]", "Needs correction", CheckedArticle.TROOPS, CheckedArticle.CORRECTION, "Reuters report", "Ministry briefing",
                "[2]", "Confirmed", CheckedArticle.DENIAL, "KCNA statement",
                "[3]", "Disputed", "Orphaned", "No evidence linked", "Sources");
        // The note's rocket is drawn by the bundled emoji font: nothing to warn about.
        assertThat(run.err()).doesNotContain("Warning:");
        assertThat(text).contains("KCNA \uD83D\uDE80");
    }

    @Test
    void aStatusFilterKeepsOnlyThoseClaims() throws IOException {
        Path out = folder.resolve("confirmed.pdf");
        CliRun run = CliRun.of("report", "--workspace", workspace.toString(), "--article", Long.toString(checked.articleId),
                "--out", out.toString(), "--no-article-text", "--status", "confirmed");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = pdfText(out);
        assertThat(text).contains(CheckedArticle.DENIAL).doesNotContain("Ministry briefing");
        assertThat(Files.readString(out, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
    }

    @Test
    void embedFilesPutsTheAttachedFileIntoThePdfAndSourcesRequiredSetsTheFlags() throws IOException {
        Path minutes = Files.writeString(folder.resolve("briefing minutes.txt"), "Minutes of the briefing, 2 May.");
        try (WorkspaceSession session = new WorkspaceService(new AppDirectories(folder.resolve("data")),
                java.time.Clock.systemUTC(), "olena").open(workspace)) {
            session.evidence().attach(checked.kcna.id(), minutes);
        }
        Path out = folder.resolve("complete.pdf");
        CliRun run = CliRun.of("report", "--workspace", workspace.toString(), "--article", Long.toString(checked.articleId),
                "--out", out.toString(), "--embed-files", "--sources-required", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsOnlyKeys("briefing minutes.txt");
            assertThat(pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("briefing minutes.txt")
                    .getEmbeddedFile().toByteArray()).isEqualTo(Files.readAllBytes(minutes));
        }
        assertThat(pdfText(out)).as("one source is enough under --sources-required 1")
                .doesNotContain("independent source").contains("briefing minutes.txt");

        Path twoSources = folder.resolve("two.pdf");
        CliRun strict = CliRun.of("report", "--workspace", workspace.toString(), "--article", Long.toString(checked.articleId),
                "--out", twoSources.toString());
        assertThat(strict.exitCode()).as(strict.err()).isZero();
        assertThat(pdfText(twoSources)).as("the default policy asks for two").contains("independent source");
        try (PDDocument pdf = Loader.loadPDF(twoSources.toFile())) {
            assertThat(pdf.getDocumentCatalog().getNames() == null
                    || pdf.getDocumentCatalog().getNames().getEmbeddedFiles() == null).as("no files without --embed-files").isTrue();
        }

        CliRun none = CliRun.of("report", "--workspace", workspace.toString(), "--article", Long.toString(checked.articleId),
                "--out", folder.resolve("none.pdf").toString(), "--sources-required", "0");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("--sources-required must be 1 or more");
        assertThat(folder.resolve("none.pdf")).doesNotExist();
    }

    @Test
    void problemsGetAMessageAndTheirOwnExitCode() throws IOException {
        String id = Long.toString(checked.articleId);
        Path out = folder.resolve("r.pdf");

        CliRun unknownArticle = CliRun.of("report", "--workspace", workspace.toString(), "--article", "42", "--out", out.toString());
        assertThat(unknownArticle.exitCode()).isEqualTo(ExitCodes.NO_SUCH_ARTICLE);
        assertThat(unknownArticle.err()).contains("There is no article with id 42", "Its articles are: " + id);

        CliRun missingWorkspace = CliRun.of("report", "--workspace", folder.resolve("none.checkbench").toString(),
                "--article", id, "--out", out.toString());
        assertThat(missingWorkspace.exitCode()).isEqualTo(ExitCodes.WORKSPACE_PROBLEM);
        assertThat(missingWorkspace.err()).contains("There is no workspace at");
        assertThat(folder.resolve("none.checkbench")).doesNotExist();

        Path aFile = Files.writeString(folder.resolve("notes.txt"), "not a folder");
        CliRun unwritable = CliRun.of("report", "--workspace", workspace.toString(), "--article", id,
                "--out", aFile.resolve("r.pdf").toString());
        assertThat(unwritable.exitCode()).isEqualTo(ExitCodes.REPORT_NOT_WRITTEN);
        assertThat(unwritable.err()).contains("is a file, not a folder");

        CliRun badStatus = CliRun.of("report", "--workspace", workspace.toString(), "--article", id,
                "--out", out.toString(), "--status", "mostly-true");
        assertThat(badStatus.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badStatus.err()).contains("'mostly-true' is not a status", "needs-correction");
        assertThat(out).as("nothing written for a refused command").doesNotExist();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
