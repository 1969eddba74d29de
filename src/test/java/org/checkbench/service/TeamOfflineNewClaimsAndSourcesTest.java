package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Stance;
import org.checkbench.model.StandInIds;
import org.checkbench.model.TeamServer;
import org.checkbench.model.TextAnchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Marking a claim and adding a new source while the server is down (ADR 0155): each waits in the
 * journal under a stand-in id that later changes name (status, note, links, removal), survives
 * quitting, and at replay is stored first, its server id mapped into every later change, in order.
 * A claim whose words moved on the server meanwhile goes where they are; one whose words are gone is
 * kept unattached and the checker is told.
 */
class TeamOfflineNewClaimsAndSourcesTest {

    private static final String TEXT = "Kyiv said 10,000 troops arrived on Monday.";

    @TempDir
    Path folder;

    private WorkspaceSession connect(TeamServer server, String dataFolder) {
        return new WorkspaceService(new AppDirectories(folder.resolve(dataFolder)), Clock.systemUTC(), "os-user")
                .connectTeam(server, EmbeddedTeamServer.password());
    }

    private static TextAnchor onScreen(String text, String words) {
        int at = text.indexOf(words);
        return TextAnchor.of(text, at, at + words.length(), 0);
    }

    @Test
    void aClaimAndASourceMadeOfflineWaitWithTheChangesNamingThemAndArriveInOrderAfterQuitting() throws Exception {
        Path data = folder.resolve("pgdata");
        EmbeddedPostgres postgres = EmbeddedTeamServer.startKeeping(data, 0);
        int port = postgres.getPort();
        TeamServer server = EmbeddedTeamServer.newDatabase(postgres, "marks");
        long articleId;
        long report;
        long standInClaim;
        long standInSource;
        try (WorkspaceSession session = connect(server, "data")) {
            Article article = session.articles().importText("T", TEXT, null);
            articleId = article.id();
            report = session.evidence().create(Evidence.draft("Ministry report", EvidenceKind.DOCUMENT, Instant.now())).id();
            String initial = org.checkbench.model.VerdictScales.byId(article.scaleId()).initial().id();

            postgres.close();

            TeamSync sync = session.teamSync().orElseThrow();
            TeamSync.ClaimMarked marked = (TeamSync.ClaimMarked) sync.markClaim(articleId, onScreen(TEXT, "10,000 troops"),
                    initial);
            Claim standIn = marked.claim();
            standInClaim = standIn.id();
            assertThat(StandInIds.isStandIn(standInClaim)).isTrue();
            assertThat(standIn.quote()).isEqualTo("10,000 troops");
            assertThat(marked.waiting()).isEqualTo(1);
            assertThat(sync.editClaimField(standInClaim, HistoryEntry.FIELD_NOTE, "", "ask the ministry"))
                    .isEqualTo(new TeamSync.Queued(2));
            assertThat(sync.link(standInClaim, report, Stance.SUPPORTS, "page 3", null, "Ministry report"))
                    .isEqualTo(new TeamSync.Queued(3));
            TeamSync.EvidenceAdded added = (TeamSync.EvidenceAdded) sync.addEvidence(
                    Evidence.draft("Border video", EvidenceKind.DOCUMENT, Instant.now()).withUrl("https://example.org/v"));
            standInSource = added.evidence().id();
            assertThat(StandInIds.isStandIn(standInSource)).isTrue();
            assertThat(added.waiting()).isEqualTo(4);
            assertThat(sync.link(standInClaim, standInSource, Stance.CONTEXT, "", null, "Border video"))
                    .isEqualTo(new TeamSync.Queued(5));
            assertThat(sync.editClaimField(standInClaim, HistoryEntry.FIELD_NOTE, "ask the ministry", "asked"))
                    .isEqualTo(new TeamSync.Queued(6));
        } // quitting while offline

        postgres = EmbeddedTeamServer.startKeeping(data, port);
        try (WorkspaceSession theirs = connect(server, "theirs")) {
            // Another holder of the text wrote a sentence before the claim meanwhile: its words moved.
            theirs.articles().saveText(articleId, "Officials spoke. " + TEXT, List.of());
        }
        try (WorkspaceSession session = connect(server, "data")) {
            TeamSync sync = session.teamSync().orElseThrow();
            assertThat(sync.waiting()).as("kept across quitting").isEqualTo(6);
            TeamSync.Replayed replayed = sync.replay();
            assertThat(replayed.notApplied()).isEmpty();
            assertThat(replayed.count()).isEqualTo(6);
            assertThat(sync.waiting()).isZero();
            assertThat(replayed.created()).hasSize(2);
            TeamSync.Created claimMade = replayed.created().get(0);
            assertThat(claimMade.standInId()).isEqualTo(standInClaim);
            assertThat(claimMade.told()).isNull();
            Claim stored = claimMade.claim();
            assertThat(sync.realId(standInClaim)).isEqualTo(stored.id());
            assertThat(stored.anchor().start()).as("placed by its words in the changed text")
                    .isEqualTo(("Officials spoke. " + TEXT).indexOf("10,000 troops"));
            assertThat(stored.orphaned()).isFalse();
            Claim now = session.claims().find(stored.id());
            assertThat(now.note()).isEqualTo("asked");
            assertThat(session.claims().history(stored.id())).filteredOn(h -> h.field().equals(HistoryEntry.FIELD_NOTE))
                    .extracting(HistoryEntry::newValue).containsExactly("ask the ministry", "asked");
            long video = replayed.created().get(1).evidence().id();
            assertThat(sync.realId(standInSource)).isEqualTo(video);
            assertThat(session.evidence().find(video).orElseThrow().url()).isEqualTo("https://example.org/v");
            assertThat(session.evidence().evidenceOf(stored.id())).extracting(l -> l.evidence().id())
                    .containsExactly(report, video);
            assertThat(session.evidence().evidenceOf(stored.id())).extracting(LinkedEvidence::link)
                    .first().satisfies(l -> assertThat(l.note()).isEqualTo("page 3"));
        } finally {
            postgres.close();
        }
    }

