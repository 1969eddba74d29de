package org.checkbench;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.checkbench.cli.AppVersion;
import org.checkbench.cli.ClaimsCommand;
import org.checkbench.cli.CliErrors;
import org.checkbench.cli.DetectCommand;
import org.checkbench.cli.DiffCommand;
import org.checkbench.cli.DraftCommand;
import org.checkbench.cli.ExitCodes;
import org.checkbench.cli.ImportCommand;
import org.checkbench.cli.ImportFactChecksCommand;
import org.checkbench.cli.MatchCommand;
import org.checkbench.cli.InfoCommand;
import org.checkbench.cli.NoDisplayException;
import org.checkbench.cli.ReportCommand;
import org.checkbench.cli.ExportCommand;
import org.checkbench.cli.RevisionsCommand;
import org.checkbench.ui.app.CheckbenchApp;
import org.checkbench.ui.app.LaunchOptions;

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
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":done",
            ExitCodes.UNEXPECTED + ":an unexpected error (a bug; the message says what, please report it)",
            ExitCodes.USAGE + ":wrong command line (unknown option, missing argument, unknown status)",
            ExitCodes.WORKSPACE_PROBLEM + ":the workspace was refused or could not be written (missing, locked, damaged, newer format, read-only, disk full)",
            ExitCodes.IMPORT_REFUSED + ":an input file was refused (unreadable, binary, empty, too big)",
            ExitCodes.NO_SUCH_ARTICLE + ":no article with that id in the workspace",
            ExitCodes.REPORT_NOT_WRITTEN + ":the report (or another output file) could not be written where asked",
            ExitCodes.NO_DISPLAY + ":no graphical display for the window (the sub-commands need none)",
            ExitCodes.NOTHING_TO_EXPORT + ":nothing valid to export (ClaimReview: no claim has every required field)"},
        subcommands = {InfoCommand.class, ImportCommand.class, DetectCommand.class,
            ReportCommand.class, ExportCommand.class, MatchCommand.class, ImportFactChecksCommand.class,
            DraftCommand.class, ClaimsCommand.class, RevisionsCommand.class, DiffCommand.class,
            org.checkbench.cli.TeamCommand.class})
public final class Main implements Callable<Integer> {

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "Workspace database to open (default: the one in your data folder).")
    Path workspace;

    @Option(names = "--startup-benchmark",
            description = "Open the window, print the time from launch until the article is shown, then quit.")
    boolean startupBenchmark;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "A draft to open as an article (Word, OpenDocument, RTF, web page, Markdown or text), or a .checkbench workspace to open.")
    Path file;

    /**
     * Loggers kept in fields (java.util.logging holds loggers weakly, and a collected one forgets its
     * level), made on first use: setting up java.util.logging looks through every jar for a logging
     * provider, ~50 ms the window's launch no longer spends before JavaFX starts (ADR 0156).
     */
    private static final class QuietLoggers {
        /** On the classpath JavaFX warns once about an "unsupported configuration"; it is harmless (ADR 0001). */
        static final Logger JAVAFX_PLATFORM = quiet("javafx");
        /** DJL (the sentence encoder's tokenizer) reports which native library it found and that there is no GPU: not news. */
        static final Logger DJL = quiet("ai.djl");

        /** Both quietened (the first call sets them up). */
        static void ensure() {
            Objects.requireNonNull(JAVAFX_PLATFORM);
            Objects.requireNonNull(DJL);
        }

        private static Logger quiet(String name) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.SEVERE);
            return logger;
        }
    }

    @Override
    public Integer call() {
        Path chosenWorkspace = workspace;
        Path article = file;
        // A double-clicked workspace file arrives as the only argument (the installer's file association).
        if (file != null && workspace == null && file.getFileName().toString().endsWith(WORKSPACE_EXTENSION)) {
            chosenWorkspace = file;
            article = null;
        }
        // Only JavaFX on the classpath warns (an installed app image has it as modules): before it starts.
        if (ModuleLayer.boot().findModule("javafx.graphics").isEmpty()) {
            QuietLoggers.ensure();
        }
        try {
            CheckbenchApp.launch(new LaunchOptions(chosenWorkspace, article, startupBenchmark));
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("DISPLAY")) {
                throw new NoDisplayException(e);
            }
            throw e;
        }
    }

    /** Workspace files carry this extension; the installer associates it with Checkbench. */
    public static final String WORKSPACE_EXTENSION = ".checkbench";

    public static void main(String[] args) {
        Main window = windowOnly(args);
        if (window == null) {
            org.checkbench.service.ProcessEnd.exit(Commands.commandLine().execute(args));
        }
        // Most launches only open the window: picocli's command tree (reflection over a dozen
        // sub-commands, about a tenth of a second before JavaFX can start) is built for them only
        // when something fails and its error handling is wanted (issue 18).
        // DJL speaks only once the encoder loads, seconds after the window is up: quietened beside the launch.
        Thread quieting = new Thread(QuietLoggers::ensure, "checkbench-quiet-logs");
        quieting.setDaemon(true);
        quieting.start();
        int code;
        try {
            code = window.call();
        } catch (RuntimeException failure) {
            code = new CliErrors().handleExecutionException(failure, Commands.commandLine(), null);
        }
        org.checkbench.service.ProcessEnd.exit(code);
    }

    /**
     * The options when {@code args} only ask for the window ({@code --workspace FILE},
     * {@code --startup-benchmark}, nothing at all); null for anything else, which picocli reads.
     */
    public static Main windowOnly(String[] args) {
        Main main = new Main();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--startup-benchmark")) {
                main.startupBenchmark = true;
            } else if (arg.equals("--workspace") && i + 1 < args.length && !args[i + 1].startsWith("-")
                    && main.workspace == null) {
                main.workspace = Path.of(args[++i]);
            } else {
                return null;
            }
        }
        return main;
    }

    /**
     * The command tree, in a class of its own: the Java launcher reads every method signature of
     * {@code Main} before calling {@code main}, and one returning picocli's {@code CommandLine} loaded
     * that class at every launch, from its jar (picocli's old class-file version keeps it out of the
     * launch cache; ADR 0184).
     */
    public static final class Commands {
        private Commands() {
        }

        /** The command tree, shared by {@link Main#main} and the CLI tests; every failure is reported by {@link CliErrors}. */
        public static CommandLine commandLine() {
            QuietLoggers.ensure();
            return CliErrors.installOn(new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true));
        }
    }
}
