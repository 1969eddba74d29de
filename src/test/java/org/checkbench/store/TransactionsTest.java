package org.checkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.ClaimOrigin;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.Stance;
import org.checkbench.model.TextAnchor;
import org.checkbench.model.VerdictScales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionsTest {

    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aFailingActionLeavesNoneOfItsRows() {
        try (Workspace workspace = Workspace.create(folder.resolve("t.checkbench"))) {
            assertThatThrownBy(() -> workspace.inTransaction(() -> {
                workspace.evidence().insert(Evidence.draft("first row", EvidenceKind.BOOK, NOW));
                workspace.evidence().insert(Evidence.draft("second row", EvidenceKind.BOOK, NOW));
                throw new IllegalStateException("the user's action fails half-way");
            })).hasMessageContaining("half-way");
            assertThat(workspace.evidence().count()).isZero();
            assertThat(workspace.search().evidence("row", 10)).as("nor index entries").isEmpty();
        }
    }

    @Test
    void aForeignKeyViolationIsRefusedOnEveryConnection() {
        try (Workspace workspace = Workspace.create(folder.resolve("fk.checkbench"))) {
            assertThatThrownBy(() -> workspace.links().append(new ClaimEvidence(999, 998, Stance.SUPPORTS, "", "", 0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FOREIGN KEY");
        }
        try (Workspace reopened = Workspace.openExisting(folder.resolve("fk.checkbench"))) {
            assertThatThrownBy(() -> reopened.links().append(new ClaimEvidence(999, 998, Stance.SUPPORTS, "", "", 0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void actionsFromSeveralThreadsAllLandWhole() throws Exception {
        String text = "Київ said 10,000 troops arrived.";
        try (Workspace workspace = Workspace.create(folder.resolve("threads.checkbench"))) {
            Article article = workspace.articles().insert(new Article(0, "T", null, null, null, null, null,
                    VerdictScales.PRE_PUBLICATION.id(), text, NOW, NOW));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        String title = "thread " + thread + " action " + i;
                        workspace.inTransaction(() -> {
                            Evidence e = workspace.evidence().insert(Evidence.draft(title, EvidenceKind.OTHER, NOW));
                            Claim c = workspace.claims().insert(new Claim(0, article.id(), TextAnchor.of(text, 0, 4, 0),
                                    ClaimOrigin.MANUAL, "unchecked", title, "", "", NOW, NOW, false, false));
                            workspace.links().append(new ClaimEvidence(c.id(), e.id(), Stance.SUPPORTS, "", "", 0));
                        });
                        workspace.search().evidence("thread", 5);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            pool.shutdown();
            WorkspaceCounts counts = workspace.counts();
            assertThat(counts.evidence()).isEqualTo(200);
            assertThat(counts.claims()).isEqualTo(200);
            assertThat(workspace.claims().forArticle(article.id()))
                    .allSatisfy(c -> assertThat(workspace.links().forClaim(c.id())).hasSize(1));
            assertThat(workspace.integrityCheck()).isEqualTo("ok");
        }
    }
}
