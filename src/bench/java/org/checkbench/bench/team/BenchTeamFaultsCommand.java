package org.checkbench.bench.team;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.TeamChange;
import org.checkbench.model.TeamChangeListener;
import org.checkbench.model.TeamServer;
import org.checkbench.model.TextAnchor;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.ClaimFieldEdit;
import org.checkbench.service.TeamReplayTimer;
import org.checkbench.service.TeamSync;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench-bench team-faults}: simulated checkers edit a team workspace while (a) the
 * PostgreSQL server is killed ({@code kill -9} of every server process) and started again, and (b)
 * one client's network is cut by a TCP proxy and restored. Each client edits the notes of claims of
 * its own, as the window does: through {@link TeamSync} (the journal while the server is away), with
 * the change feed and the replay timer sending what waits; every {@code --mark-every} edits it marks
 * a new claim and writes its note (offline the two wait, the note naming the claim's stand-in id,
 * ADR 0155), and each such claim must be on the server once, with its note. Afterwards the server's history is read
 * back and it prints: the edits reported as done (saved, or kept in the journal), how many of them
 * are on the server (must be all), the journal entries replayed and whether each client's edits are
 * on the server in the order made, the time until the feeds noticed the outage and until every
 * journal was empty once the fault ended. Prints figures; never passes or fails.
 */
@Command(name = "team-faults", mixinStandardHelpOptions = true,
        description = "Kill the team workspace's server mid-work and cut one client's network: nothing reported done is lost, journals replay in order.")
public final class BenchTeamFaultsCommand implements Callable<Integer> {

    @Option(names = "--clients", defaultValue = "5", description = "Simulated checkers (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--claims-each", defaultValue = "10", description = "Claims each checker edits (default: ${DEFAULT-VALUE}).")
    int claimsEach;

    @Option(names = "--before-s", defaultValue = "3", description = "Seconds of work before the fault (default: ${DEFAULT-VALUE}).")
    int beforeSeconds;

    @Option(names = "--outage-s", defaultValue = "5", description = "Seconds the server is down or the network cut"
            + " (default: ${DEFAULT-VALUE}).")
    int outageSeconds;

    @Option(names = "--stall-s", defaultValue = "15", description = "Seconds client 0's network is silent"
            + " (default: ${DEFAULT-VALUE}).")
    int stallSeconds;

    @Option(names = "--after-s", defaultValue = "5", description = "Seconds of work after the fault (default: ${DEFAULT-VALUE}).")
    int afterSeconds;

    @Option(names = "--think-ms", defaultValue = "50", description = "Longest pause between two edits of one checker"
            + " (default: ${DEFAULT-VALUE}).")
    int thinkMillis;

    @Option(names = "--retry-ms", defaultValue = "3000", description = "The replay timer's period, as in the window"
            + " (default: ${DEFAULT-VALUE}).")
    int retryMillis;

    @Option(names = "--mark-every", defaultValue = "25", description = "Every so many edits a checker marks a new"
            + " claim and writes its note, offline too (ADR 0155; 0: never; default: ${DEFAULT-VALUE}).")
    int markEvery;

    @Spec
    CommandSpec spec;

    /** The desk's article: where new claims are marked, and the scale's first value they start at. */
    private long articleId;
    private String articleText;
    private String initialStatus;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("checkbench-bench-team-faults-");
        Path data = folder.resolve("pgdata");
        EmbeddedPostgres postgres = startServer(data, 0);
        int port = postgres.getPort();
        try {
            TeamServer server = EmbeddedTeamServer.newDatabase(postgres, "faults");
            List<List<Long>> claims = setUp(server, folder);
            out.printf(Locale.ROOT, "%d clients, %d claims each, think up to %d ms, replay timer %d ms; PostgreSQL 14"
                    + " on localhost:%d with synchronous_commit=on%n", clients, claimsEach, thinkMillis, retryMillis, port);

            EmbeddedPostgres[] running = {postgres};
            long[] restartNanos = new long[1];
            Outcome kill = new Desk("kill", server, null, claims, folder).run(() -> killAll(running[0], data), () -> {
                long restartAt = System.nanoTime();
                running[0] = startServer(data, port);
                restartNanos[0] = System.nanoTime() - restartAt;
            }, outageSeconds);
            postgres = running[0];
            report(out, "(a) server killed (kill -9) mid-work and started again after " + outageSeconds + " s"
                    + String.format(Locale.ROOT, " (its restart took %.1f s)", restartNanos[0] / 1e9), kill);

            try (TcpProxy proxy = TcpProxy.start(port)) {
                Outcome cut = new Desk("cut", server, proxy, claims, folder).run(proxy::cut, proxy::restore, outageSeconds);
                report(out, "(b) client 0's network cut by a TCP proxy (connections closed) for " + outageSeconds
                        + " s, then restored", cut);
            }
            try (TcpProxy proxy = TcpProxy.start(port)) {
                Outcome stalled = new Desk("stall", server, proxy, claims, folder).run(proxy::stall, proxy::restore,
                        stallSeconds);
                report(out, "(c) client 0's network silent (TCP proxy forwards nothing, closes nothing) for "
                        + stallSeconds + " s, then restored", stalled);
            }
            out.printf(Locale.ROOT, "load average at the end: %.2f (%d cores)%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            out.flush();
        } finally {
            postgres.close();
            deleteQuietly(folder);
        }
        return 0;
    }