    @Test
    void aClaimWhoseWordsAreGoneFromTheServersTextIsKeptUnattachedAndTheCheckerIsTold() throws Exception {
        Path data = folder.resolve("pgdata2");
        EmbeddedPostgres postgres = EmbeddedTeamServer.startKeeping(data, 0);
        int port = postgres.getPort();
        TeamServer server = EmbeddedTeamServer.newDatabase(postgres, "gone");
        try (WorkspaceSession mine = connect(server, "mine")) {
            Article article = mine.articles().importText("T", TEXT, null);
            postgres.close();
            TeamSync sync = mine.teamSync().orElseThrow();
            Claim standIn = ((TeamSync.ClaimMarked) sync.markClaim(article.id(), onScreen(TEXT, "10,000 troops"),
                    org.checkbench.model.VerdictScales.byId(article.scaleId()).initial().id())).claim();
            sync.editClaimField(standIn.id(), HistoryEntry.FIELD_NOTE, "", "my notes");
            postgres = EmbeddedTeamServer.startKeeping(data, port);
            try (WorkspaceSession theirs = connect(server, "theirs")) {
                theirs.articles().saveText(article.id(), "Kyiv said some troops arrived on Monday.", List.of());
            }
            TeamSync.Replayed replayed = sync.replay();
            assertThat(replayed.notApplied()).isEmpty();
            TeamSync.Created made = replayed.created().get(0);
            assertThat(made.claim().orphaned()).isTrue();
            assertThat(made.told()).contains("10,000 troops").contains("unattached");
            Claim stored = mine.claims().find(made.claim().id());
            assertThat(stored.quote()).isEqualTo("10,000 troops");
            assertThat(stored.note()).as("nothing set on it is lost").isEqualTo("my notes");
        } finally {
            postgres.close();
        }
    }

