package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.time.Instant;
import java.util.List;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.bench.team.TcpProxy;
import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Stance;
import org.checkbench.model.StandInIds;
import org.checkbench.model.TeamServer;
import org.checkbench.service.TeamSync;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.RunningWindow;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.evidence.EvidencePanel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With the window's network cut, a claim marked shows at once under a stand-in id and the changes
 * made to it (a note, a new source, a source from the library) wait behind it; undo of another mark
 * waits too. Once the network is back the claim is on the server with all of them, in order, and
 * the window shows it under the server's id, selected, with its sources read back (ADR 0155).
 */
class TeamOfflineMarksAndSourcesWindowTest {

    @RegisterExtension
    static final RunningWindow WINDOW = new RunningWindow();

    private static OpenArticle open() {
        return WINDOW.window().open();
    }

    private static EvidencePanel panel() {
        return WINDOW.window().evidencePanel();
    }

    private static List<Long> shownSources() {
        return TeamWindowSteps.shownSourceIds();
    }

    private static List<Claim> standIns() {
        return open().claims().stream().filter(c -> StandInIds.isStandIn(c.id())).toList();
    }

    @Test
    void aClaimMarkedOfflineShowsAtOnceCarriesItsChangesAndTakesTheServersIdOnceBack() throws Exception {
        TeamServer direct = EmbeddedTeamServer.newDatabase("offlinemarks", "olena");
        try (TcpProxy proxy = TcpProxy.start(direct.port());
             WorkspaceSession other = TeamWindowSteps.otherChecker(WINDOW.harness(), "other", direct)) {
            TeamServer viaProxy = TeamWindowSteps.through(proxy, direct);
            WorkspaceSession mine = TeamWindowSteps.connectWindow(WINDOW.app(), viaProxy);
            TeamSync sync = mine.teamSync().orElseThrow();
            long articleId = onFx(() -> open().article().id());
            String words = onFx(() -> open().surface().text(20, 25));
            Evidence report = other.evidence().create(Evidence.draft("Ministry report", EvidenceKind.DOCUMENT, Instant.now()));
            int before = other.claims().forArticle(articleId).size();

            proxy.cut();
            onFx(() -> {
                open().mark(20, 25);
                return null;
            });
            waitUntil(() -> sync.waiting() == 1);
            waitUntilOnFx(() -> standIns().size() == 1 && open().selectedProperty().get() != null
                    && StandInIds.isStandIn(open().selectedProperty().get().id()));
            Claim standIn = onFx(() -> standIns().get(0));
            assertThat(standIn.quote()).isEqualTo(words);
            onFx(() -> {
                open().setNote(open().claim(standIn.id()), "ask the ministry");
                return null;
            });
            waitUntil(() -> sync.waiting() == 2);
            onFx(() -> {
                panel().addAndLink(Evidence.draft("Border video", EvidenceKind.WEB_PAGE, Instant.now())
                        .withUrl("https://example.org/video"), Stance.SUPPORTS, "at 0:42");
                return null;
            });
            waitUntil(() -> sync.waiting() == 4); // the new source, then its link
            waitUntilOnFx(() -> shownSources().size() == 1 && StandInIds.isStandIn(shownSources().get(0))
                    && open().evidenceCount(standIn.id()) == 1);
            onFx(() -> {
                panel().linkExisting(report, Stance.CONTEXT, "");
                return null;
            });
            waitUntil(() -> sync.waiting() == 5);
            // Another claim marked and taken back, offline too: its removal waits behind its mark.
            onFx(() -> {
                open().mark(30, 35);
                return null;
            });
            waitUntilOnFx(() -> standIns().size() == 2);
            waitUntil(() -> sync.waiting() == 6);
            onFx(() -> WINDOW.window().claimsInEditor().undo());
            waitUntil(() -> sync.waiting() == 7);
            waitUntilOnFx(() -> standIns().size() == 1);
            assertThat(other.claims().forArticle(articleId)).as("nothing sent yet").hasSize(before);

            List<String> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
            onFx(() -> {
                WINDOW.window().statusBar().textProperty().addListener((o, was, now) -> statuses.add(now));
                return null;
            });
            proxy.restore();
            waitUntil(() -> sync.waiting() == 0);
            waitUntil(() -> statuses.stream().anyMatch(t -> t.startsWith("Back online: ")));
            assertThat(statuses).as("while the journal drains the status bar says it is sending, not offline")
                    .anyMatch(t -> t.startsWith("Sending the changes made offline, in order: "));
            long realId = sync.realId(standIn.id());
            assertThat(StandInIds.isStandIn(realId)).isFalse();
            Claim stored = other.claims().find(realId);
            assertThat(stored.quote()).isEqualTo(words);
            assertThat(stored.anchor().start()).isEqualTo(20);
            assertThat(stored.note()).isEqualTo("ask the ministry");
            assertThat(other.claims().forArticle(articleId)).as("the mark taken back is not there").hasSize(before + 1);
            List<LinkedEvidence> sources = other.evidence().evidenceOf(realId);
            assertThat(sources).extracting(l -> l.evidence().title()).containsExactly("Border video", "Ministry report");
            assertThat(sources.get(0).evidence().url()).isEqualTo("https://example.org/video");
            assertThat(sources.get(0).link().note()).isEqualTo("at 0:42");

            waitUntilOnFx(() -> standIns().isEmpty() && open().claim(realId) != null
                    && open().selectedProperty().get() != null && open().selectedProperty().get().id() == realId
                    && open().claim(realId).note().equals("ask the ministry"));
            long video = sources.get(0).evidence().id();
            waitUntilOnFx(() -> shownSources().equals(List.of(video, report.id())) && open().evidenceCount(realId) == 2);
            assertThat(WINDOW.dialogs().errors).isEmpty();
        }
    }

