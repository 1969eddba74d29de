package org.checkbench.bench;

import org.checkbench.cli.CliErrors;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmark jar's entry point ({@code java -jar target/checkbench-bench.jar COMMAND}). Benchmarks
 * print figures; they never pass or fail, and none of this ships in {@code checkbench.jar}.
 *
 * <p>To add a benchmark: write a {@code @Command(name = "...")} class in this package that prints its
 * figures, and list it in {@code subcommands} below (docs/architecture.md, "Benchmarks").
 */
@Command(
        name = "checkbench-bench",
        mixinStandardHelpOptions = true,
        description = "Measure Checkbench's speed on generated data and print the figures.",
        subcommands = {BenchStoreCommand.class, BenchDetectCommand.class, BenchEditorCoreCommand.class,
            ReportBenchCommand.class, BenchFormatsCommand.class, EditorBenchmark.class, BenchMatchCommand.class,
            BenchDraftsCommand.class, CompareBenchmark.class, SpeedBenchmark.class, org.checkbench.bench.faults.FaultsCommand.class,
            org.checkbench.bench.faults.TypingDriver.class, org.checkbench.bench.team.BenchTeamCommand.class,
            org.checkbench.bench.team.BenchTeamFaultsCommand.class, LongWorkspaceCommand.class})
public final class BenchMain {

    public static void main(String[] args) {
        // As the program ends: after the model calls in flight, not under them (ADR 0171).
        org.checkbench.service.ProcessEnd.exit(commandLine().execute(args));
    }

    /** The command tree, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return CliErrors.installOn(new CommandLine(new BenchMain()));
    }
}