    @Test
    void undoOfAnOfflineMarkWaitsBehindItAndRedoTakesTheRemovalBack() throws Exception {
        Path data = folder.resolve("pgdata3");
        EmbeddedPostgres postgres = EmbeddedTeamServer.startKeeping(data, 0);
        int port = postgres.getPort();
        TeamServer server = EmbeddedTeamServer.newDatabase(postgres, "undo");
        try (WorkspaceSession mine = connect(server, "mine")) {
            Article article = mine.articles().importText("T", TEXT, null);
            postgres.close();
            TeamSync sync = mine.teamSync().orElseThrow();
            Claim undone = ((TeamSync.ClaimMarked) sync.markClaim(article.id(), onScreen(TEXT, "Kyiv"), org.checkbench.model.VerdictScales.byId(article.scaleId()).initial().id())).claim();
            Claim kept = ((TeamSync.ClaimMarked) sync.markClaim(article.id(), onScreen(TEXT, "on Monday"), org.checkbench.model.VerdictScales.byId(article.scaleId()).initial().id())).claim();
            sync.removeClaim(undone); // undo of the first mark
            long redone = ((TeamSync.QueuedRemoval) sync.removeClaim(kept)).sequence(); // undo of the second...
            assertThat(sync.takeBackRemoval(redone)).as("...redone while it waits").isEmpty();
            assertThat(sync.waiting()).isEqualTo(3);

            postgres = EmbeddedTeamServer.startKeeping(data, port);
            TeamSync.Replayed replayed = sync.replay();
            assertThat(replayed.notApplied()).isEmpty();
            assertThat(mine.claims().forArticle(article.id())).extracting(Claim::quote).containsExactly("on Monday");
            long undoneId = sync.realId(undone.id());
            assertThat(mine.claims().history(undoneId)).extracting(HistoryEntry::field).contains(HistoryEntry.FIELD_CLAIM);
        } finally {
            postgres.close();
        }
    }

    @Test
    void undoOfAnUnlinkMadeOfflinePutsTheLinkBackAtItsOldPlace() throws Exception {
        Path data = folder.resolve("pgdata4");
        EmbeddedPostgres postgres = EmbeddedTeamServer.startKeeping(data, 0);
        int port = postgres.getPort();
        TeamServer server = EmbeddedTeamServer.newDatabase(postgres, "relink");
        try (WorkspaceSession mine = connect(server, "mine")) {
            Article article = mine.articles().importText("T", TEXT, null);
            long claimId = mine.claims().mark(article.id(), 0, 4).id();
            List<Long> sources = new java.util.ArrayList<>();
            for (String title : List.of("First", "Second", "Third")) {
                long id = mine.evidence().create(Evidence.draft(title, EvidenceKind.DOCUMENT, Instant.now())).id();
                mine.evidence().link(claimId, id, Stance.SUPPORTS, "", null);
                sources.add(id);
            }
            org.checkbench.model.ClaimEvidence first = mine.evidence().evidenceOf(claimId).get(0).link();
            postgres.close();
            TeamSync sync = mine.teamSync().orElseThrow();
            sync.unlink(claimId, first.evidenceId(), "First");
            assertThat(sync.relink(first, "First")).isEqualTo(new TeamSync.Queued(2));
            postgres = EmbeddedTeamServer.startKeeping(data, port);
            assertThat(sync.replay().notApplied()).isEmpty();
            assertThat(mine.evidence().evidenceOf(claimId)).extracting(l -> l.evidence().id())
                    .as("back first, not last").containsExactlyElementsOf(sources);
        } finally {
            postgres.close();
        }
    }

    @Test
    void aMarkSentTwiceBecauseItsAnswerWasLostIsStoredOnce() {
        TeamServer server = EmbeddedTeamServer.newDatabase("twice");
        try (WorkspaceSession mine = connect(server, "mine")) {
            Article article = mine.articles().importText("T", TEXT, null);
            Instant made = Instant.parse("2026-12-03T05:00:00.123Z");
            TextAnchor seen = onScreen(TEXT, "Kyiv");
            long first = mine.claims().placeMarkedOffline(article.id(), seen, made).claim().id();
            ClaimService.PlacedOffline again = mine.claims().placeMarkedOffline(article.id(), seen, made);
            assertThat(again.alreadyThere()).isTrue();
            assertThat(again.claim().id()).isEqualTo(first);
            assertThat(mine.claims().forArticle(article.id())).hasSize(1);
            Evidence draft = Evidence.draft("Report", EvidenceKind.DOCUMENT, made);
            assertThat(mine.evidence().createMadeOffline(draft, made).id())
                    .isEqualTo(mine.evidence().createMadeOffline(draft, made).id());
        }
    }
}
