package org.checkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.checkbench.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** One exit-code table: each code means one thing, every failure is mapped in one place, --help shows it. */
class ExitCodesTest {

    @TempDir
    Path folder;

    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        private final RuntimeException failure;

        Failing(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() {
            throw failure;
        }
    }

    private static CliRun runFailing(RuntimeException failure) {
        CommandLine commandLine = CliErrors.installOn(new CommandLine(new Failing(failure)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new CliRun(commandLine.execute(), out.toString(), err.toString());
    }

    private static List<Integer> codes() throws IllegalAccessException {
        List<Integer> codes = new ArrayList<>();
        for (Field field : ExitCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                codes.add(field.getInt(null));
            }
        }
        return codes;
    }

    @Test
    void everyCodeMeansOneThingAndHelpListsThemAll() throws Exception {
        List<Integer> codes = codes();
        assertThat(codes).doesNotHaveDuplicates().containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8);

        CliRun help = CliRun.of("--help");
        assertThat(help.out()).contains("Exit codes:");
        for (int code : codes) {
            assertThat(help.out()).containsPattern("(?m)^\\s+" + code + "\\s+\\S");
        }
    }

    @Test
    void anUnexpectedFailureIsOneWithWhatBrokeAndTheStackForAReport() {
        CliRun run = runFailing(new IllegalStateException("the index is gone"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNEXPECTED).isEqualTo(1);
        assertThat(run.err()).contains("failed unexpectedly", "the index is gone", "Please report", "at org.checkbench");
    }

    @Test
    void aWrongCommandLineIsTwo() {
        assertThat(CliRun.of("--no-such-option").exitCode()).isEqualTo(ExitCodes.USAGE).isEqualTo(2);
        assertThat(CliRun.of("detect").exitCode()).as("detect without a mode").isEqualTo(2);
    }

    @Test
    void aRefusedWorkspaceIsThreeAndNoDisplayIsSevenNotThree() {
        CliRun missing = CliRun.of("info", "--workspace", folder.resolve("missing.checkbench").toString());
        CliRun noDisplay = runFailing(new NoDisplayException(new UnsupportedOperationException("Unable to open DISPLAY")));

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.WORKSPACE_PROBLEM).isEqualTo(3);
        assertThat(missing.err()).contains("There is no workspace at").doesNotContain("Exception");
        assertThat(noDisplay.exitCode()).isEqualTo(ExitCodes.NO_DISPLAY).isEqualTo(7);
        assertThat(noDisplay.err()).contains("no graphical display").doesNotContain("at org.checkbench");
    }

    @Test
    void aRefusedInputFileIsFourForImportAndDetectAlike() throws Exception {
        Path picture = Files.write(folder.resolve("photo.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});

        CliRun importing = CliRun.of("import", "--workspace", folder.resolve("w.checkbench").toString(), picture.toString());
        CliRun detecting = CliRun.of("detect", picture.toString());

        assertThat(importing.exitCode()).isEqualTo(ExitCodes.IMPORT_REFUSED).isEqualTo(4);
        assertThat(detecting.exitCode()).isEqualTo(4);
        assertThat(detecting.err()).contains("detect: ").contains("PNG picture");
    }

    @Test
    void aMissingArticleIsFiveAndAnUnwritableReportSix() throws Exception {
        Path workspace = folder.resolve("r.checkbench");
        Path article = Files.writeString(folder.resolve("a.txt"), "Troops arrived in June. Officials said 10,000 came.");
        String id = CliRun.of("import", "--workspace", workspace.toString(), article.toString()).out().strip();
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");

        CliRun missing = CliRun.of("report", "--workspace", workspace.toString(), "--article", "999", "--out",
                folder.resolve("r.pdf").toString());
        CliRun unwritable = CliRun.of("report", "--workspace", workspace.toString(), "--article", id, "--out",
                notAFolder.resolve("r.pdf").toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.NO_SUCH_ARTICLE).isEqualTo(5);
        assertThat(missing.err()).contains("no article with id 999");
        assertThat(unwritable.exitCode()).as(unwritable.err()).isEqualTo(ExitCodes.REPORT_NOT_WRITTEN).isEqualTo(6);
    }

    @Test
    void theMainCommandLineReportsThroughTheSameHandler() {
        assertThat(Main.Commands.commandLine().getExecutionExceptionHandler()).isInstanceOf(CliErrors.class);
        assertThat(Main.Commands.commandLine().getSubcommands().get("report").getExecutionExceptionHandler())
                .isInstanceOf(CliErrors.class);
    }
}
