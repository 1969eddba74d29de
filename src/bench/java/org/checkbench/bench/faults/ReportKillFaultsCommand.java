package org.checkbench.bench.faults;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench faults report-kill}: runs the real {@code report} command in a child JVM and
 * kills it with SIGKILL at a random moment, over and over, then counts the hidden {@code .part}
 * files left beside the destination and checks that the report there, if any, is a whole PDF.
 */
@Command(name = "report-kill", mixinStandardHelpOptions = true,
        description = "Kill the report command at random moments; count leftover .part files and damaged reports.")
public final class ReportKillFaultsCommand implements Callable<Integer> {

    @Mixin
    KillTrials kills;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("checkbench-faults-report-");
        try {
            Path workspace = folder.resolve("w.checkbench");
            Path article = Files.writeString(folder.resolve("a.txt"), FileCorpus.ENGLISH.repeat(60));
            run(folder, "import", "--workspace", workspace.toString(), "--accept-suggestions", article.toString())
                    .waitFor(2, TimeUnit.MINUTES);
            Path pdf = folder.resolve("out").resolve("report.pdf");
            Files.createDirectories(pdf.getParent());
            long start = System.nanoTime();
            Process whole = run(folder, "report", "--workspace", workspace.toString(), "--article", "1", "--out", pdf.toString());
            whole.waitFor(5, TimeUnit.MINUTES);
            long fullMs = (System.nanoTime() - start) / 1_000_000;
            out.printf(Locale.ROOT, "one whole report run: %,d ms (exit %d); killing at random moments within it%n",
                    fullMs, whole.exitValue());
            Random random = new Random(kills.seed);
            int partsLeft = 0;
            int damaged = 0;
            for (int i = 0; i < kills.trials; i++) {
                long killAfter = (long) (random.nextDouble() * fullMs);
                Process process = run(folder, "report", "--workspace", workspace.toString(), "--article", "1",
                        "--out", pdf.toString());
                if (!process.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly(); // SIGKILL on Linux and macOS
                    process.waitFor(1, TimeUnit.MINUTES);
                }
                int parts = countParts(pdf);
                boolean intact = isWholePdf(pdf);
                partsLeft += parts;
                damaged += intact ? 0 : 1;
                out.printf(Locale.ROOT, "kill %2d after %,6d ms: .part files %d, report.pdf %s%n", i + 1, killAfter, parts,
                        intact ? "whole" : "DAMAGED");
                out.flush();
            }
            out.println();
            out.printf(Locale.ROOT, "kills: %d; .part files left: %d; damaged reports: %d%n", kills.trials, partsLeft, damaged);
            return 0;
        } finally {
            FaultFiles.deleteTree(folder);
        }
    }

    private static int countParts(Path pdf) throws IOException {
        int count = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(pdf.getParent(), "." + pdf.getFileName() + "-*.part")) {
            for (Path ignored : entries) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWholePdf(Path pdf) {
        if (!Files.exists(pdf)) {
            return true; // nothing there is not a damaged report
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Process run(Path folder, String... args) throws IOException {
        java.util.List<String> command = FaultFiles.checkbenchCommand("-Dcheckbench.data.dir=" + folder.resolve("data"));
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("child.log").toFile()).start();
    }
}
