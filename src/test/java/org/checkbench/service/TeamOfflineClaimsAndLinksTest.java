package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Stance;
import org.checkbench.model.TeamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Removing a claim and linking or unlinking a source while the server is down (ADR 0152, 0153):
 * they wait in the journal with the status and note edits, survive quitting, reach the server in
 * the order made; a removal someone else's work overtook is kept and named; undo of a waiting
 * removal takes it back. Changes made during a replay join it instead of waiting for it.
 */
class TeamOfflineClaimsAndLinksTest {

    @TempDir
    Path folder;

    private WorkspaceSession connect(TeamServer server, String dataFolder) {
        return new WorkspaceService(new AppDirectories(folder.resolve(dataFolder)), Clock.systemUTC(), "os-user")
                .connectTeam(server, EmbeddedTeamServer.password());
    }

    @Test
    void removalsLinksAndUnlinksWaitSurviveQuittingAndArriveInOrder() throws Exception {
        Path data = folder.resolve("pgdata");
        EmbeddedPostgres postgres = EmbeddedTeamServer.startKeeping(data, 0);
        int port = postgres.getPort();
        TeamServer server = EmbeddedTeamServer.newDatabase(postgres, "links");
        long kept;
        long removed;
        long report;
        long video;
        try (WorkspaceSession session = connect(server, "data")) {
            Article article = session.articles().importText("T", "Kyiv said 10,000 troops arrived.", null);
            kept = session.claims().mark(article.id(), 0, 4).id();
            Claim toRemove = session.claims().mark(article.id(), 10, 16);
            removed = toRemove.id();
            report = session.evidence().create(Evidence.draft("Ministry report", EvidenceKind.DOCUMENT, Instant.now())).id();
            video = session.evidence().create(Evidence.draft("Border video", EvidenceKind.DOCUMENT, Instant.now())).id();
            session.evidence().link(kept, video, Stance.CONTEXT, "", null);

            postgres.close();

            TeamSync sync = session.teamSync().orElseThrow();
            assertThat(sync.editClaimField(kept, HistoryEntry.FIELD_NOTE, "", "see the report"))
                    .isEqualTo(new TeamSync.Queued(1));
            assertThat(sync.link(kept, report, Stance.SUPPORTS, "page 3", null, "Ministry report"))
                    .isEqualTo(new TeamSync.Queued(2));
            assertThat(sync.unlink(kept, video, "Border video")).isEqualTo(new TeamSync.Queued(3));
            assertThat(sync.removeClaim(toRemove)).isInstanceOfSatisfying(TeamSync.QueuedRemoval.class,
                    q -> assertThat(q.waiting()).isEqualTo(4));
        } // quitting while offline

        postgres = EmbeddedTeamServer.startKeeping(data, port);
        try (WorkspaceSession session = connect(server, "data")) {
            TeamSync sync = session.teamSync().orElseThrow();
            assertThat(sync.waiting()).as("kept across quitting").isEqualTo(4);
            TeamSync.Replayed replayed = sync.replay();
            assertThat(replayed.notApplied()).isEmpty();
            assertThat(replayed.count()).isEqualTo(4);
            assertThat(sync.waiting()).isZero();
            assertThat(session.evidence().evidenceOf(kept)).extracting(l -> l.evidence().id()).containsExactly(report);
            assertThat(session.evidence().evidenceOf(kept)).extracting(LinkedEvidence::link)
                    .singleElement().satisfies(l -> assertThat(l.note()).isEqualTo("page 3"));
            assertThat(session.claims().find(kept).note()).isEqualTo("see the report");
            assertThat(session.claims().forArticle(session.claims().find(kept).articleId()))
                    .extracting(Claim::id).containsExactly(kept);
            assertThat(session.claims().history(removed)).extracting(HistoryEntry::field).contains(HistoryEntry.FIELD_CLAIM);
        } finally {
            postgres.close();
        }
    }

    @Test
    void aWaitingRemovalOfAClaimSomeoneWorkedOnMeanwhileKeepsItAndSaysWhy() throws Exception {
        Path data = folder.resolve("pgdata2");
        EmbeddedPostgres postgres = EmbeddedTeamServer.startKeeping(data, 0);
        int port = postgres.getPort();
        TeamServer server = EmbeddedTeamServer.newDatabase(postgres, "overtaken");
        try (WorkspaceSession mine = connect(server, "mine")) {
            Article article = mine.articles().importText("T", "Kyiv said 10,000 troops arrived.", null);
            Claim claim = mine.claims().mark(article.id(), 0, 4);
            postgres.close();
            TeamSync sync = mine.teamSync().orElseThrow();
            sync.removeClaim(claim);
            postgres = EmbeddedTeamServer.startKeeping(data, port);
            try (WorkspaceSession theirs = connect(server, "theirs")) {
                theirs.claims().setNote(claim.id(), "I am checking this one");
            }
            TeamSync.Replayed replayed = sync.replay();
            assertThat(replayed.notApplied()).singleElement().asString().contains("Kyiv")
                    .contains("changed its note meanwhile").contains("kept");
            assertThat(mine.claims().find(claim.id()).note()).isEqualTo("I am checking this one");
            assertThat(sync.waiting()).isZero();
        } finally {
            postgres.close();
        }
    }

