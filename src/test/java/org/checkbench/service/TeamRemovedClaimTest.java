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

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.Suggestion;
import org.checkbench.model.TeamServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another checker removes a claim of the article this window has open: the window's later text
 * saves still name it among the claims that moved, and must go on saving (its row is gone), while
 * an id that never was a claim of the article is still refused.
 */
class TeamRemovedClaimTest {

    private static final String TEXT = "Kyiv said 10,000 troops arrived. The mayor denied it on Monday.";

    @TempDir
    Path folder;

    private TeamServer server;
    private WorkspaceSession olena;
    private WorkspaceSession taras;

    @BeforeEach
    void connectTwoCheckers() throws SQLException {
        server = EmbeddedTeamServer.newDatabase("removed", "olena");
        olena = service("olena").connectTeam(server, EmbeddedTeamServer.password());
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/"
                + server.database(), EmbeddedTeamServer.SUPERUSER, "unused"); Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'taras') THEN"
                    + " CREATE ROLE taras LOGIN; END IF; END $$");
            statement.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO taras");
            statement.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO taras");
        }
        taras = service("taras").connectTeam(new TeamServer(server.host(), server.port(), server.database(), "taras",
                server.tls()), EmbeddedTeamServer.password());
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
    void aClaimRemovedByAnotherCheckerIsSkippedAndEveryLaterSaveSucceeds() {
        Article article = olena.articles().importText("T", TEXT, null);
        Claim kyiv = olena.claims().mark(article.id(), 0, 4);
        Claim mayor = olena.claims().mark(article.id(), 37, 42);
        List<Claim> onOlenasScreen = List.of(kyiv, mayor);

        taras.claims().remove(mayor.id());

        String edited = "Now: " + TEXT;
        olena.articles().saveText(article.id(), edited, shifted(onOlenasScreen, 5));
        String again = "Now, " + edited;
        olena.articles().saveText(article.id(), again, shifted(onOlenasScreen, 10));

        assertThat(taras.articles().load(article.id()).article().currentText()).isEqualTo(again);
        assertThat(olena.claims().forArticle(article.id())).singleElement()
                .satisfies(c -> assertThat(c.id()).isEqualTo(kyiv.id()))
                .satisfies(c -> assertThat(c.anchor().start()).isEqualTo(10));
    }

    @Test
    void aClaimWhoseAcceptWasUndoneElsewhereIsSkippedToo() {
        Article article = olena.articles().importText("T", TEXT, null);
        Suggestion suggestion = olena.suggestions().store(article.id(),
                List.of(new Suggestion(0, article.id(), 0, 32, TEXT.substring(0, 32), 0.9, List.of("number")))).get(0);
        Claim accepted = olena.suggestions().accept(suggestion.id());
        taras.suggestions().undoAccept(accepted); // removes the claim without a history row
        olena.articles().saveText(article.id(), "Now: " + TEXT, shifted(List.of(accepted), 5));
        assertThat(taras.articles().load(article.id()).article().currentText()).isEqualTo("Now: " + TEXT);
    }

    @Test
    void anIdThatNeverWasAClaimOfTheArticleIsStillRefusedAndNothingIsSaved() {
        Article article = olena.articles().importText("T", TEXT, null);
        Claim kyiv = olena.claims().mark(article.id(), 0, 4);
        Article other = olena.articles().importText("Other", "x", null);
        Claim ofOther = olena.claims().mark(other.id(), 0, 1);

        assertThatThrownBy(() -> olena.articles().saveText(article.id(), "changed", List.of(kyiv.withId(kyiv.id() + 1000))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a claim of article");
        assertThatThrownBy(() -> olena.articles().saveText(article.id(), "changed", List.of(ofOther)))
                .as("a live claim of another article").isInstanceOf(IllegalArgumentException.class);

        long removedElsewhere = olena.claims().mark(other.id(), 0, 1).id();
        taras.claims().remove(removedElsewhere);
        assertThatThrownBy(() -> olena.articles().saveText(article.id(), "changed",
                List.of(kyiv.withId(removedElsewhere)))).as("a removed claim of another article")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(taras.articles().load(article.id()).article().currentText()).as("nothing half-saved").isEqualTo(TEXT);
    }

    private static List<Claim> shifted(List<Claim> claims, int by) {
        return claims.stream().map(c -> c.withAnchor(c.anchor().withRange(c.anchor().start() + by, c.anchor().end() + by)))
                .toList();
    }
}
