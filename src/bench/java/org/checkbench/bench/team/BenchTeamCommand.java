package org.checkbench.bench.team;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.HistoryEntry;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.ClaimFieldEdit;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.model.TeamChange;
import org.checkbench.model.TeamChangeListener;
import org.checkbench.model.TeamServer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench-bench team}: a desk of simulated checkers on one team workspace on a local
 * PostgreSQL server (embedded, started here), each with its own connection and change feed, editing
 * the notes of shared claims against the value each last read, for a while. Then it reads the
 * server's history and prints: changes reported saved that are not on the server or were overwritten
 * by someone who never saw them (lost), saves that replaced a value other than the one the writer
 * saw without a conflict being reported (unreported), the p99 time of one edit from the call to its
 * commit, and the p99 time until each other client heard of it (from the moment the edit's history
 * row was stamped, before its commit, so the figure errs high). Prints figures; never passes or fails.
 */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = "Simulated checkers editing one team workspace on PostgreSQL: lost updates, unreported conflicts, p99 commit and propagation.")
public final class BenchTeamCommand implements Callable<Integer> {

    @Option(names = "--clients", defaultValue = "20", description = "Simulated checkers (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "How long they edit (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--claims", defaultValue = "1000", description = "Claims they share (default: ${DEFAULT-VALUE}).")
    int claimCount;

    @Option(names = "--hot", defaultValue = "40", description = "Claims that get half of all edits, so that"
            + " people do collide (default: ${DEFAULT-VALUE}).")
    int hot;

    @Option(names = "--think-ms", defaultValue = "50", description = "Longest pause between reading a note and"
            + " saving an edit of it (default: ${DEFAULT-VALUE}).")
    int thinkMillis;

    @Spec
    CommandSpec spec;

    private record Saved(long claimId, String seen, String value) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("checkbench-bench-team-");
        try (EmbeddedPostgres postgres = EmbeddedTeamServer.start()) {
            TeamServer server = EmbeddedTeamServer.newDatabase(postgres, "bench");
            List<Long> claimIds = setUp(server, folder);
            out.printf(Locale.ROOT, "%d clients, %d claims (%d hot), %d s, server PostgreSQL on localhost:%d%n",
                    clients, claimIds.size(), hot, seconds, server.port());
            out.flush();

            List<Long> commitNanos = Collections.synchronizedList(new ArrayList<>());
            ConcurrentLinkedQueue<Saved> saved = new ConcurrentLinkedQueue<>();
            AtomicLong conflicts = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            List<Long> propagationMillis = Collections.synchronizedList(new ArrayList<>());
            List<WorkspaceSession> sessions = new ArrayList<>();
            List<AutoCloseable> feeds = new ArrayList<>();
            CountDownLatch listening = new CountDownLatch(clients);
            List<TeamServer> roles = EmbeddedTeamServer.checkerRoles(postgres, server, clients);
            for (int c = 0; c < clients; c++) {
                TeamServer asClient = roles.get(c);
                WorkspaceSession session = connect(asClient, folder.resolve("client-" + c));
                sessions.add(session);
                feeds.add(session.listenForChanges(new TeamChangeListener() {
                    @Override
                    public void changed(List<TeamChange> changes) {
                        long now = System.currentTimeMillis();
                        for (TeamChange change : changes) {
                            if (change.table().equals("history") && !change.by().equals(asClient.user())
                                    && change.atMillis() > 0) {
                                propagationMillis.add(now - change.atMillis());
                            }
                        }
                    }

                    @Override
                    public void reachable(boolean reachable) {
                        if (reachable) {
                            listening.countDown();
                        }
                    }
                }));
            }
            listening.await(60, TimeUnit.SECONDS);

            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                WorkspaceSession session = sessions.get(c);
                Thread thread = new Thread(() -> edit(client, session, claimIds, end, commitNanos, saved, conflicts,
                        failures), "bench-client-" + c);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            Thread.sleep(1_500); // the last notices reach the feeds
            for (AutoCloseable feed : feeds) {
                feed.close();
            }

            Verdict verdict = verify(sessions.get(0), claimIds, saved);
            sessions.forEach(WorkspaceSession::close);

            out.printf(Locale.ROOT, "edits saved: %d, conflicts reported: %d, failed: %d%n", saved.size(),
                    conflicts.get(), failures.get());
            out.printf(Locale.ROOT, "lost updates: %d%n", verdict.lost);
            out.printf(Locale.ROOT, "conflicts not reported: %d%n", verdict.unreported);
            out.printf(Locale.ROOT, "commit p50 %.1f ms, p99 %.1f ms (one edit: read, check, write, history, commit)%n",
                    percentile(commitNanos, 50) / 1e6, percentile(commitNanos, 99) / 1e6);
            out.printf(Locale.ROOT, "propagation to every other client: p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d notices)%n",
                    percentile(propagationMillis, 50), percentile(propagationMillis, 99),
                    percentile(propagationMillis, 100), propagationMillis.size());
            out.printf(Locale.ROOT, "load average during the run: %.2f (%d cores)%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            out.flush();
        } finally {
            deleteQuietly(folder);
        }
        return 0;
    }

    private List<Long> setUp(TeamServer server, Path folder) {
        try (WorkspaceSession admin = connect(server, folder.resolve("admin"))) {
            StringBuilder text = new StringBuilder();
            List<int[]> ranges = new ArrayList<>();
            for (int i = 0; i < claimCount; i++) {
                int start = text.length();
                text.append("Claim number ").append(i).append(" says something checkable.");
                ranges.add(new int[] {start, text.length()});
                text.append(' ');
            }
            Article article = admin.articles().importText("Desk", text.toString(), null);
            List<Long> ids = new ArrayList<>();
            for (int[] range : ranges) {
                ids.add(admin.claims().mark(article.id(), range[0], range[1]).id());
            }
            return ids;
        }
    }

    private static WorkspaceSession connect(TeamServer server, Path data) {
        return new WorkspaceService(new AppDirectories(data), Clock.systemUTC(), server.user())
                .connectTeam(server, EmbeddedTeamServer.password());
    }

    private void edit(int client, WorkspaceSession session, List<Long> claimIds, long end, List<Long> commitNanos,
            ConcurrentLinkedQueue<Saved> saved, AtomicLong conflicts, AtomicLong failures) {
        Random random = new Random(client);
        int sequence = 0;
        while (System.nanoTime() < end) {
            long claimId = random.nextBoolean() ? claimIds.get(random.nextInt(Math.min(hot, claimIds.size())))
                    : claimIds.get(random.nextInt(claimIds.size()));
            try {
                String seen = session.claims().find(claimId).note();
                Thread.sleep(random.nextInt(thinkMillis + 1));
                String value = "client " + client + " edit " + sequence++;
                long start = System.nanoTime();
                ClaimFieldEdit result = session.claims().editIfUnchanged(claimId, HistoryEntry.FIELD_NOTE, seen, value);
                commitNanos.add(System.nanoTime() - start);
                if (result instanceof ClaimFieldEdit.Saved) {
                    saved.add(new Saved(claimId, seen, value));
                } else {
                    conflicts.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            }
        }
    }

    private record Verdict(long lost, long unreported) {
    }

    /**
     * Reads every claim's note history back. Lost: a save reported done whose value is not in the
     * history, a claim whose note is not the last value written, or a history row whose old value is
     * not the previous row's new value (someone overwrote a value without having seen it).
     * Unreported: a save whose history row replaced something other than what its writer saw.
     */
    private static Verdict verify(WorkspaceSession session, List<Long> claimIds, Iterable<Saved> saved) {
        Map<String, HistoryEntry> byValue = new HashMap<>();
        long lost = 0;
        Map<Long, Claim> claims = new ConcurrentHashMap<>();
        for (long id : claimIds) {
            Claim claim = session.claims().find(id);
            claims.put(id, claim);
            String previous = "";
            for (HistoryEntry entry : session.claims().history(id)) {
                if (!entry.field().equals(HistoryEntry.FIELD_NOTE)) {
                    continue;
                }
                if (!Objects.equals(entry.oldValue(), previous)) {
                    lost++;
                }
                previous = entry.newValue();
                byValue.put(id + "\u0000" + entry.newValue(), entry);
            }
            if (!Objects.equals(claim.note(), previous)) {
                lost++;
            }
        }
        long unreported = 0;
        for (Saved s : saved) {
            HistoryEntry entry = byValue.get(s.claimId() + "\u0000" + s.value());
            if (entry == null) {
                lost++;
            } else if (!Objects.equals(entry.oldValue(), s.seen())) {
                unreported++;
            }
        }
        return new Verdict(lost, unreported);
    }

    private static double percentile(List<Long> values, int percentile) {
        List<Long> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // A temporary folder only.
        }
    }
}
