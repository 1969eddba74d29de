package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.HistoryEntry;
import org.checkbench.store.Migrations;
import org.checkbench.model.TeamChange;
import org.checkbench.model.TeamChangeListener;
import org.checkbench.model.TeamServer;
import org.checkbench.store.WorkspaceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two people on one team workspace on a real PostgreSQL server. */
class TeamWorkspaceTest {

    @TempDir
    Path folder;

    private TeamServer server;
    private WorkspaceSession olena;
    private WorkspaceSession taras;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void connectTwoCheckers() throws SQLException {
        server = EmbeddedTeamServer.newDatabase("team", "olena");
        olena = service("olena").connectTeam(server, EmbeddedTeamServer.password());
        superuserSql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'taras') THEN"
                + " CREATE ROLE taras LOGIN; END IF; END $$", "GRANT ALL ON ALL TABLES IN SCHEMA public TO taras",
                "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO taras");
        taras = service("taras").connectTeam(asUser("taras"), EmbeddedTeamServer.password());
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        olena.close();
        taras.close();
    }

    private WorkspaceService service(String name) {
        return new WorkspaceService(new AppDirectories(folder.resolve(name)), Clock.systemUTC(), "os-user");
    }

    private TeamServer asUser(String user) {
        return new TeamServer(server.host(), server.port(), server.database(), user, server.tls());
    }

    @Test
    void anEmptyDatabaseIsSetUpAtTheCurrentFormatAndRemembered() {
        assertThat(olena.counts().schemaVersion()).isEqualTo(Migrations.latestVersion());
        assertThat(olena.location()).isEqualTo("olena@localhost:" + server.port() + "/" + server.database());
        assertThat(service("olena").recentTeamWorkspaces()).containsExactly(server);
        assertThat(folder.resolve("olena/recent-team-workspaces.txt")).content().doesNotContain("unused");
    }

    @Test
    void eachUsersRoleIsTheNameInHistory() {
        Article article = olena.articles().importText("T", "Kyiv said 10,000 troops arrived.", null);
        Claim claim = olena.claims().mark(article.id(), 0, 4);
        taras.claims().setNote(claim.id(), "from Taras");
        assertThat(olena.claims().history(claim.id())).extracting(HistoryEntry::who).containsExactly("taras");
        assertThat(olena.claims().find(claim.id()).note()).isEqualTo("from Taras");
    }

    @Test
    void aServerFromANewerCheckbenchIsRefused() throws SQLException {
        superuserSql("UPDATE checkbench_meta SET value = '999' WHERE key = 'format'");
        assertThatThrownBy(() -> service("olena").connectTeam(server, EmbeddedTeamServer.password()))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("newer version of Checkbench")
                .extracting(e -> ((WorkspaceException) e).kind()).isEqualTo(WorkspaceException.Kind.NEWER_VERSION);
    }

    @Test
    void anotherProgramsDatabaseIsRefusedUntouched() throws SQLException {
        TeamServer foreign = EmbeddedTeamServer.newDatabase("foreign");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/"
                + foreign.database(), "postgres", "x"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id int)");
        }
        assertThatThrownBy(() -> service("x").connectTeam(foreign, EmbeddedTeamServer.password()))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("another program's tables");
    }

    @Test
    void tlsVerifyFullAgainstAServerWithoutTlsSaysSoClearly() {
        TeamServer strict = new TeamServer("localhost", server.port(), server.database(), "olena",
                TeamServer.Tls.VERIFY_FULL);
        assertThatThrownBy(() -> service("x").connectTeam(strict, EmbeddedTeamServer.password()))
                .isInstanceOf(WorkspaceException.class)
                .satisfies(e -> assertThat(((WorkspaceException) e).advice()).contains("TLS"));
    }

    @Test
    void theSecondWriterOfTheSameFieldSeesTheOthersValueAndNothingIsLost() {
        Article article = olena.articles().importText("T", "Kyiv said 10,000 troops arrived.", null);
        Claim claim = olena.claims().mark(article.id(), 0, 4);
        Claim seenByTaras = taras.claims().find(claim.id());

        ClaimFieldEdit first = olena.claims().editIfUnchanged(claim.id(), HistoryEntry.FIELD_NOTE, "", "Olena's note");
        ClaimFieldEdit second = taras.claims().editIfUnchanged(claim.id(), HistoryEntry.FIELD_NOTE, seenByTaras.note(),
                "Taras's note");

        assertThat(first).isInstanceOf(ClaimFieldEdit.Saved.class);
        assertThat(second).isInstanceOf(ClaimFieldEdit.Conflict.class);
        ClaimFieldEdit.Conflict conflict = (ClaimFieldEdit.Conflict) second;
        assertThat(conflict.theirs()).isEqualTo("Olena's note");
        assertThat(conflict.yours()).isEqualTo("Taras's note");
        assertThat(conflict.by()).isEqualTo("olena");
        assertThat(olena.claims().find(claim.id()).note()).isEqualTo("Olena's note");

        // Taras chooses his own after seeing hers: now it is a decision, made against her value.
        ClaimFieldEdit chosen = taras.claims().editIfUnchanged(claim.id(), HistoryEntry.FIELD_NOTE, conflict.theirs(),
                conflict.yours());
        assertThat(chosen).isInstanceOf(ClaimFieldEdit.Saved.class);
        assertThat(olena.claims().find(claim.id()).note()).isEqualTo("Taras's note");
    }

    @Test
    void concurrentEditsOfDifferentFieldsOfOneClaimAreAllKept() throws Exception {
        Article article = olena.articles().importText("T", "Kyiv said 10,000 troops arrived.", null);
        Claim claim = olena.claims().mark(article.id(), 0, 4);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Each checker writes in their own order, as one window does; the two run side by side.
            CountDownLatch start = new CountDownLatch(1);
            Future<?> notes = pool.submit(() -> {
                start.await();
                for (int round = 0; round < 30; round++) {
                    olena.claims().setNote(claim.id(), "note " + round);
                }
                return null;
            });
            Future<?> corrections = pool.submit(() -> {
                start.await();
                for (int round = 0; round < 30; round++) {
                    taras.claims().setCorrection(claim.id(), "correction " + round);
                }
                return null;
            });
            start.countDown();
            notes.get(60, TimeUnit.SECONDS);
            corrections.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }
        Claim stored = olena.claims().find(claim.id());
        // Full-row writes from two sessions at once: each retried on a fresh snapshot, so the
        // last note and the last correction both survive, and history has every change.
        assertThat(stored.note()).isEqualTo("note 29");
        assertThat(stored.correction()).isEqualTo("correction 29");
        assertThat(olena.claims().history(claim.id())).hasSize(60);
    }

    @Test
    void changesReachTheOtherWindowWithTheirArticle() throws Exception {
        Article article = olena.articles().importText("T", "Kyiv said 10,000 troops arrived.", null);
        Claim claim = olena.claims().mark(article.id(), 0, 4);
        List<TeamChange> heard = new CopyOnWriteArrayList<>();
        CountDownLatch connected = new CountDownLatch(1);
        CountDownLatch noteHeard = new CountDownLatch(1);
        AutoCloseable feed = olena.listenForChanges(new TeamChangeListener() {
            @Override
            public void changed(List<TeamChange> changes) {
                heard.addAll(changes);
                if (changes.stream().anyMatch(c -> c.table().equals("claim") && c.operation().equals("UPDATE"))) {
                    noteHeard.countDown();
                }
            }

            @Override
            public void reachable(boolean reachable) {
                if (reachable) {
                    connected.countDown();
                }
            }
        });
        toClose.add(feed);
        assertThat(connected.await(30, TimeUnit.SECONDS)).isTrue();

        taras.claims().setStatus(claim.id(), "confirmed");

        assertThat(noteHeard.await(10, TimeUnit.SECONDS)).as("the change was announced").isTrue();
        assertThat(heard).filteredOn(c -> c.table().equals("claim"))
                .contains(new TeamChange("claim", "UPDATE", claim.id(), article.id(), "taras", 0));
        assertThat(Collections.frequency(heard.stream().map(TeamChange::table).toList(), "history")).isEqualTo(1);
    }

    /** Runs SQL in the team database as the server's superuser, as a newsroom's admin would. */
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
