package org.checkbench.bench.faults;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench faults disk}: a real full disk. Each trial mounts a small tmpfs inside a user
 * and mount namespace ({@code unshare -rm}, no root needed where the kernel allows it), imports
 * one article, fills the disk up to a given number of free bytes, imports a second one with the
 * real command in a child JVM, frees the space and counts the articles with {@code info}. What the
 * command said must match what is in the workspace: "not imported" means one article, an id
 * printed means two. It also opens the workspace with 0 bytes free, where SQLite fails with
 * SQLITE_IOERR_SHMSIZE, and checks the message says the disk is full.
 */
@Command(name = "disk", mixinStandardHelpOptions = true,
        description = "Import into a workspace on a nearly full small filesystem; check what the messages say against the data.")
public final class DiskFaultsCommand implements Callable<Integer> {

    @Option(names = "--steps", defaultValue = "14", description = "How many free-space levels (default: ${DEFAULT-VALUE}).")
    int steps;

    @Spec
    CommandSpec spec;

    private record Trial(long freeBytes, int exitCode, String said, int articlesAfter, String infoAfter) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("checkbench-faults-disk-");
        try {
            Path article = Files.writeString(folder.resolve("article.txt"), FileCorpus.ENGLISH.repeat(400)
                    + FileCorpus.UKRAINIAN.repeat(200));
            out.printf(Locale.ROOT, "article: %,d bytes; filesystem: tmpfs of 4 MB in a user namespace%n", Files.size(article));
            String opened = openWithNoSpace(folder);
            if (opened == null) {
                out.println("Cannot mount a small filesystem here (unshare -rm and mount -t tmpfs failed): nothing measured.");
                return 0;
            }
            out.println("open with 0 bytes free: " + FileFaultsCommand.shorten(opened, 160));
            boolean openNamed = opened.contains("is full");
            out.printf(Locale.ROOT, "%12s %5s %9s  %s%n", "free bytes", "exit", "articles", "what import said");
            List<Trial> trials = new ArrayList<>();
            long articleBytes = Files.size(article);
            for (int i = 0; i < steps; i++) {
                long free = i == 0 ? 0 : articleBytes * 14 * i / (steps - 1);
                Trial trial = importWithFreeSpace(folder, article, free);
                trials.add(trial);
                out.printf(Locale.ROOT, "%,12d %5d %9d  %s%n", trial.freeBytes, trial.exitCode, trial.articlesAfter,
                        FileFaultsCommand.shorten(trial.said, 140));
                out.flush();
            }
            int wrong = 0;
            int unnamed = 0;
            int damaged = 0;
            for (Trial trial : trials) {
                boolean printedId = trial.exitCode == 0;
                if (printedId != (trial.articlesAfter == 2) || trial.articlesAfter < 1) {
                    wrong++;
                }
                if (trial.exitCode != 0 && !trial.said.contains("is full")) {
                    unnamed++;
                }
                if (!trial.infoAfter.contains("Articles:")) {
                    damaged++;
                }
            }
            out.println();
            out.printf(Locale.ROOT, "trials: %d (imports refused for want of space: %d, stored: %d)%n", trials.size(),
                    trials.stream().filter(t -> t.exitCode != 0).count(), trials.stream().filter(t -> t.exitCode == 0).count());
            out.printf(Locale.ROOT, "state of the data stated wrongly: %d%n", wrong);
            out.printf(Locale.ROOT, "full disk not named as such: %d (opening with 0 bytes free: %s)%n", unnamed + (openNamed ? 0 : 1),
                    openNamed ? "named" : "NOT named");
            out.printf(Locale.ROOT, "workspaces that did not open afterwards: %d%n", damaged);
            return 0;
        } finally {
            FaultFiles.deleteTree(folder);
        }
    }

    /** Creates a workspace, fills the disk completely, then runs info: the message it printed, or null if no tmpfs. */
    private String openWithNoSpace(Path folder) throws IOException, InterruptedException {
        String script = mount(folder) + importCommand("$M/w.checkbench", folder.resolve("article.txt")) + " >/dev/null 2>&1\n"
                + fill("0") + java() + " info --workspace $M/w.checkbench 2>&1\n";
        Result result = runInNamespace(folder, script);
        return result.exitCode == 97 ? null : result.output.strip();
    }

    private Trial importWithFreeSpace(Path folder, Path article, long free) throws IOException, InterruptedException {
        String script = mount(folder) + importCommand("$M/w.checkbench", article) + " >/dev/null 2>&1\n"
                + fill(String.valueOf(free))
                + importCommand("$M/w.checkbench", article) + " >$M/../import.out 2>$M/../import.err; echo \"exit=$?\"\n"
                + "cat $M/../import.out $M/../import.err\n"
                + "rm -f $M/filler\n"
                + "echo '--- info'\n" + java() + " info --workspace $M/w.checkbench 2>&1\n";
        Result result = runInNamespace(folder, script);
        Matcher exit = Pattern.compile("exit=(\\d+)").matcher(result.output);
        int exitCode = exit.find() ? Integer.parseInt(exit.group(1)) : -1;
        String said = result.output.substring(exit.find(0) ? exit.end() : 0, Math.max(0, result.output.indexOf("--- info"))).strip();
        String info = result.output.substring(result.output.indexOf("--- info") + 8);
        Matcher articles = Pattern.compile("Articles:\\s+(\\d+)").matcher(info);
        return new Trial(free, exitCode, said, articles.find() ? Integer.parseInt(articles.group(1)) : -1, info);
    }

    private static String mount(Path folder) {
        return "set -u\nM=" + folder.resolve("mnt") + "\nmkdir -p $M\n"
                + "mount -t tmpfs -o size=4m tmpfs $M || exit 97\n";
    }

    /** Leaves {@code free} bytes available on the tmpfs (in whole pages). */
    private static String fill(String free) {
        return "avail=$(df --output=avail -B1 $M | tail -1)\n"
                + "want=$((avail - " + free + "))\n"
                + "if [ $want -gt 0 ]; then fallocate -l $want $M/filler 2>/dev/null || head -c $want /dev/zero > $M/filler; fi\n";
    }

    private static String importCommand(String workspace, Path article) {
        return java() + " import --workspace " + workspace + " " + article;
    }

    private static String java() {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return javaBin + " -Dcheckbench.data.dir=$M/../data -Xmx256m -cp '" + System.getProperty("java.class.path")
                + "' org.checkbench.Main";
    }

    private record Result(int exitCode, String output) {
    }

    private static Result runInNamespace(Path folder, String script) throws IOException, InterruptedException {
        Path file = Files.writeString(folder.resolve("trial.sh"), script, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder("unshare", "-rm", "sh", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), output);
    }
}