    /** A newsroom's server acknowledges a commit once it is on disk (the embedded default does not). */
    private static EmbeddedPostgres startServer(Path data, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "200")
                .setServerConfig("synchronous_commit", "on").setDataDirectory(data).setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** {@code kill -9} of the postmaster and every server process, as a crash would; the data stays. */
    private static void killAll(EmbeddedPostgres postgres, Path data) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().join();
        }
        postgres.close(); // only releases the data folder's lock: the server is gone already
    }

    private List<List<Long>> setUp(TeamServer server, Path folder) {
        try (WorkspaceSession admin = connect(server, folder.resolve("admin"))) {
            StringBuilder text = new StringBuilder();
            List<int[]> ranges = new ArrayList<>();
            for (int i = 0; i < clients * claimsEach; i++) {
                int start = text.length();
                text.append("Claim number ").append(i).append(" says something checkable.");
                ranges.add(new int[] {start, text.length()});
                text.append(' ');
            }
            Article article = admin.articles().importText("Desk", text.toString(), null);
            articleId = article.id();
            articleText = article.currentText();
            initialStatus = org.checkbench.model.VerdictScales.byId(article.scaleId()).initial().id();
            List<List<Long>> byClient = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                List<Long> own = new ArrayList<>();
                for (int i = 0; i < claimsEach; i++) {
                    int[] range = ranges.get(c * claimsEach + i);
                    own.add(admin.claims().mark(article.id(), range[0], range[1]).id());
                }
                byClient.add(own);
            }
            return byClient;
        }
    }

    private static WorkspaceSession connect(TeamServer server, Path data) {
        return new WorkspaceService(new AppDirectories(data), Clock.systemUTC(), server.user())
                .connectTeam(server, EmbeddedTeamServer.password());
    }

    /** One client's edit the caller was told is done: saved, or kept in the journal. */
    private record Done(long claimId, String value) {
    }

    private record Outcome(long done, long queued, long failed, long onServer, long replayed, long notApplied,
            boolean inOrder, double longestEditSeconds, List<Double> detectSeconds, double feedBackSeconds, double journalsEmptySeconds,
            Marks marks) {
    }

    /** New claims marked with a note each: how many, how many under a stand-in, found once / twice on the server. */
    private record Marks(long done, long standIns, long onServerOnce, long storedTwice) {
    }

    private static void report(PrintWriter out, String title, Outcome o) {
        out.println(title);
        out.printf(Locale.ROOT, "  changes reported done: %d (%d of them kept in a journal), failed with a message: %d%n",
                o.done(), o.queued(), o.failed());
        out.printf(Locale.ROOT, "  on the server afterwards: %d of %d%s%n", o.onServer(), o.done(),
                o.onServer() == o.done() ? " (all)" : " (MISSING " + (o.done() - o.onServer()) + ")");
        out.printf(Locale.ROOT, "  journal entries replayed: %d (refused for good: %d); each client's edits on the"
                + " server in the order made: %s%n", o.replayed(), o.notApplied(), o.inOrder() ? "yes" : "NO");
        Marks m = o.marks();
        out.printf(Locale.ROOT, "  new claims marked, each with a note: %d (%d of them under a stand-in id in a journal);"
                + " on the server afterwards with their note: %d of %d%s; stored twice: %d%n", m.done(), m.standIns(),
                m.onServerOnce(), m.done(), m.onServerOnce() == m.done() ? " (all)" : " (MISSING " + (m.done() - m.onServerOnce())
                + ")", m.storedTwice());
        out.printf(Locale.ROOT, "  longest wait for one edit to be saved or kept: %.2f s%n", o.longestEditSeconds());
        out.printf(Locale.ROOT, "  outage noticed by the feeds after: %s s (per client affected)%n",
                o.detectSeconds().stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList());
        out.printf(Locale.ROOT, "  recovered after the fault ended: feeds hear the server again %.2f s, every journal"
                + " empty %.2f s%n", o.feedBackSeconds(), o.journalsEmptySeconds());
        out.flush();
    }

    /** The simulated desk for one fault: each client with its session, feed, replay timer and edits. */
    private final class Desk {

        private final List<Client> members = new ArrayList<>();

        /** Every note this desk writes starts with {@code label}: the claims are the same in each fault. */
        private final String label;

        Desk(String label, TeamServer server, TcpProxy proxy, List<List<Long>> claims, Path folder) {
            this.label = label;
            for (int c = 0; c < clients; c++) {
                TeamServer route = proxy != null && c == 0
                        ? new TeamServer(server.host(), proxy.port(), server.database(), server.user(), server.tls())
                        : server;
                members.add(new Client(label, c, connect(route, folder.resolve(label + "-client-" + c)), claims.get(c),
                        proxy == null || c == 0));
            }
        }

        /** What starts or ends a fault. */
        interface Step {
            void run() throws Exception;
        }

        /**
         * The clients edit throughout; the fault begins after {@code --before-s} and ends after
         * {@code outage} seconds on this thread's clock, whatever the clients are waiting for.
         */
        Outcome run(Step begin, Step end, int outage) throws Exception {
            List<Thread> threads = new ArrayList<>();
            long stop = System.nanoTime() + TimeUnit.SECONDS.toNanos(beforeSeconds + outage + afterSeconds);
            for (Client client : members) {
                Thread thread = new Thread(() -> client.editUntil(stop), "faults-client-" + client.number);
                threads.add(thread);
                thread.start();
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(beforeSeconds));
            long faultAt = System.nanoTime();
            begin.run();
            Thread.sleep(TimeUnit.SECONDS.toMillis(outage));
            long faultEndedAt = System.nanoTime();
            end.run();
            for (Thread thread : threads) {
                thread.join();
            }
            return finish(faultAt, faultEndedAt);
        }

        Outcome finish(long faultAt, long faultEndedAt) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (members.stream().anyMatch(m -> m.sync.waiting() > 0) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long emptyAt = members.stream().mapToLong(m -> m.emptyAt).max().orElse(faultEndedAt);
            long feedBack = members.stream().filter(m -> m.affected).mapToLong(m -> m.backAt.get()).max().orElse(0);
            List<Double> detect = members.stream().filter(m -> m.affected)
                    .map(m -> m.lostAt.get() == 0 ? Double.NaN : (m.lostAt.get() - faultAt) / 1e9).toList();
            long done = 0;
            long queued = 0;
            long failed = 0;
            long onServer = 0;
            long replayed = 0;
            long notApplied = 0;
            boolean inOrder = true;
            WorkspaceSession reader = members.get(members.size() - 1).session;
            Map<String, Long> markNotes = reader.claims().forArticle(articleId).stream()
                    .filter(c -> c.note().startsWith(label + " mark "))
                    .collect(Collectors.groupingBy(Claim::note, Collectors.counting()));
            long marksDone = 0;
            long standIns = 0;
            long marksOnce = 0;
            long marksTwice = 0;
            for (Client m : members) {
                marksDone += m.marks.size();
                standIns += m.standIns.get();
                for (String note : m.marks) {
                    long found = markNotes.getOrDefault(note, 0L);
                    marksOnce += found == 1 ? 1 : 0;
                    marksTwice += found > 1 ? 1 : 0;
                }
            }
            for (Client m : members) {
                m.close();
                done += m.done.size();
                queued += m.queued.get();
                failed += m.failed.get();
                replayed += m.replayed.get();
                notApplied += m.notApplied.get();
                List<HistoryEntry> history = new ArrayList<>();
                m.claims.forEach(id -> history.addAll(reader.claims().history(id)));
                history.sort(Comparator.comparingLong(HistoryEntry::id));
                List<Done> written = history.stream().filter(h -> h.field().equals(HistoryEntry.FIELD_NOTE)
                        && h.newValue().startsWith(label + " "))
                        .map(h -> new Done(h.claimId(), h.newValue())).toList();
                onServer += m.done.stream().filter(written::contains).count();
                // Each value is written once, so the server's rows must be the edits reported, in their order.
                inOrder &= written.equals(m.done.stream().filter(written::contains).toList());
            }
            members.forEach(m -> m.session.close());
            double longest = members.stream().mapToLong(m -> m.longestEdit.get()).max().orElse(0) / 1e9;
            return new Outcome(done, queued, failed, onServer, replayed, notApplied, inOrder, longest, detect,
                    feedBack == 0 ? Double.NaN : (feedBack - faultEndedAt) / 1e9,
                    emptyAt <= faultEndedAt ? 0 : (emptyAt - faultEndedAt) / 1e9,
                    new Marks(marksDone, standIns, marksOnce, marksTwice));
        }
    }

    /** One checker: edits its own claims' notes through TeamSync, as the window does. */
    private final class Client {

        final String label;
        final int number;
        final WorkspaceSession session;
        final TeamSync sync;
        final List<Long> claims;
        final boolean affected;
        final List<Done> done = new CopyOnWriteArrayList<>();
        /** The note of each new claim this client marked and was told was done (saved, or kept). */
        final List<String> marks = new CopyOnWriteArrayList<>();
        final AtomicLong standIns = new AtomicLong();
        final AtomicLong queued = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong replayed = new AtomicLong();
        final AtomicLong notApplied = new AtomicLong();
        final AtomicLong lostAt = new AtomicLong();
        final AtomicLong longestEdit = new AtomicLong();
        final AtomicLong backAt = new AtomicLong();
        volatile long emptyAt;
        private final String[] notes;
        private final Random random;
        private int sequence;
        private final AutoCloseable feed;
        private final TeamReplayTimer timer;
        private final ExecutorService replays = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "faults-replay");
            thread.setDaemon(true);
            return thread;
        });

        Client(String label, int number, WorkspaceSession session, List<Long> claims, boolean affected) {
            this.label = label;
            this.number = number;
            this.session = session;
            this.sync = session.teamSync().orElseThrow();
            this.claims = claims;
            this.affected = affected;
            this.random = new Random(number);
            this.notes = new String[claims.size()];
            for (int i = 0; i < notes.length; i++) {
                notes[i] = session.claims().find(claims.get(i)).note();
            }
            sync.onWaitingChanged(waiting -> {
                if (waiting == 0) {
                    emptyAt = System.nanoTime();
                }
            });
            timer = TeamReplayTimer.start(sync, Duration.ofMillis(retryMillis), this::count);
            feed = session.listenForChanges(new TeamChangeListener() {
                @Override
                public void changed(List<TeamChange> changes) {
                    // Others' edits; this benchmark counts only what reaches the server.
                }

                @Override
                public void reachable(boolean reachable) {
                    if (!reachable) {
                        lostAt.compareAndSet(0, System.nanoTime());
                    } else if (lostAt.get() != 0) {
                        backAt.compareAndSet(0, System.nanoTime());
                        replays.submit(() -> count(sync.replay())); // as the window does on the feed's event
                    }
                }
            });
        }

        private void count(TeamSync.Replayed result) {
            replayed.addAndGet(result.sent().size());
            notApplied.addAndGet(result.notApplied().size());
            if (result.sent().stream().anyMatch(r -> r instanceof ClaimFieldEdit.Conflict)) {
                failed.incrementAndGet(); // nobody else edits these claims: a conflict would be a fault
            }
        }

        void editUntil(long end) {
            while (System.nanoTime() < end) {
                if (markEvery > 0 && sequence % markEvery == markEvery - 1) {
                    markOne();
                }
                int i = random.nextInt(claims.size());
                String value = label + " client " + number + " edit " + sequence++;
                try {
                    long start = System.nanoTime();
                    TeamSync.Outcome outcome = sync.editClaimField(claims.get(i), HistoryEntry.FIELD_NOTE, notes[i], value);
                    longestEdit.accumulateAndGet(System.nanoTime() - start, Math::max);
                    if (outcome instanceof TeamSync.Queued) {
                        queued.incrementAndGet();
                    } else if (((TeamSync.Sent) outcome).edit() instanceof ClaimFieldEdit.Conflict) {
                        failed.incrementAndGet();
                        continue;
                    }
                    done.add(new Done(claims.get(i), value));
                    notes[i] = value;
                } catch (RuntimeException e) {
                    failed.incrementAndGet(); // the window would show the message; not reported done
                }
                try {
                    Thread.sleep(random.nextInt(thinkMillis + 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /**
         * Marks a new claim and writes its note, as a checker does: offline the mark waits under a
         * stand-in id and the note names it (ADR 0155). Reported done only if both were.
         */
        private void markOne() {
            int start = random.nextInt(articleText.length() - 20);
            String note = label + " mark client " + number + " #" + sequence++;
            try {
                long began = System.nanoTime();
                TeamSync.ClaimMarked marked = (TeamSync.ClaimMarked) sync.markClaim(articleId,
                        TextAnchor.of(articleText, start, start + 12, 0), initialStatus);
                TeamSync.Outcome noted = sync.editClaimField(marked.claim().id(), HistoryEntry.FIELD_NOTE, "", note);
                longestEdit.accumulateAndGet(System.nanoTime() - began, Math::max);
                if (noted instanceof TeamSync.Sent sent && sent.edit() instanceof ClaimFieldEdit.Conflict) {
                    failed.incrementAndGet();
                    return;
                }
                if (marked.waiting() > 0) {
                    standIns.incrementAndGet();
                }
                marks.add(note);
            } catch (RuntimeException e) {
                failed.incrementAndGet();
            }
        }

        void close() {
            timer.close();
            replays.shutdown();
            try {
                replays.awaitTermination(10, TimeUnit.SECONDS);
                feed.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder only.
        }
    }
}
