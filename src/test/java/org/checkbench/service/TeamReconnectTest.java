package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.bench.team.TcpProxy;
import org.checkbench.model.Article;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.TeamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The network or the server goes away while a checker works and comes back: the edits made
 * meanwhile wait in the journal and reach the server in the order made, sent by the replay timer
 * without anyone asking, and every edit the window reported as done (saved or waiting) is on the
 * server afterwards.
 */
class TeamReconnectTest {

    private static final String TEXT = "Kyiv said 10,000 troops arrived. The mayor denied it on Monday.";
    private static final Duration TICK = Duration.ofMillis(200);

    @TempDir
    Path folder;

    private WorkspaceSession connect(String name, TeamServer server) {
        return new WorkspaceService(new AppDirectories(folder.resolve(name)), Clock.systemUTC(), "os-user")
                .connectTeam(server, EmbeddedTeamServer.password());
    }

    /** One edit the caller heard was saved or kept: it must be on the server afterwards. */
    private record Reported(long claim, String field, String value) {
    }

    @Test
    void aClientCutOffByTheNetworkJournalsItsEditsAndSendsThemInOrderOnceItIsBack() throws Exception {
        TeamServer direct = EmbeddedTeamServer.newDatabase("cut");
        List<Reported> reported = new ArrayList<>();
        try (TcpProxy proxy = TcpProxy.start(direct.port());
             WorkspaceSession mine = connect("mine", new TeamServer(direct.host(), proxy.port(), direct.database(),
                     direct.user(), direct.tls()));
             WorkspaceSession theirs = connect("theirs", direct)) {
            Article article = mine.articles().importText("T", TEXT, null);
            long kyiv = mine.claims().mark(article.id(), 0, 4).id();
            long mayor = mine.claims().mark(article.id(), 37, 42).id();
            TeamSync sync = mine.teamSync().orElseThrow();
            List<TeamSync.Replayed> heard = new CopyOnWriteArrayList<>();
            try (TeamReplayTimer timer = TeamReplayTimer.start(sync, TICK, heard::add)) {
                edit(sync, reported, kyiv, HistoryEntry.FIELD_NOTE, "", "online");
                assertThat(sync.waiting()).isZero();

                proxy.cut();
                assertThat(edit(sync, reported, kyiv, HistoryEntry.FIELD_NOTE, "online", "cut one"))
                        .isEqualTo(new TeamSync.Queued(1));
                edit(sync, reported, mayor, HistoryEntry.FIELD_STATUS, "unchecked", "confirmed");
                edit(sync, reported, kyiv, HistoryEntry.FIELD_NOTE, "cut one", "cut two");
                assertThat(edit(sync, reported, kyiv, HistoryEntry.FIELD_CORRECTION, "", "10,000 soldiers"))
                        .isEqualTo(new TeamSync.Queued(4));
                theirs.claims().setNote(mayor, "theirs, made while mine was cut off");
                assertThat(sync.waiting()).as("nothing gets through the cut").isEqualTo(4);

                proxy.restore();
                waitUntil(() -> sync.waiting() == 0);
            }
            assertThat(heard).flatExtracting(TeamSync.Replayed::sent).hasSize(4)
                    .allMatch(r -> r instanceof ClaimFieldEdit.Saved);
            assertThat(heard).flatExtracting(TeamSync.Replayed::notApplied).isEmpty();
            List<Reported> onServer = theirs.claims().history(kyiv).stream()
                    .map(h -> new Reported(h.claimId(), h.field(), h.newValue())).toList();
            assertThat(onServer).containsExactly(new Reported(kyiv, HistoryEntry.FIELD_NOTE, "online"),
                    new Reported(kyiv, HistoryEntry.FIELD_NOTE, "cut one"), new Reported(kyiv, HistoryEntry.FIELD_NOTE, "cut two"),
                    new Reported(kyiv, HistoryEntry.FIELD_CORRECTION, "10,000 soldiers"));
            assertThat(theirs.claims().find(mayor).status()).isEqualTo("confirmed");
            assertThat(theirs.claims().find(mayor).note()).isEqualTo("theirs, made while mine was cut off");
            assertNothingReportedIsMissing(theirs, article.id(), reported);
        }
    }

