package org.checkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.checkbench.model.Article;
import org.checkbench.model.Suggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionStoreTest {

    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aFormat1WorkspaceGainsTheSuggestionTablesAndKeepsItsData() {
        Path file = folder.resolve("old.checkbench");
        try (Workspace v1 = Workspace.open(file, List.of(SchemaV1.MIGRATION), Clock.fixed(NOW, ZoneOffset.UTC))) {
            v1.articles().insert(article("kept"));
        }
        try (Workspace v2 = Workspace.open(file)) {
            assertThat(v2.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(v2.articles().count()).isEqualTo(1);
            long articleId = v2.articles().list().get(0).id();
            v2.suggestions().insertAll(List.of(new Suggestion(0, articleId, 0, 4, "kept", 0.5, List.of("number"))));
            assertThat(v2.suggestions().forArticle(articleId)).singleElement()
                    .satisfies(s -> assertThat(s.reasons()).containsExactly("number"));
        }
    }

    @Test
    void suggestionsAndDismissalsGoWithTheirArticle() {
        try (Workspace workspace = Workspace.open(folder.resolve("w.checkbench"))) {
            Article kept = workspace.articles().insert(article("kept"));
            Article deleted = workspace.articles().insert(article("deleted"));
            for (Article a : List.of(kept, deleted)) {
                workspace.suggestions().insertAll(List.of(new Suggestion(0, a.id(), 0, 4, "text", 0.9, List.of())));
                workspace.suggestions().dismiss(a.id(), "other sentence", NOW);
                workspace.suggestions().dismiss(a.id(), "other sentence", NOW.plusSeconds(1)); // twice is harmless
            }
            workspace.articles().delete(deleted.id());
            assertThat(workspace.suggestions().forArticle(deleted.id())).isEmpty();
            assertThat(workspace.suggestions().dismissedKeys(deleted.id())).isEmpty();
            assertThat(workspace.suggestions().forArticle(kept.id())).hasSize(1);
            assertThat(workspace.suggestions().dismissedKeys(kept.id())).containsExactly("other sentence");
            assertThat(workspace.suggestions().undismiss(kept.id(), "other sentence")).isTrue();
            assertThat(workspace.suggestions().dismissedKeys(kept.id())).isEmpty();
        }
    }

    private static Article article(String text) {
        return new Article(0, "T", null, null, null, null, null, "pre-publication", text, NOW, NOW);
    }
}
