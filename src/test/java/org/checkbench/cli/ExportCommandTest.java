package org.checkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line takes drafts in every format and bundles, and writes every export format. */
class ExportCommandTest {

    @TempDir
    Path folder;

    @Test
    void importAWebPageThenExportEachFormatAndABundleIntoAnotherWorkspace() throws Exception {
        Path workspace = folder.resolve("cli.checkbench");
        Path page = Files.writeString(folder.resolve("preview.txt"), "<!DOCTYPE html><html><body><article>"
                + "<h1>Budget</h1><p>The ministry spent 4.2 billion in 2024.</p><nav>Menu</nav></article></body></html>");

        CliRun imported = CliRun.of("import", "--workspace", workspace.toString(), "--accept-suggestions", page.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        String id = imported.out().strip();

        for (String format : new String[] {"docx", "csv", "links-csv", "annotations", "bundle"}) {
            Path out = folder.resolve("out." + format);
            CliRun run = CliRun.of("export", "--workspace", workspace.toString(), "--article", id, "--format", format,
                    "--out", out.toString());
            assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
            assertThat(run.out()).startsWith("Wrote ");
            assertThat(Files.size(out)).isPositive();
        }
        try (XWPFDocument copy = new XWPFDocument(Files.newInputStream(folder.resolve("out.docx")))) {
            assertThat(copy.getParagraphs()).extracting(p -> p.getText())
                    .containsExactly("Budget", "The ministry spent 4.2 billion in 2024.");
        }

        CliRun claimReview = CliRun.of("export", "--workspace", workspace.toString(), "--article", id, "--format",
                "claimreview", "--out", folder.resolve("cr.json").toString());
        assertThat(claimReview.exitCode()).isEqualTo(ExitCodes.NOTHING_TO_EXPORT);
        assertThat(claimReview.err()).contains("Left out claim 1", "Public rating", "Nothing was written");
        assertThat(folder.resolve("cr.json")).doesNotExist();

        Path other = folder.resolve("other.checkbench");
        Path named = folder.resolve("out.bundle"); // known by its content even without its extension
        CliRun first = CliRun.of("import", "--workspace", other.toString(), named.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("Imported 1 article");
        CliRun second = CliRun.of("import", "--workspace", other.toString(), named.toString());
        assertThat(second.err()).contains("Imported 0 articles; 1 already in this workspace");
    }

    @Test
    void aWrongFormatNameIsAUsageError() {
        CliRun run = CliRun.of("export", "--workspace", folder.resolve("w.checkbench").toString(), "--article", "1",
                "--format", "pdf", "--out", folder.resolve("x").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("not an export format");
    }
}