    @Test
    void aClaimMarkedOfflineWhoseWordsAnotherCheckerRemovedMeanwhileIsKeptUnattachedAndNamed() throws Exception {
        TeamServer direct = EmbeddedTeamServer.newDatabase("offlineorphan", "olena");
        try (TcpProxy proxy = TcpProxy.start(direct.port());
             WorkspaceSession other = TeamWindowSteps.otherChecker(WINDOW.harness(), "other2", direct)) {
            TeamServer viaProxy = TeamWindowSteps.through(proxy, direct);
            TeamWindowSteps.connectWindow(WINDOW.app(), viaProxy);
            TeamSync sync = onFx(() -> WINDOW.window().workspace().session()).teamSync().orElseThrow();
            long articleId = onFx(() -> open().article().id());
            String words = onFx(() -> open().surface().text(20, 32));
            WINDOW.dialogs().information.clear();

            proxy.cut();
            onFx(() -> {
                open().mark(20, 32);
                return null;
            });
            waitUntilOnFx(() -> standIns().size() == 1);
            Claim standIn = onFx(() -> standIns().get(0));
            onFx(() -> {
                open().setNote(open().claim(standIn.id()), "my notes on it");
                return null;
            });
            waitUntil(() -> sync.waiting() == 2);
            String theirs = other.articles().currentText(articleId).replace(words, "(cut by the editor)");
            other.articles().saveText(articleId, theirs, List.of()); // another holder of the text, meanwhile

            proxy.restore();
            waitUntil(() -> sync.waiting() == 0);
            long realId = sync.realId(standIn.id());
            Claim stored = other.claims().find(realId);
            assertThat(stored.orphaned()).as("its words are gone: kept unattached, not placed elsewhere").isTrue();
            assertThat(stored.quote()).isEqualTo(words);
            assertThat(stored.note()).isEqualTo("my notes on it");
            waitUntil(() -> WINDOW.dialogs().information.stream().anyMatch(m -> m.contains(words) && m.contains("unattached")));
            waitUntilOnFx(() -> standIns().isEmpty() && open().claim(realId) != null && open().claim(realId).orphaned());
        }
    }
}
