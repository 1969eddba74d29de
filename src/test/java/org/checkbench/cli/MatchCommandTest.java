package org.checkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {

    private static final String RESOURCES = "src/test/resources/org/checkbench/match/";

    @TempDir
    Path folder;

    @Test
    void importedFactChecksAreMatchedFromTheCommandLine() {
        Path workspace = folder.resolve("m.checkbench");

        CliRun imported = CliRun.of("import-factchecks", "--workspace", workspace.toString(), RESOURCES + "factchecks.csv");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("factchecks: 2 added, 0 updated, 0 unchanged, 4 skipped", "2 embedded");
        assertThat(imported.err()).contains("skipped row 4: no claim", "skipped row 5: no rating");

        CliRun again = CliRun.of("import-factchecks", "--workspace", workspace.toString(), RESOURCES + "factchecks.csv");
        assertThat(again.out()).contains("0 added, 0 updated, 2 unchanged, 4 skipped", "0 embedded");

        CliRun match = CliRun.of("match", "--workspace", workspace.toString(), "--top", "1",
                "The", "jobless", "rate", "is", "the", "lowest", "in", "five", "decades");
        assertThat(match.exitCode()).as(match.err()).isZero();
        assertThat(match.out().lines()).singleElement().satisfies(line -> {
            String[] fields = line.split("\t");
            assertThat(fields).hasSize(4);
            assertThat(Double.parseDouble(fields[0])).isBetween(0.3, 1.0);
            assertThat(fields[1]).isEqualTo("City Desk");
            assertThat(fields[2]).isEqualTo("True");
            assertThat(fields[3]).isEqualTo("Unemployment fell to its lowest level in 50 years");
        });
    }

    @Test
    void aFileThatIsNotFactChecksIsRefusedWithItsReason() throws Exception {
        Path page = Files.writeString(folder.resolve("page.json"), "<html><body>hello</body></html>");
        CliRun run = CliRun.of("import-factchecks", "--workspace", folder.resolve("m.checkbench").toString(), page.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.IMPORT_REFUSED);
        assertThat(run.err()).contains("not ClaimReview JSON-LD or CSV", "Nothing was imported");
    }

    @Test
    void theBenchmarkPrintsItsThreeFiguresOnTheSharedFormat() {
        String excerpt = RESOURCES + "clef2020-excerpt/";
        CliRun run = CliRun.of("match", "--evaluate", excerpt + "queries.tsv", excerpt + "qrels.tsv",
                excerpt + "verified_claims.tsv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("40 documents, 12 queries with answers");
        assertThat(run.out()).containsPattern("MAP@5\t[01]\\.\\d{4}\\RP@1\t[01]\\.\\d{4}\\Rrecall@5\t[01]\\.\\d{4}");
        double map = Double.parseDouble(run.out().lines().findFirst().orElseThrow().split("\t")[1]);
        // 40 documents are easy: the right one must be near the top almost always.
        assertThat(map).isGreaterThan(0.8);
    }
}
