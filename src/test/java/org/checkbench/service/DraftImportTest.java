package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A revised draft from the writer: the checker's work carries over, and nothing attaches to the wrong words. */
class DraftImportTest {

    private static final String FIRST = "Intro line.\nKyiv said 11,000 troops arrived. Moscow denied it.\nThe end.";
    private static final String SECOND = "A new lede was added here.\nIntro line.\n"
            + "Kyiv said 11,000 troops arrived. Officials in Seoul agreed.\nThe end.";

    @TempDir
    Path folder;

    private WorkspaceSession session;

    @BeforeEach
    void open() {
        session = new WorkspaceService(new AppDirectories(folder.resolve("data")), Clock.systemUTC(), "olena")
                .open(folder.resolve("w.checkbench"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void claimsFoundAgainMoveAndClaimsWhoseWordsAreGoneAreOrphaned() throws Exception {
        Article article = session.articles().importText("Draft", FIRST, "first draft",
                new ImportOptions(0.99, false));
        int troops = FIRST.indexOf("11,000 troops arrived");
        Claim kept = session.claims().mark(article.id(), troops, troops + "11,000 troops arrived".length());
        session.claims().setStatus(kept.id(), "confirmed");
        int denied = FIRST.indexOf("Moscow denied it.");
        Claim gone = session.claims().mark(article.id(), denied, denied + "Moscow denied it.".length());

        Path draft = Files.writeString(folder.resolve("draft2.txt"), SECOND);
        session.articles().importDraft(article.id(), draft, "second draft from the writer");

        LoadedArticle loaded = session.articles().load(article.id());
        assertThat(loaded.article().currentText()).isEqualTo(SECOND);
        assertThat(session.articles().revisions(article.id())).hasSize(2);
        Claim keptNow = loaded.claims().stream().filter(c -> c.id() == kept.id()).findFirst().orElseThrow();
        assertThat(keptNow.orphaned()).isFalse();
        assertThat(keptNow.status()).isEqualTo("confirmed");
        assertThat(SECOND.substring(keptNow.anchor().start(), keptNow.anchor().end())).isEqualTo("11,000 troops arrived");
        assertThat(keptNow.anchor().revisionId()).isEqualTo(loaded.latestRevision().id());
        Claim goneNow = loaded.claims().stream().filter(c -> c.id() == gone.id()).findFirst().orElseThrow();
        assertThat(goneNow.orphaned()).isTrue();
        assertThat(goneNow.quote()).isEqualTo("Moscow denied it.");
    }

    @Test
    void aPictureSentAsADraftChangesNothing() throws Exception {
        Article article = session.articles().importText("Draft", FIRST, "first draft", new ImportOptions(0.99, false));
        Path picture = Files.write(folder.resolve("draft.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.articles().importDraft(article.id(), picture, "x"))
                .isInstanceOf(ArticleImportException.class);
        assertThat(session.articles().load(article.id()).article().currentText()).isEqualTo(FIRST);
        assertThat(session.articles().revisions(article.id())).hasSize(1);
        assertThat(List.of(session.articles().list().get(0).revisionCount())).containsExactly(1);
    }
}
