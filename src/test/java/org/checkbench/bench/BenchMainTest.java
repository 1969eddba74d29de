package org.checkbench.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The benchmark jar's command tree; {@link Run} runs it for the other benchmark tests. */
class BenchMainTest {

    /** One run of {@code checkbench-bench ARGS} with its output captured. */
    record Run(int exitCode, String out, String err) {

        static Run of(String... args) {
            CommandLine commandLine = BenchMain.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            int exitCode = commandLine.execute(args);
            return new Run(exitCode, out.toString(), err.toString());
        }
    }

    @Test
    void everyBenchmarkIsASubCommand() {
        Run run = Run.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(BenchMain.commandLine().getSubcommands().keySet())
                .containsExactlyInAnyOrder("store", "detect", "editor-core", "report", "formats", "editor", "match", "faults",
                        "typing-driver", "drafts", "compare", "speed", "team", "team-faults", "long-workspace");
        assertThat(run.out()).contains("Usage: checkbench-bench").contains("editor-core");
    }

    @Test
    void benchmarksUseOnlyWhatTheAppShipsWith() {
        JavaClasses bench = new ClassFileImporter().importPackages("org.checkbench.bench");

        noClasses().that().resideInAPackage("org.checkbench.bench..")
                .and().haveSimpleNameNotEndingWith("Test").and().haveNameNotMatching(".*Test\\$.*")
                .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.assertj..", "org.testfx..",
                        "net.jqwik..", "com.tngtech..")
                .because("checkbench-bench.jar runs with the app's libraries in target/lib/, where no test library is")
                .check(bench);
    }
}
