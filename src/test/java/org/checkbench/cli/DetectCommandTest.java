package org.checkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.checkbench.Main;
import org.checkbench.detect.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class DetectCommandTest {

    private static final Pattern SCORE = Pattern.compile("\\d\\.\\d{3}");

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(InputStream stdin, String... args) {
        CommandLine commandLine = CliErrors.installOn(new CommandLine(new DetectCommand(stdin)));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    private List<String> outputLines() {
        return out.toString().lines().toList();
    }

    @Test
    void detectIsRegisteredOnTheRootCommand() {
        assertThat(Main.Commands.commandLine().getSubcommands()).containsKey("detect");
        // The detection benchmark is in the benchmark jar, not in the app's command tree.
        assertThat(org.checkbench.bench.BenchMain.commandLine().getSubcommands()).containsKey("detect");
        assertThat(Main.Commands.commandLine().getSubcommands()).doesNotContainKey("bench");
    }

    @Test
    void fileModePrintsOneLinePerSentenceWithOffsetsIntoTheFileText() throws IOException {
        Path file = folder.resolve("article.txt");
        String text = "Headline with 😀 emoji\r\nTroops\tarrived on June 19, 2024, officials said. I think it is sad.\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);

        assertThat(run(file.toString())).isZero();

        List<String> lines = outputLines();
        assertThat(lines).hasSize(3);
        double threshold = Detector.standard().defaultThreshold();
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            assertThat(fields).hasSize(6);
            int start = Integer.parseInt(fields[0]);
            int end = Integer.parseInt(fields[1]);
            assertThat(fields[5]).isEqualTo(text.substring(start, end).replace('\t', ' '));
            assertThat(fields[2]).matches(SCORE);
            assertThat(fields[3]).isEqualTo(Double.parseDouble(fields[2]) >= threshold ? "1" : "0");
            assertThat(fields[4]).isNotBlank().doesNotContain("\t");
        }
        assertThat(lines.get(0)).startsWith("0\t22\t"); // 21 code points, 22 UTF-16 units
        assertThat(lines.get(1)).contains("Troops arrived on June 19, 2024, officials said.");
        assertThat(lines.get(1).split("\t")[4]).contains("number", "date", "named source");
        assertThat(lines.get(1).split("\t")[3]).isEqualTo("1");
        assertThat(lines.get(2).split("\t")[3]).isEqualTo("0");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theSampleArticleGivesFortyOneLinesAndFlagsSome() throws IOException {
        Path file = folder.resolve("sample.txt");
        try (InputStream in = getClass().getResourceAsStream(org.checkbench.service.ArticleService.SAMPLE_RESOURCE)) {
            Files.write(file, in.readAllBytes());
        }
        String text = Files.readString(file);

        assertThat(run(file.toString())).isZero();

        List<String> lines = outputLines();
        assertThat(lines).hasSize(41);
        assertThat(lines).allSatisfy(line -> {
            String[] fields = line.split("\t", -1);
            assertThat(fields[5]).isEqualTo(text.substring(Integer.parseInt(fields[0]), Integer.parseInt(fields[1])));
        });
        long flagged = lines.stream().filter(line -> line.split("\t")[3].equals("1")).count();
        assertThat(flagged).isBetween(10L, 40L);
    }

    @Test
    void sentencesModeScoresEachStandardInputLineInOrder() {
        String input = "We're consuming 50 percent of the world's cocaine.\nLet me help the governor.\n\nWhy?\n";

        assertThat(run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "--sentences")).isZero();

        List<String> lines = outputLines();
        assertThat(lines).hasSize(4);
        assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(3));
        assertThat(lines.get(0)).matches("\\d\\.\\d{3}\t1\t.*number.*statistic.*");
        assertThat(lines.get(1)).matches("\\d\\.\\d{3}\t0\t.*");
        assertThat(lines.get(2)).as("an empty line").isEqualTo("0.000\t0\tfragment");
        assertThat(lines.get(3)).as("one word is no claim").isEqualTo("0.000\t0\tfragment");
    }

    @Test
    void thresholdOptionChangesTheFlags() {
        byte[] input = "I think we should do better.\n".getBytes(StandardCharsets.UTF_8);

        assertThat(run(new ByteArrayInputStream(input), "--sentences", "--threshold", "0")).isZero();
        assertThat(outputLines().get(0).split("\t")[1]).isEqualTo("1");
        assertThat(run("--sentences", "--threshold", "1.5")).isEqualTo(DetectCommand.EXIT_USAGE);
    }

    @Test
    void unusableFilesFailWithAClearMessage() throws IOException {
        Path picture = folder.resolve("photo.png");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});

        assertThat(run(folder.resolve("missing.txt").toString())).isEqualTo(DetectCommand.EXIT_UNUSABLE_FILE);
        assertThat(err.toString()).contains("There is no file at").contains("missing.txt");
        assertThat(run(picture.toString())).isEqualTo(DetectCommand.EXIT_UNUSABLE_FILE);
        assertThat(err.toString()).contains("looks like a PNG picture, not text");
        assertThat(run(folder.toString())).isEqualTo(DetectCommand.EXIT_UNUSABLE_FILE);
        assertThat(err.toString()).contains("is a folder");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void noModeOrSeveralModesIsAUsageError() {
        assertThat(run()).isEqualTo(DetectCommand.EXIT_USAGE);
        assertThat(run("--sentences", "--evaluate", "x.tsv")).isEqualTo(DetectCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("exactly one of");
    }

    @Test
    void windows1252FilesAreReadAndOffsetsCountTheDecodedText() throws IOException {
        Path file = folder.resolve("old.txt");
        // "Café costs €5. Next." in Windows-1252: é = 0xE9, € = 0x80.
        byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', 'c', 'o', 's', 't', 's', ' ', (byte) 0x80, '5', '.',
            ' ', 'N', 'e', 'x', 't', '.'};
        Files.write(file, bytes);

        assertThat(run(file.toString())).isZero();

        assertThat(outputLines()).hasSize(2);
        assertThat(outputLines().get(0)).startsWith("0\t14\t").endsWith("\tCafé costs €5.");
        assertThat(outputLines().get(1)).startsWith("15\t20\t");
    }

    @Test
    void evaluatePrintsPrecisionRecallAndF1() throws IOException {
        Path labelled = folder.resolve("labels.tsv");
        Files.writeString(labelled, "id\tlabel\tsentence\n"
                + "1\t1\tWe're consuming 50 percent of the world's cocaine.\n"
                + "2\t0\tLet me help the governor.\n"
                + "3\t1\tUnemployment rose to 7.5 percent in 1982.\n"
                + "4\t0\tI think that's all wrong.\n");

        assertThat(run("--evaluate", labelled.toString())).isZero();

        assertThat(out.toString()).contains("labels.tsv: 4 sentences, 2 check-worthy");
        List<String> rows = outputLines().subList(2, outputLines().size());
        assertThat(rows).extracting(row -> row.strip().split("\\s{2,}")[0])
                .containsExactly("feature model", "encoder", "ensemble", "ensemble, all");
        assertThat(rows).allSatisfy(row -> assertThat(row).matches(".*\\s1\\.000\\s+1\\.000\\s+1\\.000\\s+2 0 0 2"));
    }

    @Test
    void evaluateRefusesAMalformedFile() throws IOException {
        Path labelled = folder.resolve("bad.tsv");
        Files.writeString(labelled, "id\tlabel\tsentence\n1\tyes\tSomething.\n");

        assertThat(run("--evaluate", labelled.toString())).isEqualTo(DetectCommand.EXIT_UNUSABLE_FILE);
        assertThat(err.toString()).contains("line 2");
    }
}
