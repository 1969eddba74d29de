package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.TeamServer;
import org.checkbench.store.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The server stops mid-work: edits wait in the local journal, survive quitting, and reach the
 * server in the order they were made once it is back.
 */
class TeamOfflineTest {

    @TempDir
    Path folder;

    private WorkspaceSession connect(TeamServer server) {
        return new WorkspaceService(new AppDirectories(folder.resolve("data")), Clock.systemUTC(), "os-user")
                .connectTeam(server, EmbeddedTeamServer.password());
    }

    @Test
    void editsMadeWhileTheServerIsDownWaitSurviveQuittingAndArriveInOrder() throws Exception {
        Path data = folder.resolve("pgdata");
        EmbeddedPostgres postgres = EmbeddedTeamServer.startKeeping(data, 0);
        int port = postgres.getPort();
        TeamServer server = EmbeddedTeamServer.newDatabase(postgres, "offline");
        long claimId;
        List<Integer> waitingHeard = new ArrayList<>();
        try (WorkspaceSession session = connect(server)) {
            Article article = session.articles().importText("T", "Kyiv said 10,000 troops arrived.", null);
            claimId = session.claims().mark(article.id(), 0, 4).id();
            TeamSync sync = session.teamSync().orElseThrow();
            assertThat(sync.editClaimField(claimId, HistoryEntry.FIELD_NOTE, "", "online"))
                    .isInstanceOf(TeamSync.Sent.class);

            postgres.close(); // the server goes away mid-work

            sync.onWaitingChanged(waitingHeard::add);
            assertThat(sync.editClaimField(claimId, HistoryEntry.FIELD_NOTE, "online", "offline one"))
                    .isEqualTo(new TeamSync.Queued(1));
            assertThat(sync.editClaimField(claimId, HistoryEntry.FIELD_NOTE, "offline one", "offline two"))
                    .isEqualTo(new TeamSync.Queued(2));
            assertThat(sync.editClaimField(claimId, HistoryEntry.FIELD_STATUS, "unchecked", "confirmed"))
                    .isEqualTo(new TeamSync.Queued(3));
            assertThat(waitingHeard).containsExactly(1, 2, 3);
            assertThatThrownBy(() -> session.claims().find(claimId)).isInstanceOf(WorkspaceException.class)
                    .satisfies(e -> assertThat(((WorkspaceException) e).kind())
                            .isEqualTo(WorkspaceException.Kind.SERVER_UNREACHABLE));
        } // quitting while offline

        postgres = EmbeddedTeamServer.startKeeping(data, port);
        try (WorkspaceSession session = connect(server)) {
            TeamSync sync = session.teamSync().orElseThrow();
            assertThat(sync.waiting()).as("kept across quitting").isEqualTo(3);
            List<ClaimFieldEdit> replayed = sync.replay().sent();
            assertThat(replayed).allMatch(r -> r instanceof ClaimFieldEdit.Saved);
            assertThat(sync.waiting()).isZero();
            Claim claim = session.claims().find(claimId);
            assertThat(claim.note()).isEqualTo("offline two");
            assertThat(claim.status()).isEqualTo("confirmed");
            assertThat(session.claims().history(claimId)).extracting(HistoryEntry::newValue)
                    .containsExactly("online", "offline one", "offline two", "confirmed");
        } finally {
            postgres.close();
        }
    }

    @Test
    void aQueuedEditThatMeetsSomeoneElsesNewerValueComesBackAsAConflict() throws Exception {
        Path data = folder.resolve("pgdata2");
        EmbeddedPostgres postgres = EmbeddedTeamServer.startKeeping(data, 0);
        int port = postgres.getPort();
        TeamServer server = EmbeddedTeamServer.newDatabase(postgres, "offline");
        try (WorkspaceSession mine = connect(server)) {
            Article article = mine.articles().importText("T", "Kyiv said 10,000 troops arrived.", null);
            long claimId = mine.claims().mark(article.id(), 0, 4).id();
            postgres.close();
            assertThat(mine.teamSync().orElseThrow().editClaimField(claimId, HistoryEntry.FIELD_NOTE, "", "mine"))
                    .isEqualTo(new TeamSync.Queued(1));
            postgres = EmbeddedTeamServer.startKeeping(data, port);
            try (WorkspaceSession theirs = new WorkspaceService(new AppDirectories(folder.resolve("other")),
                    Clock.systemUTC(), "x").connectTeam(server, EmbeddedTeamServer.password())) {
                theirs.claims().setNote(claimId, "theirs");
            }
            List<ClaimFieldEdit> replayed = mine.teamSync().orElseThrow().replay().sent();
            assertThat(replayed).singleElement().isInstanceOfSatisfying(ClaimFieldEdit.Conflict.class,
                    c -> assertThat(c.theirs()).isEqualTo("theirs"));
            assertThat(mine.claims().find(claimId).note()).isEqualTo("theirs");
        } finally {
            postgres.close();
        }
    }

    @Test
    void aQueuedEditOfAClaimRemovedMeanwhileIsNamedAndDoesNotHoldBackTheOthers() throws Exception {
        Path data = folder.resolve("pgdata3");
        EmbeddedPostgres postgres = EmbeddedTeamServer.startKeeping(data, 0);
        int port = postgres.getPort();
        TeamServer server = EmbeddedTeamServer.newDatabase(postgres, "removed");
        try (WorkspaceSession mine = connect(server)) {
            Article article = mine.articles().importText("T", "Kyiv said 10,000 troops arrived.", null);
            long removed = mine.claims().mark(article.id(), 0, 4).id();
            long kept = mine.claims().mark(article.id(), 10, 16).id();
            postgres.close();
            TeamSync sync = mine.teamSync().orElseThrow();
            sync.editClaimField(removed, HistoryEntry.FIELD_NOTE, "", "gone with it");
            sync.editClaimField(kept, HistoryEntry.FIELD_NOTE, "", "after it");
            postgres = EmbeddedTeamServer.startKeeping(data, port);
            try (WorkspaceSession theirs = new WorkspaceService(new AppDirectories(folder.resolve("other3")),
                    Clock.systemUTC(), "x").connectTeam(server, EmbeddedTeamServer.password())) {
                theirs.claims().remove(removed);
            }
            TeamSync.Replayed replayed = sync.replay();
            assertThat(replayed.notApplied()).singleElement().asString()
                    .contains("gone with it").contains("removed meanwhile");
            assertThat(replayed.sent()).singleElement().isInstanceOf(ClaimFieldEdit.Saved.class);
            assertThat(sync.waiting()).isZero();
            assertThat(mine.claims().find(kept).note()).isEqualTo("after it");
        } finally {
            postgres.close();
        }
    }
}
