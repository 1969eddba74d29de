package org.checkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench long-workspace --out FILE}: writes the workspace the window benchmarks open (the 1 MB
 * article with 2,000 claims), so a real window can be started on it and typed into from outside
 * ({@code scripts/typed-window.sh}) exactly as {@code editor} and {@code speed} see it.
 */
@Command(
        name = "long-workspace",
        mixinStandardHelpOptions = true,
        description = "Write the benchmarks' workspace (1 MB article, 2,000 claims) to a file.")
public final class LongWorkspaceCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write it (must not exist).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(out)) {
            System.err.println("long-workspace: " + out + " already exists; give a new file.");
            return 2;
        }
        Path built = EditorBenchmark.prepareWorkspace();
        Files.copy(built, out);
        System.out.println("workspace: " + out);
        return 0;
    }
}
