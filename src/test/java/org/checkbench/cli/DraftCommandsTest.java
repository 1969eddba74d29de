package org.checkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The command line round trip: import, then a new draft, then the claims, revisions and diff. */
class DraftCommandsTest {

    private static final String FIRST = "Seoul's spy agency said that 11,000 troops arrived in Kursk last week.\t(Yonhap)\n\n"
            + "Moscow denied that 3,000 more soldiers were on their way.\n\n"
            + "The Pentagon said on Tuesday that 8,000 of them were already fighting.";
    private static final String SECOND = "Seoul's spy agency said that 12,000 troops arrived in Kursk last week.\t(Yonhap)\n\n"
            + "The Pentagon said on Tuesday that 8,000 of them were already fighting.\n\n"
            + "A new closing paragraph with no figures.";

    @TempDir
    Path folder;

    private Path workspace;

    private String importFirst() throws Exception {
        workspace = folder.resolve("cli.checkbench");
        Path first = Files.writeString(folder.resolve("draft1.txt"), FIRST);
        CliRun imported = CliRun.of("import", "--workspace", workspace.toString(), "--accept-suggestions", first.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        return imported.out().strip();
    }

    private static List<String[]> rows(String out) {
        return out.lines().map(line -> line.split("\t", -1)).toList();
    }

    @Test
    void importThenDraftThenClaims() throws Exception {
        String id = importFirst();
        List<String[]> before = rows(CliRun.of("claims", "--workspace", workspace.toString(), "--article", id).out());
        assertThat(before).as("detection's claims on the three factual sentences").hasSize(3);

        Path second = Files.writeString(folder.resolve("draft2.txt"), SECOND);
        CliRun draft = CliRun.of("draft", "--workspace", workspace.toString(), "--article", id, second.toString(),
                "--note", "writer's second draft");
        assertThat(draft.exitCode()).as(draft.err()).isZero();
        assertThat(draft.err()).isEmpty();
        List<String[]> lines = rows(draft.out());
        assertThat(lines).hasSize(3).allSatisfy(fields -> assertThat(fields).hasSize(8));
        assertThat(lines).extracting(f -> f[0]).containsExactly("1", "2", "3");
        String[] changed = lines.get(0);
        assertThat(changed[1]).isEqualTo("changed");
        assertThat(changed[7]).isEqualTo("Seoul's spy agency said that 12,000 troops arrived in Kursk last week.");
        assertThat(SECOND.substring(Integer.parseInt(changed[4]), Integer.parseInt(changed[5]))).isEqualTo(changed[7]);
        assertThat(FIRST.substring(Integer.parseInt(changed[2]), Integer.parseInt(changed[3])))
                .contains("11,000 troops");
        assertThat(Double.parseDouble(changed[6])).isBetween(0.8, 0.99);
        String[] unchanged = lines.get(1);
        assertThat(unchanged[1]).isEqualTo("unchanged");
        assertThat(unchanged[6]).isEqualTo("1.00");
        String[] orphaned = lines.get(2);
        assertThat(Arrays.copyOfRange(orphaned, 1, 2)).containsExactly("orphaned");
        assertThat(orphaned[4]).isEqualTo("-");
        assertThat(orphaned[5]).isEqualTo("-");
        assertThat(orphaned[7]).startsWith("Moscow denied");

        List<String[]> claims = rows(CliRun.of("claims", "--workspace", workspace.toString(), "--article", id).out());
        assertThat(claims).hasSize(3).allSatisfy(fields -> assertThat(fields).hasSize(8));
        assertThat(claims.get(0)).containsExactly("1", changed[4], changed[5], "unchecked", "-", "suggested", "0", changed[7]);
        assertThat(claims.get(2)[4]).isEqualTo("orphaned");

        JsonNode json = new ObjectMapper().readTree(
                CliRun.of("claims", "--workspace", workspace.toString(), "--article", id, "--format", "json").out());
        assertThat(json).hasSize(3);
        assertThat(json.get(2).get("flags").get(0).asText()).isEqualTo("orphaned");
        assertThat(json.get(0).get("quote").asText()).isEqualTo(changed[7]);
        assertThat(json.get(0).get("evidence").asInt()).isZero();

        List<String[]> revisions = rows(CliRun.of("revisions", "--workspace", workspace.toString(), "--article", id).out());
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(1)[0]).isEqualTo("2");
        assertThat(revisions.get(1)[5]).isEqualTo("writer's second draft");
        assertThat(revisions.get(1)[3]).as("words added: 12,000 + a new closing paragraph with no figures").isEqualTo("8");

        CliRun diff = CliRun.of("diff", "--workspace", workspace.toString(), "--article", id, "--from", "1", "--to", "2");
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).startsWith("# revision 1 -> 2: 8 words added, ")
                .contains("claims touched: 1, 3", "said that [-11,000-] {+12,000+} troops",
                        "[-Moscow denied that 3,000 more soldiers were on their way.-]",
                        "{+A new closing paragraph with no figures.+}");
    }

    @Test
    void badInputGetsTheSameMessagesAndExitCodesAsImport() throws Exception {
        String id = importFirst();
        Path picture = Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        CliRun refused = CliRun.of("draft", "--workspace", workspace.toString(), "--article", id, picture.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.IMPORT_REFUSED);
        assertThat(refused.err()).contains("looks like a PNG picture");
        assertThat(rows(CliRun.of("revisions", "--workspace", workspace.toString(), "--article", id).out())).hasSize(1);

        CliRun noArticle = CliRun.of("claims", "--workspace", workspace.toString(), "--article", "99");
        assertThat(noArticle.exitCode()).isEqualTo(ExitCodes.NO_SUCH_ARTICLE);
        assertThat(noArticle.err()).contains("There is no article with id 99", "Its articles are: " + id);

        CliRun noRevision = CliRun.of("diff", "--workspace", workspace.toString(), "--article", id, "--from", "1", "--to", "4");
        assertThat(noRevision.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noRevision.err()).contains("no revision 4");

        Path notes = Files.writeString(folder.resolve("notes.checkbench"), "not a database");
        CliRun badWorkspace = CliRun.of("revisions", "--workspace", notes.toString(), "--article", id);
        assertThat(badWorkspace.exitCode()).isEqualTo(ExitCodes.WORKSPACE_PROBLEM);
        assertThat(badWorkspace.err()).contains("is not a Checkbench workspace");

        CliRun badFormat = CliRun.of("claims", "--workspace", workspace.toString(), "--article", id, "--format", "xml");
        assertThat(badFormat.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
