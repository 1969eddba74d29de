package org.checkbench.bench.faults;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.checkbench.service.AppDirectories;
import org.checkbench.service.TypingJournal;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench faults typing} (needs a display, e.g. {@code xvfb-run -a}): starts the real
 * window in a child JVM with the window's own memory options and {@code --typing-driver}, which
 * types steadily into the article and logs each keystroke's time; kills it with SIGKILL at a random
 * moment; reopens the workspace, runs {@code PRAGMA integrity_check} and counts the keystrokes on
 * disk. Every keystroke older than one second at the kill must be there.
 */
@Command(name = "typing", mixinStandardHelpOptions = true,
        description = "Kill the window with SIGKILL during steady typing; count keystrokes lost and integrity failures.")
public final class TypingFaultsCommand implements Callable<Integer> {

    @Mixin
    KillTrials kills;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name", "").startsWith("Windows")) {
            out.println("faults typing needs a display: run it as  xvfb-run -a java -jar target/checkbench.jar faults typing");
            return 2;
        }
        Path folder = Files.createTempDirectory("checkbench-faults-typing-");
        Path workspace = folder.resolve("typing.checkbench");
        Random random = new Random(kills.seed);
        int lostTrials = 0;
        int integrityFailures = 0;
        long lostKeys = 0;
        List<Long> newestLostAges = new ArrayList<>();
        long maxUnsavedAge = 0;
        long lostAtAll = 0;
        try {
            out.printf(Locale.ROOT, "%5s %7s %7s %9s %7s %9s %7s %14s  %s%n", "trial", "typed", "saved", "+journal",
                    "old>1s", "lost>1s", "lost", "oldest unsaved", "integrity");
            for (int trial = 1; trial <= kills.trials; trial++) {
                long before = trial == 1 ? 0 : typedAtStart(workspace, folder);
                Path log = folder.resolve("keys-" + trial + ".log");
                Process window = startWindow(folder, workspace, log);
                long killAt = waitForTypingThenKill(window, log, 2_000 + random.nextInt(6_000));
                List<Long> keys = keystrokes(log);
                String integrity;
                long saved;
                long journalled;
                try (WorkspaceSession session = service(folder).openExisting(workspace)) {
                    integrity = session.integrityCheck();
                    String stored = articleText(session);
                    saved = Math.max(0, leadingXs(stored) - before);
                    // What the next start replays (ADR 0134): the journal, if written on top of this text.
                    String recovered = replayJournal(folder, workspace, session, stored);
                    long withJournal = leadingXs(recovered == null ? stored : recovered) - before;
                    journalled = Math.max(0, withJournal - saved);
                }
                long onDisk = saved + journalled;
                long old = keys.stream().filter(t -> t <= killAt - 1_000).count();
                long lost = Math.max(0, old - onDisk);
                lostAtAll += Math.max(0, keys.size() - onDisk);
                // The oldest keystroke not on disk: how long it had waited when the process died.
                long oldestUnsaved = saved < keys.size() ? killAt - keys.get((int) saved) : 0;
                maxUnsavedAge = Math.max(maxUnsavedAge, oldestUnsaved);
                if (lost > 0) {
                    lostTrials++;
                    lostKeys += lost;
                    newestLostAges.add(oldestUnsaved);
                }
                if (!"ok".equals(integrity)) {
                    integrityFailures++;
                }
                out.printf(Locale.ROOT, "%5d %7d %7d %9d %7d %9d %7d %11d ms  %s%n", trial, keys.size(), saved, journalled,
                        old, lost, Math.max(0, keys.size() - onDisk), oldestUnsaved, integrity);
                out.flush();
            }
        } finally {
            FaultFiles.deleteTree(folder);
        }
        out.println();
        out.printf(Locale.ROOT, "kills: %d; trials losing a keystroke older than 1 s: %d (%d keystrokes);"
                + " integrity_check failures: %d%n", kills.trials, lostTrials, lostKeys, integrityFailures);
        out.printf(Locale.ROOT, "keystrokes not on disk at all (workspace + journal): %d%n", lostAtAll);
        out.printf(Locale.ROOT, "oldest keystroke not yet in the workspace at a kill: %d ms%n", maxUnsavedAge);
        return 0;
    }

    private static WorkspaceService service(Path folder) {
        return new WorkspaceService(new AppDirectories(folder.resolve("data")), Clock.systemUTC(), "faults");
    }

    private static long typedAtStart(Path workspace, Path folder) {
        try (WorkspaceSession session = service(folder).openExisting(workspace)) {
            String stored = articleText(session);
            String recovered = replayJournal(folder, workspace, session, stored);
            return leadingXs(recovered == null ? stored : recovered);
        }
    }

    /** The text the next start shows: the stored one with the typing journal replayed, or null if none applies. */
    private static String replayJournal(Path folder, Path workspace, WorkspaceSession session, String stored) {
        return TypingJournal.replay(stored, TypingJournal.of(folder.resolve("data").resolve("journal"),
                workspace, session.articles().list().get(0).id()).unsaved(stored));
    }

    /** The first article is the one the driver types into. */
    private static String articleText(WorkspaceSession session) {
        long id = session.articles().list().get(0).id();
        return session.articles().load(id).article().currentText();
    }

    /** The driver types "x" at the start of the article. */
    private static long leadingXs(String text) {
        int count = 0;
        while (count < text.length() && text.charAt(count) == 'x') {
            count++;
        }
        return count;
    }

    private static Process startWindow(Path folder, Path workspace, Path log) throws IOException {
        // The launcher's memory options (pom.xml, installer), so the run is the window users get.
        List<String> command = new java.util.ArrayList<>(FaultFiles.javaCommand("org.checkbench.bench.BenchMain",
                "-Xmx384m", "-Xmn24m", "-XX:+UseSerialGC", "-Dcheckbench.data.dir=" + folder.resolve("data"),
                "-Dcheckbench.prefs.node=checkbench-faults-typing"));
        command.addAll(List.of("typing-driver", "--workspace", workspace.toString(), "--log", log.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("window.log").toFile())).start();
    }

    /** Waits for the first keystroke, lets it type for {@code typingMs}, kills it; returns the kill's wall-clock time. */
    private static long waitForTypingThenKill(Process window, Path log, long typingMs) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.exists(log) && System.currentTimeMillis() < deadline && window.isAlive()) {
            Thread.sleep(50);
        }
        Thread.sleep(typingMs);
        long killAt = System.currentTimeMillis();
        window.destroyForcibly(); // SIGKILL
        window.waitFor(30, TimeUnit.SECONDS);
        return killAt;
    }

    private static List<Long> keystrokes(Path log) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        return Files.readAllLines(log, StandardCharsets.US_ASCII).stream().filter(l -> !l.isBlank())
                .map(Long::parseLong).toList();
    }
}
