package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.model.Article;
import org.checkbench.model.ArticleSummary;
import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.Stance;
import org.checkbench.model.TeamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local workspace copied to a server, and one article of the team workspace back to a new file. */
class TeamCopyTest {

    @TempDir
    Path folder;

    @Test
    void aLocalWorkspaceGoesToTheServerAndOneArticleComesBackToANewFile() {
        WorkspaceService service = new WorkspaceService(new AppDirectories(folder.resolve("data")), Clock.systemUTC(),
                "olena");
        TeamServer server = EmbeddedTeamServer.newDatabase("copy", "olena");
        long kept;
        try (WorkspaceSession local = service.open(folder.resolve("mine.checkbench"));
             WorkspaceSession team = service.connectTeam(server, EmbeddedTeamServer.password())) {
            Article troops = local.articles().importText("Troops", "Kyiv said 10,000 troops arrived.", null);
            Claim claim = local.claims().mark(troops.id(), 0, 4);
            local.claims().setStatus(claim.id(), "confirmed");
            local.claims().setNote(claim.id(), "Checked with the ministry");
            Evidence source = local.evidence().create(Evidence.draft("Ministry statement", EvidenceKind.DOCUMENT,
                    java.time.Instant.now()));
            local.evidence().link(claim.id(), source.id(), Stance.SUPPORTS, "", "");
            local.articles().importText("Budget", "The budget grew by 4 percent.", null);

            BundleService.Imported copied = WorkspaceCopy.copy(local, team, List.of());

            assertThat(copied.articleIds()).hasSize(2);
            assertThat(team.articles().list()).extracting(ArticleSummary::title)
                    .containsExactlyInAnyOrder("Troops", "Budget");
            kept = team.articles().list().stream().filter(a -> a.title().equals("Troops")).findFirst().orElseThrow().id();
            Claim onServer = team.claims().forArticle(kept).get(0);
            assertThat(onServer.status()).isEqualTo("confirmed");
            assertThat(onServer.note()).isEqualTo("Checked with the ministry");
            assertThat(team.evidence().countsForArticle(kept)).containsEntry(onServer.id(), 1);

            try (WorkspaceSession back = service.createNew(folder.resolve("from-the-desk.checkbench"))) {
                WorkspaceCopy.copy(team, back, List.of(kept));
                assertThat(back.articles().list()).extracting(ArticleSummary::title).contains("Troops")
                        .doesNotContain("Budget");
                long id = back.articles().list().stream().filter(a -> a.title().equals("Troops")).findFirst()
                        .orElseThrow().id();
                assertThat(back.claims().forArticle(id)).extracting(Claim::note).containsExactly("Checked with the ministry");
            }
        }
    }
}
