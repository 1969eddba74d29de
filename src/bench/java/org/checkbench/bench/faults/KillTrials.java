package org.checkbench.bench.faults;

import picocli.CommandLine.Option;

/** The options of the commands that kill a process at random moments: how often, and the seed. */
final class KillTrials {

    @Option(names = "--trials", defaultValue = "30", description = "Kills (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--seed", defaultValue = "17", description = "Random seed for the kill moments (default: ${DEFAULT-VALUE}).")
    long seed;
}
