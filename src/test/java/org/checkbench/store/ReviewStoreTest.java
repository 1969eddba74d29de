package org.checkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.checkbench.model.Article;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.PartialDate;
import org.checkbench.model.ReviewEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewStoreTest {

    private static final Instant NOW = Instant.parse("2026-05-06T09:30:00Z");

    @TempDir
    Path folder;

    @Test
    void aFormat2WorkspaceGainsTheReviewTableAndKeepsItsArticles() {
        Path file = folder.resolve("old.checkbench");
        try (Workspace v2 = Workspace.open(file, List.of(SchemaV1.MIGRATION, SchemaV2.MIGRATION),
                Clock.fixed(NOW, ZoneOffset.UTC))) {
            v2.articles().insert(new Article(0, "kept", null, null, null, null, null, "pre-publication", "text", NOW, NOW));
        }
        try (Workspace latest = Workspace.open(file)) {
            assertThat(latest.schemaVersion()).isEqualTo(Migrations.latestVersion());
            long articleId = latest.articles().list().get(0).id();
            latest.reviews().add(new ReviewEvent(0, articleId, ReviewEvent.Action.SENT_FOR_REVIEW, "Olena", NOW, "", "abc"));
            latest.reviews().add(new ReviewEvent(0, articleId, ReviewEvent.Action.RETURNED, "Lee", NOW, "Second source?", "abc"));
            assertThat(latest.reviews().forArticle(articleId)).extracting(ReviewEvent::action, ReviewEvent::who)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ReviewEvent.Action.SENT_FOR_REVIEW, "Olena"),
                            org.assertj.core.groups.Tuple.tuple(ReviewEvent.Action.RETURNED, "Lee"));
            assertThat(latest.reviews().latestOfEveryArticle().get(articleId).note()).isEqualTo("Second source?");
        }
    }

    @Test
    void aDateWrittenByHandThatIsNoDateIsReadBackAsWrittenInsteadOfFailingTheLibrary() throws Exception {
        Path file = folder.resolve("w.checkbench");
        long id;
        try (Workspace workspace = Workspace.open(file)) {
            id = workspace.evidence().insert(Evidence.draft("Report", EvidenceKind.DOCUMENT, NOW)
                    .withPublished(new PartialDate("2024-05"))).id();
        }
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = sql.createStatement()) {
            statement.executeUpdate("UPDATE evidence SET accessed_date = 'last spring' WHERE id = " + id);
        }
        assertThat(Files.exists(file)).isTrue();
        try (Workspace workspace = Workspace.open(file)) {
            Evidence read = workspace.evidence().find(id).orElseThrow();
            assertThat(read.published()).isEqualTo(new PartialDate("2024-05"));
            assertThat(read.accessed().text()).isEqualTo("last spring");
            assertThat(read.accessed().isReadable()).isFalse();
            assertThat(workspace.evidence().list(0, 10)).hasSize(1);
        }
    }
}
