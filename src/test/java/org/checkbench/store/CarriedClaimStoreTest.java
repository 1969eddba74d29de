package org.checkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.checkbench.model.Article;
import org.checkbench.model.CarriedClaim;
import org.checkbench.model.CarriedClaim.Outcome;
import org.checkbench.model.CarriedClaim.Place;
import org.checkbench.model.Revision;
import org.checkbench.model.RevisionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CarriedClaimStoreTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aFormat2WorkspaceGainsTheTablesAndItsRevisionsHaveNoRecordYet() {
        Path file = folder.resolve("old.checkbench");
        try (Workspace v2 = Workspace.open(file, List.of(SchemaV1.MIGRATION, SchemaV2.MIGRATION), Clock.fixed(NOW, ZoneOffset.UTC))) {
            Article article = v2.articles().insert(new Article(0, "kept", null, null, null, null, null, "pre-publication",
                    "Київ text", NOW, NOW));
            v2.revisions().add(article.id(), "Київ text", "first", NOW);
        }
        try (Workspace latest = Workspace.open(file)) {
            assertThat(latest.schemaVersion()).isEqualTo(Migrations.latestVersion());
            long articleId = latest.articles().list().get(0).id();
            List<RevisionInfo> infos = latest.revisionInfo().forArticle(articleId);
            assertThat(infos).singleElement().satisfies(info -> {
                assertThat(info.note()).isEqualTo("first");
                assertThat(RevisionInfoRepository.countsMissing(info)).isTrue();
                assertThat(info.importedBy()).isEmpty();
            });
        }
    }

    @Test
    void outcomesRoundTripWithTheirCandidatesAndGoWithTheirArticle() {
        try (Workspace workspace = Workspace.open(folder.resolve("w.checkbench"))) {
            Article article = workspace.articles().insert(new Article(0, "A", null, null, null, null, null,
                    "pre-publication", "text", NOW, NOW));
            Revision revision = workspace.revisions().add(article.id(), "text two", "second", NOW);
            workspace.revisionInfo().add(revision.id(), "olena", 1, 0, 1);
            CarriedClaim changed = new CarriedClaim(revision.id(), 7, Outcome.CHANGED, 0, 4, 0, 8, 0.5, "text", "text two",
                    List.of());
            CarriedClaim orphan = new CarriedClaim(revision.id(), 8, Outcome.ORPHANED, 10, 16, -1, -1, 0, "Київ 🚀", null,
                    List.of(new Place(0, 4), new Place(5, 8)));
            workspace.carriedClaims().insertAll(List.of(changed, orphan));

            assertThat(workspace.carriedClaims().forRevision(revision.id())).containsExactly(changed, orphan);
            assertThat(workspace.carriedClaims().forClaim(8)).containsExactly(orphan);
            assertThat(workspace.revisionInfo().forArticle(article.id())).singleElement()
                    .satisfies(info -> assertThat(info.restoredFrom()).isEqualTo(1));

            workspace.articles().delete(article.id());
            assertThat(workspace.carriedClaims().forRevision(revision.id())).isEmpty();
            assertThat(workspace.revisionInfo().forArticle(article.id())).isEmpty();
        }
    }
}