    @Test
    void anEditMetBySilenceInsteadOfAnAnswerIsKeptInTheJournalAndSentOnceTheNetworkIsBack() throws Exception {
        TeamServer direct = EmbeddedTeamServer.newDatabase("silent");
        List<Reported> reported = new ArrayList<>();
        try (TcpProxy proxy = TcpProxy.start(direct.port());
             WorkspaceSession mine = connect("mine3", new TeamServer(direct.host(), proxy.port(), direct.database(),
                     direct.user(), direct.tls()));
             WorkspaceSession theirs = connect("theirs3", direct)) {
            Article article = mine.articles().importText("T", TEXT, null);
            long kyiv = mine.claims().mark(article.id(), 0, 4).id();
            TeamSync sync = mine.teamSync().orElseThrow();
            try (TeamReplayTimer timer = TeamReplayTimer.start(sync, TICK, replayed -> { })) {
                proxy.stall(); // no reset, no answer: only a timeout can tell
                assertThat(edit(sync, reported, kyiv, HistoryEntry.FIELD_NOTE, "", "said into the silence"))
                        .isEqualTo(new TeamSync.Queued(1));
                assertThat(theirs.claims().find(kyiv).note()).isEmpty();
                proxy.restore();
                waitUntil(() -> sync.waiting() == 0);
            }
            assertThat(theirs.claims().find(kyiv).note()).isEqualTo("said into the silence");
            assertNothingReportedIsMissing(theirs, article.id(), reported);
        }
    }

    @Test
    void whenTheServerIsStoppedAndStartedAgainTheTimerSendsTheWaitingEditsWithoutTheFeed() throws Exception {
        Path data = folder.resolve("pgdata");
        EmbeddedPostgres postgres = EmbeddedTeamServer.startKeeping(data, 0);
        int port = postgres.getPort();
        TeamServer server = EmbeddedTeamServer.newDatabase(postgres, "restart");
        List<Reported> reported = new ArrayList<>();
        try (WorkspaceSession mine = connect("mine2", server)) {
            Article article = mine.articles().importText("T", TEXT, null);
            long kyiv = mine.claims().mark(article.id(), 0, 4).id();
            TeamSync sync = mine.teamSync().orElseThrow();
            try (TeamReplayTimer timer = TeamReplayTimer.start(sync, TICK, replayed -> { })) {
                postgres.close();
                edit(sync, reported, kyiv, HistoryEntry.FIELD_NOTE, "", "down one");
                edit(sync, reported, kyiv, HistoryEntry.FIELD_STATUS, "unchecked", "confirmed");
                edit(sync, reported, kyiv, HistoryEntry.FIELD_NOTE, "down one", "down two");
                assertThat(sync.waiting()).isEqualTo(3);

                postgres = EmbeddedTeamServer.startKeeping(data, port);
                waitUntil(() -> sync.waiting() == 0);
            }
            assertThat(mine.claims().history(kyiv)).extracting(HistoryEntry::newValue)
                    .containsExactly("down one", "confirmed", "down two");
            assertNothingReportedIsMissing(mine, article.id(), reported);
        } finally {
            postgres.close();
        }
    }

    private static TeamSync.Outcome edit(TeamSync sync, List<Reported> reported, long claim, String field, String seen,
            String wanted) {
        TeamSync.Outcome outcome = sync.editClaimField(claim, field, seen, wanted);
        if (outcome instanceof TeamSync.Queued || outcome instanceof TeamSync.Sent sent
                && sent.edit() instanceof ClaimFieldEdit.Saved) {
            reported.add(new Reported(claim, field, wanted));
        }
        return outcome;
    }

    private static void assertNothingReportedIsMissing(WorkspaceSession reader, long articleId, List<Reported> reported) {
        List<Reported> history = reader.articles().load(articleId).claims().stream()
                        .flatMap(c -> reader.claims().history(c.id()).stream())
                        .map(h -> new Reported(h.claimId(), h.field(), h.newValue())).toList();
        assertThat(history).as("every edit reported as saved or kept is on the server").containsAll(reported);
    }

    /** Polls; the bound is only there so a broken replay fails the test instead of hanging it. */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still waiting after 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
