package org.checkbench.bench.faults;

import picocli.CommandLine.Command;

/**
 * Fault injection (issue 17): each sub-command does to Checkbench what users and faults do (odd
 * files, a full disk, kills mid-work) and prints what came of it. They print figures; they never
 * pass or fail. See docs/reliability.md.
 */
@Command(
        name = "faults",
        mixinStandardHelpOptions = true,
        description = "Inject faults (odd files, full disk, kills) and print what became of the data.",
        subcommands = {FileFaultsCommand.class, DiskFaultsCommand.class, ReportKillFaultsCommand.class,
            TypingFaultsCommand.class})
public final class FaultsCommand {
}
