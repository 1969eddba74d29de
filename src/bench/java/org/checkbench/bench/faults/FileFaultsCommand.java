package org.checkbench.bench.faults;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.checkbench.Main;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench faults files}: writes a corpus of odd and bad article files, runs the real
 * {@code import} command on each (into a workspace path of its own), and checks the outcome:
 * a text must be stored exactly as the source decoded in its true encoding (line ends made "\n"),
 * a bad file refused with a message naming the problem, and a refusal must create no workspace.
 * Prints one line per file and the totals; stack traces and silent misreads must be 0.
 */
@Command(name = "files", mixinStandardHelpOptions = true,
        description = "Import a generated corpus of odd and bad files and count right imports, refusals, misreads.")
public final class FileFaultsCommand implements Callable<Integer> {

    enum Outcome {
        IMPORTED_RIGHT("imported right"),
        IMPORTED_RIGHT_WARNED("imported right, with a warning"),
        CONVERTED("read as a document"),
        REFUSED_NAMED("refused, problem named"),
        MISREAD_WARNED("misread, but warned"),
        REFUSED_VAGUELY("refused without naming the problem"),
        WRONGLY_REFUSED("a text refused"),
        SILENT_MISREAD("SILENT MISREAD"),
        STACK_TRACE("STACK TRACE");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    @Option(names = "--keep", paramLabel = "DIR", description = "Write the corpus and workspaces here and keep them.")
    Path keep;

    @Option(names = "--no-huge", description = "Leave out the 10 MB file (faster).")
    boolean noHuge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("checkbench-faults-files-");
        Path corpusFolder = Files.createDirectories(folder.resolve("corpus"));
        Path workspaces = Files.createDirectories(folder.resolve("workspaces"));
        Path data = Files.createDirectories(folder.resolve("data"));
        List<FileCorpus.Entry> corpus = FileCorpus.writeInto(corpusFolder, !noHuge);
        String previousDataDir = System.getProperty(AppDirectories.DATA_DIR_PROPERTY);
        // The import command keeps a list of recent workspaces: a private one, not the user's.
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, data.toString());
        Map<Outcome, Integer> totals = new EnumMap<>(Outcome.class);
        int createdByRefusal = 0;
        try {
            out.printf(Locale.ROOT, "%-38s %9s  %-34s %s%n", "file", "bytes", "outcome", "detail");
            for (int i = 0; i < corpus.size(); i++) {
                FileCorpus.Entry entry = corpus.get(i);
                Path workspace = workspaces.resolve(String.format(Locale.ROOT, "%02d.checkbench", i));
                Run run = importOnce(entry.path(), workspace);
                Result result = judge(entry, run, workspace, data);
                if (run.exitCode != 0 && Files.exists(workspace)) {
                    createdByRefusal++;
                }
                totals.merge(result.outcome, 1, Integer::sum);
                out.printf(Locale.ROOT, "%-38s %9s  %-34s %s%n", entry.name(), size(entry.path()), result.outcome.label,
                        shorten(result.detail, 110));
                out.flush();
            }
        } finally {
            if (previousDataDir == null) {
                System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
            } else {
                System.setProperty(AppDirectories.DATA_DIR_PROPERTY, previousDataDir);
            }
        }
        out.println();
        out.printf(Locale.ROOT, "files: %d (in %s)%n", corpus.size(), corpusFolder);
        for (Outcome outcome : Outcome.values()) {
            out.printf(Locale.ROOT, "  %-40s %d%n", outcome.label, totals.getOrDefault(outcome, 0));
        }
        out.printf(Locale.ROOT, "  %-40s %d%n", "workspaces created by a refused import", createdByRefusal);
        out.printf(Locale.ROOT, "stack traces: %d%n", totals.getOrDefault(Outcome.STACK_TRACE, 0));
        out.printf(Locale.ROOT, "silent misreads: %d%n", totals.getOrDefault(Outcome.SILENT_MISREAD, 0));
        if (keep == null) {
            FaultFiles.deleteTree(folder);
        }
        return 0;
    }

    record Run(int exitCode, String out, String err) {
    }

    private record Result(Outcome outcome, String detail) {
    }

    /** The real command tree, in this JVM, with its output captured. */
    private static Run importOnce(Path article, Path workspace) {
        CommandLine commandLine = Main.Commands.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute("import", "--workspace", workspace.toString(), article.toString());
        return new Run(code, out.toString(), err.toString());
    }

    private static Result judge(FileCorpus.Entry entry, Run run, Path workspace, Path data) {
        String err = run.err.strip();
        if (err.contains("\tat ") || err.contains("Exception") || run.exitCode == 1) {
            return new Result(Outcome.STACK_TRACE, err.lines().findFirst().orElse(""));
        }
        boolean warned = err.contains("Warning");
        if (run.exitCode == 0) {
            String stored = storedText(workspace, data, Long.parseLong(run.out.strip()));
            String how = warned ? err.replaceAll("\\s+", " ") : "no warning";
            if (entry.expectedText() != null) {
                if (stored.equals(entry.expectedText())) {
                    return new Result(warned ? Outcome.IMPORTED_RIGHT_WARNED : Outcome.IMPORTED_RIGHT, how);
                }
                return new Result(warned ? Outcome.MISREAD_WARNED : Outcome.SILENT_MISREAD,
                        how + " | stored: " + stored.substring(0, Math.min(60, stored.length())));
            }
            if (entry.convertedMustContain() != null && stored.contains(entry.convertedMustContain())) {
                return new Result(Outcome.CONVERTED, how);
            }
            return new Result(Outcome.SILENT_MISREAD, "accepted a non-text file: " + shorten(stored, 60));
        }
        if (entry.expectedText() != null) {
            return new Result(Outcome.WRONGLY_REFUSED, err);
        }
        String lower = err.toLowerCase(Locale.ROOT);
        boolean named = entry.refusalWords().stream().anyMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)));
        return new Result(named ? Outcome.REFUSED_NAMED : Outcome.REFUSED_VAGUELY, err);
    }

    private static String storedText(Path workspace, Path data, long articleId) {
        WorkspaceService service = new WorkspaceService(new AppDirectories(data), Clock.systemUTC(), "faults");
        try (WorkspaceSession session = service.openExisting(workspace)) {
            return session.articles().load(articleId).article().currentText();
        }
    }

    private static String size(Path file) {
        try {
            return Files.isRegularFile(file) ? String.valueOf(Files.size(file)) : "-";
        } catch (IOException e) {
            return "?";
        }
    }

    static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
