package org.checkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench info --workspace FILE}: the schema version and how many articles, claims and
 * evidence entries a workspace holds. A bad file gets the window's message and exit code 3 (from
 * {@link CliErrors}), and is left as it was.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print a workspace's format version and how many articles, claims and evidence entries it holds.")
public final class InfoCommand implements Callable<Integer> {

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "The workspace file (default: the one in your data folder).")
    Path workspace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path file = workspace != null ? workspace : AppDirectories.forCurrentUser().defaultWorkspace();
        PrintWriter out = spec.commandLine().getOut();
        // Looking at a workspace does not make it "recent". A refused file is reported by CliErrors.
        WorkspaceSummary counts = WorkspaceService.describe(file);
        out.println("Workspace:      " + counts.file());
        out.println("Schema version: " + counts.schemaVersion());
        out.println("Articles:       " + counts.articles());
        out.println("Claims:         " + counts.claims());
        out.println("Evidence:       " + counts.evidence());
        return ExitCodes.OK;
    }
}
