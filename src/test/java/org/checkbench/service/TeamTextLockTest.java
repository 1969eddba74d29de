package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.model.Article;
import org.checkbench.model.TeamChange;
import org.checkbench.model.TeamChangeListener;
import org.checkbench.model.TeamServer;
import org.checkbench.model.TextHolder;
import org.checkbench.store.TextHeldElsewhere;
import org.checkbench.store.TextLocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One editor at a time for an article's text, between two real sessions on a real PostgreSQL (ADR 0150). */
class TeamTextLockTest {

    @TempDir
    Path folder;

    private TeamServer server;
    private WorkspaceSession olena;
    private WorkspaceSession taras;
    private Article article;

    @BeforeEach
    void connectTwoCheckers() throws SQLException {
        server = EmbeddedTeamServer.newDatabase("textlock", "olena");
        olena = service("olena").connectTeam(server, EmbeddedTeamServer.password());
        superuserSql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'taras') THEN"
                + " CREATE ROLE taras LOGIN; END IF; END $$", "GRANT ALL ON ALL TABLES IN SCHEMA public TO taras",
                "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO taras");
        taras = service("taras").connectTeam(new TeamServer(server.host(), server.port(), server.database(), "taras",
                server.tls()), EmbeddedTeamServer.password());
        article = olena.articles().importText("T", "Kyiv said 10,000 troops arrived.", null);
    }

    @AfterEach
    void close() {
        olena.close();
        taras.close();
    }

    private WorkspaceService service(String name) {
        return new WorkspaceService(new AppDirectories(folder.resolve(name)), Clock.systemUTC(), "os-user");
    }

    @Test
    void theFirstToTakeTheTextHoldsItAndTheOthersSaveIsRefusedWithNothingWritten() {
        assertThat(olena.textLock().orElseThrow().take(article.id())).isEqualTo(new TextHolder("olena", true));

        assertThat(taras.textLock().orElseThrow().take(article.id())).isEqualTo(new TextHolder("olena", false));
        assertThat(taras.textLock().orElseThrow().holder(article.id())).contains(new TextHolder("olena", false));
        assertThatThrownBy(() -> taras.articles().saveText(article.id(), "Taras's text", List.of()))
                .isInstanceOf(TextHeldElsewhere.class).hasMessageContaining("being edited by olena");
        assertThat(olena.articles().load(article.id()).article().currentText())
                .isEqualTo("Kyiv said 10,000 troops arrived.");

        olena.articles().saveText(article.id(), "Kyiv said 10,000 soldiers arrived.", List.of());
        assertThat(taras.articles().load(article.id()).article().currentText())
                .isEqualTo("Kyiv said 10,000 soldiers arrived.");
    }

    @Test
    void aSaveTakesAFreeTextAndGivingItBackLetsTheOtherTypeAndSave() {
        olena.articles().saveText(article.id(), "Olena's text", List.of());
        assertThat(olena.textLock().orElseThrow().holds(article.id())).isTrue();
        assertThat(taras.textLock().orElseThrow().take(article.id()).mine()).isFalse();

        olena.textLock().orElseThrow().release(article.id());

        assertThat(taras.textLock().orElseThrow().holder(article.id())).isEmpty();
        taras.articles().saveText(article.id(), "Taras's text", List.of());
        assertThat(olena.textLock().orElseThrow().holder(article.id())).contains(new TextHolder("taras", false));
        assertThat(olena.articles().load(article.id()).article().currentText()).isEqualTo("Taras's text");
    }

    @Test
    void importingADraftAndRestoringARevisionTakeTheTextOrAreRefusedWithNothingWritten() throws Exception {
        Path draft = folder.resolve("draft.txt");
        java.nio.file.Files.writeString(draft, "Kyiv said 12,000 troops arrived.");
        olena.drafts().importDraft(article.id(), draft, null);
        assertThat(olena.textLock().orElseThrow().holds(article.id())).as("the import took the text").isTrue();

        assertThatThrownBy(() -> taras.drafts().restore(article.id(), 1)).isInstanceOf(TextHeldElsewhere.class)
                .hasMessageContaining("being edited by olena");
        Path theirs = folder.resolve("theirs.txt");
        java.nio.file.Files.writeString(theirs, "Taras's draft.");
        assertThatThrownBy(() -> taras.drafts().importDraft(article.id(), theirs, null))
                .isInstanceOf(TextHeldElsewhere.class);
        assertThat(taras.articles().revisions(article.id())).as("no revision written").hasSize(2);
        assertThat(taras.articles().load(article.id()).article().currentText()).isEqualTo("Kyiv said 12,000 troops arrived.");

        olena.textLock().orElseThrow().release(article.id());
        taras.drafts().restore(article.id(), 1);
        assertThat(olena.textLock().orElseThrow().holder(article.id())).contains(new TextHolder("taras", false));
        assertThat(olena.articles().load(article.id()).article().currentText()).isEqualTo("Kyiv said 10,000 troops arrived.");
    }

    @Test
    void closingTheWindowGivesTheTextBack() {
        olena.textLock().orElseThrow().take(article.id());
        olena.close();
        assertThat(taras.textLock().orElseThrow().take(article.id())).isEqualTo(new TextHolder("taras", true));
        olena = service("olena").connectTeam(server, EmbeddedTeamServer.password());
    }

    @Test
    void theLockOfACrashedWindowExpiresAndItsOwnerHearsItWasTaken() throws SQLException {
        TextLock crashed = olena.textLock().orElseThrow();
        crashed.take(article.id());
        crashed.halt(); // no more heartbeats, nothing given back: as if the process died
        // The server's clock moves on past the expiry (the row is aged instead of waiting 20 s).
        superuserSql("UPDATE article_text_lock SET heartbeat_at = heartbeat_at - " + (TextLocks.EXPIRY_MILLIS + 1_000));

        assertThat(taras.textLock().orElseThrow().holder(article.id())).as("an expired lock is nobody's").isEmpty();
        assertThat(taras.textLock().orElseThrow().take(article.id())).isEqualTo(new TextHolder("taras", true));
        taras.articles().saveText(article.id(), "Taras's text", List.of());

        // Olena's window comes back to life: its next heartbeat hears the lock was taken, and her save is refused.
        List<Long> lost = new java.util.ArrayList<>();
        crashed.onLost(lost::add);
        crashed.renew();
        assertThat(lost).containsExactly(article.id());
        assertThat(crashed.holds(article.id())).isFalse();
        assertThatThrownBy(() -> olena.articles().saveText(article.id(), "Olena's late text", List.of()))
                .isInstanceOf(TextHeldElsewhere.class).hasMessageContaining("taras");
        assertThat(taras.articles().load(article.id()).article().currentText()).isEqualTo("Taras's text");
    }

    @Test
    void takingAndGivingBackTheTextIsAnnouncedToOthers() throws Exception {
        CountDownLatch connected = new CountDownLatch(1);
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch given = new CountDownLatch(1);
        try (AutoCloseable feed = taras.listenForChanges(new TeamChangeListener() {
            @Override
            public void changed(List<TeamChange> changes) {
                for (TeamChange change : changes) {
                    if (change.table().equals("article_text_lock") && change.articleId() == article.id()) {
                        if (change.operation().equals("INSERT")) {
                            taken.countDown();
                        } else if (change.operation().equals("DELETE")) {
                            given.countDown();
                        }
                    }
                }
            }

            @Override
            public void reachable(boolean reachable) {
                if (reachable) {
                    connected.countDown();
                }
            }
        })) {
            assertThat(connected.await(30, TimeUnit.SECONDS)).isTrue();
            olena.textLock().orElseThrow().take(article.id());
            assertThat(taken.await(10, TimeUnit.SECONDS)).as("taking announced").isTrue();
            olena.textLock().orElseThrow().release(article.id());
            assertThat(given.await(10, TimeUnit.SECONDS)).as("giving back announced").isTrue();
        }
    }

    @Test
    void aLocalWorkspaceHasNoTextLock() {
        try (WorkspaceSession local = service("local").open(folder.resolve("w.checkbench"))) {
            assertThat(local.textLock()).isEmpty();
        }
    }

    private void superuserSql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/"
                + server.database(), EmbeddedTeamServer.SUPERUSER, "unused");
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
