package org.checkbench;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.checkbench.cli.AppVersion;
import org.checkbench.cli.BenchCommand;
import org.checkbench.cli.ImportCommand;
import org.checkbench.cli.InfoCommand;
import org.checkbench.ui.LaunchOptions;
import org.checkbench.ui.CheckbenchApp;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The one entry point of the jar. Without a sub-command it opens the main window; sub-commands run
 * headless. It deliberately does not extend {@code javafx.application.Application}: a classpath
 * launch of such a class fails with "JavaFX runtime components are missing".
 */
@Command(
        name = "checkbench",
        mixinStandardHelpOptions = true,
        versionProvider = AppVersion.class,
        description = "A desktop workbench for fact-checkers. Without a command, opens the main window.",
        subcommands = {BenchCommand.class, InfoCommand.class, ImportCommand.class})
public final class Main implements Callable<Integer> {

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "Workspace database to open (default: the one in your data folder).")
    Path workspace;

    @Option(names = "--startup-benchmark",
            description = "Open the window, print the time from launch until the article is shown, then quit.")
    boolean startupBenchmark;

    @Parameters(arity = "0..1", paramLabel = "ARTICLE", description = "A text file to open as an article.")
    Path article;

    @Override
    public Integer call() {
        CheckbenchApp.launch(new LaunchOptions(workspace, article, startupBenchmark));
        return 0;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command tree, shared by {@link #main} and the CLI tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