    @Test
    void undoOfARemovalWithdrawsItWhileItWaitsAndRestoresItOnceSent() throws Exception {
        Path data = folder.resolve("pgdata3");
        EmbeddedPostgres postgres = EmbeddedTeamServer.startKeeping(data, 0);
        int port = postgres.getPort();
        TeamServer server = EmbeddedTeamServer.newDatabase(postgres, "undo");
        try (WorkspaceSession mine = connect(server, "mine")) {
            Article article = mine.articles().importText("T", "Kyiv said 10,000 troops arrived.", null);
            Claim first = mine.claims().mark(article.id(), 0, 4);
            Claim second = mine.claims().mark(article.id(), 10, 16);
            long evidenceId = mine.evidence().create(Evidence.draft("Report", EvidenceKind.DOCUMENT, Instant.now())).id();
            mine.evidence().link(second.id(), evidenceId, Stance.SUPPORTS, "", null);
            postgres.close();
            TeamSync sync = mine.teamSync().orElseThrow();
            long withdrawn = ((TeamSync.QueuedRemoval) sync.removeClaim(first)).sequence();
            long sent = ((TeamSync.QueuedRemoval) sync.removeClaim(second)).sequence();

            assertThat(sync.takeBackRemoval(withdrawn)).as("still waiting: nothing to restore").isEmpty();
            assertThat(sync.waiting()).isEqualTo(1);

            postgres = EmbeddedTeamServer.startKeeping(data, port);
            assertThat(sync.replay().count()).isEqualTo(1);
            assertThat(mine.claims().forArticle(article.id())).extracting(Claim::id).containsExactly(first.id());

            RemovedClaim back = sync.takeBackRemoval(sent).orElseThrow();
            mine.claims().restore(back);
            assertThat(mine.claims().forArticle(article.id())).extracting(Claim::id)
                    .containsExactlyInAnyOrder(first.id(), second.id());
            assertThat(mine.evidence().evidenceOf(second.id())).extracting(l -> l.evidence().id()).containsExactly(evidenceId);
        } finally {
            postgres.close();
        }
    }

    @Test
    void aChangeMadeDuringAReplayJoinsTheJournalAtOnceAndIsSentAfterTheWaitingOnes() throws Exception {
        Path data = folder.resolve("pgdata4");
        EmbeddedPostgres postgres = EmbeddedTeamServer.startKeeping(data, 0);
        int port = postgres.getPort();
        TeamServer server = EmbeddedTeamServer.newDatabase(postgres, "during");
        ExecutorService window = Executors.newSingleThreadExecutor();
        try (WorkspaceSession mine = connect(server, "mine")) {
            Article article = mine.articles().importText("T", "Kyiv said 10,000 troops arrived.", null);
            long claimId = mine.claims().mark(article.id(), 0, 4).id();
            postgres.close();
            TeamSync sync = mine.teamSync().orElseThrow();
            sync.editClaimField(claimId, HistoryEntry.FIELD_NOTE, "", "one");
            sync.editClaimField(claimId, HistoryEntry.FIELD_NOTE, "one", "two");
            postgres = EmbeddedTeamServer.startKeeping(data, port);

            // While the replay is between its first and second change, the window makes a new edit.
            // Were the replay holding the lock edits take, this edit would wait for the whole replay
            // (and here never end, the replay waiting for it): the bounded get below would fail.
            AtomicReference<Future<TeamSync.Outcome>> during = new AtomicReference<>();
            sync.onWaitingChanged(waiting -> {
                if (during.get() == null) {
                    Future<TeamSync.Outcome> edit = window.submit(
                            () -> sync.editClaimField(claimId, HistoryEntry.FIELD_NOTE, "two", "three"));
                    during.set(edit);
                    try {
                        assertThat(edit.get(60, TimeUnit.SECONDS)).isInstanceOf(TeamSync.Queued.class);
                    } catch (Exception e) {
                        during.set(CompletableFuture.failedFuture(e));
                    }
                }
            });
            TeamSync.Replayed replayed = sync.replay();
            assertThat(during.get().get()).isInstanceOf(TeamSync.Queued.class);
            assertThat(replayed.sent()).hasSize(3).allMatch(r -> r instanceof ClaimFieldEdit.Saved);
            assertThat(sync.waiting()).isZero();
            assertThat(mine.claims().history(claimId)).filteredOn(h -> h.field().equals(HistoryEntry.FIELD_NOTE))
                    .extracting(HistoryEntry::newValue).containsExactly("one", "two", "three");
        } finally {
            window.shutdownNow();
            postgres.close();
        }
    }
}
