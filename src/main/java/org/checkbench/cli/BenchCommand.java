package org.checkbench.cli;

import picocli.CommandLine.Command;

/**
 * Benchmarks print figures; they never pass or fail. Each area adds its own sub-command here
 * ({@code bench store}, {@code bench detect}, {@code bench report}).
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure Checkbench's speed on generated data and print the figures.",
        subcommands = {BenchStoreCommand.class, BenchDetectCommand.class, BenchEditorCoreCommand.class,
                ReportBenchCommand.class, BenchFormatsCommand.class})
public final class BenchCommand {
}
