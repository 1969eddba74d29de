package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.time.Instant;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.bench.team.TcpProxy;
import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Stance;
import org.checkbench.model.TeamServer;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.RunningWindow;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.evidence.EvidencePanel;
import org.testfx.api.FxRobot;

import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With the window's network cut, linking and unlinking a source and removing a claim wait in the
 * journal (ADR 0152, 0153): the panel and the claim list show them done, undo of the waiting removal
 * takes it back; once the network is back they reach the server in order. (Marking a claim offline:
 * TeamOfflineMarksAndSourcesWindowTest.)
 */
class TeamOfflineLinksAndRemovalWindowTest {

    @RegisterExtension
    static final RunningWindow WINDOW = new RunningWindow();

    private static OpenArticle open() {
        return WINDOW.window().open();
    }

    private static EvidencePanel panel() {
        return WINDOW.window().evidencePanel();
    }

    @SuppressWarnings("unchecked")
    private static ListView<LinkedEvidence> shownSources() {
        return new FxRobot().lookup("#evidenceTable").queryAs(ListView.class);
    }

    private static boolean panelShows(long... evidenceIds) {
        return TeamWindowSteps.shownSourceIds().equals(java.util.Arrays.stream(evidenceIds).boxed().toList());
    }

    @Test
    void linksUnlinksAndARemovalWaitWhileCutOffAndArriveInOrderOnceBack() throws Exception {
        TeamServer direct = EmbeddedTeamServer.newDatabase("offlinelinks", "olena");
        try (TcpProxy proxy = TcpProxy.start(direct.port());
             WorkspaceSession other = TeamWindowSteps.otherChecker(WINDOW.harness(), "other", direct)) {
            TeamServer viaProxy = TeamWindowSteps.through(proxy, direct);
            WorkspaceSession mine = TeamWindowSteps.connectWindow(WINDOW.app(), viaProxy);
            long articleId = onFx(() -> open().article().id());
            Claim kept = other.claims().mark(articleId, 0, 5);
            Claim removed = other.claims().mark(articleId, 10, 15);
            Evidence report = other.evidence().create(Evidence.draft("Ministry report", EvidenceKind.DOCUMENT, Instant.now()));
            Evidence video = other.evidence().create(Evidence.draft("Border video", EvidenceKind.DOCUMENT, Instant.now()));
            other.evidence().link(kept.id(), video.id(), Stance.CONTEXT, "", null);
            waitUntilOnFx(() -> open().claim(kept.id()) != null && open().claim(removed.id()) != null);
            onFx(() -> {
                open().selectedProperty().set(open().claim(kept.id()));
                return null;
            });
            waitUntilOnFx(() -> panelShows(video.id()));

            proxy.cut();
            onFx(() -> {
                panel().linkExisting(report, Stance.SUPPORTS, "page 3");
                return null;
            });
            waitUntil(() -> mine.teamSync().orElseThrow().waiting() == 1);
            waitUntilOnFx(() -> panelShows(video.id(), report.id()) && open().evidenceCount(kept.id()) == 2);
            onFx(() -> {
                LinkedEvidence shownVideo = shownSources().getItems().get(0);
                panel().unlink(shownVideo);
                return null;
            });
            waitUntil(() -> mine.teamSync().orElseThrow().waiting() == 2);
            assertThat(onFx(() -> panelShows(report.id()))).isTrue();

            onFx(() -> {
                open().remove(open().claim(removed.id()));
                return null;
            });
            waitUntil(() -> mine.teamSync().orElseThrow().waiting() == 3);
            onFx(() -> WINDOW.window().claimsInEditor().undo()); // the removal still waits: taken back
            waitUntil(() -> mine.teamSync().orElseThrow().waiting() == 2);
            waitUntilOnFx(() -> open().claim(removed.id()) != null);
            onFx(() -> WINDOW.window().claimsInEditor().redo());
            waitUntil(() -> mine.teamSync().orElseThrow().waiting() == 3);
            waitUntilOnFx(() -> open().claim(removed.id()) == null);

            assertThat(other.evidence().evidenceOf(kept.id())).as("nothing sent yet")
                    .extracting(l -> l.evidence().id()).containsExactly(video.id());

            other.claims().setNote(kept.id(), "checked while you were away"); // reaches no feed of this window

            proxy.restore();
            waitUntil(() -> mine.teamSync().orElseThrow().waiting() == 0);
            assertThat(other.evidence().evidenceOf(kept.id())).extracting(l -> l.evidence().id())
                    .containsExactly(report.id());
            assertThat(other.evidence().evidenceOf(kept.id()).get(0).link().note()).isEqualTo("page 3");
            assertThat(other.claims().forArticle(articleId)).extracting(Claim::id).containsExactly(kept.id());
            // Once sent, the article is read again: what others did meanwhile shows.
            waitUntilOnFx(() -> open().claim(removed.id()) == null && open().evidenceCount(kept.id()) == 1
                    && open().claim(kept.id()).note().equals("checked while you were away"));
            assertThat(WINDOW.dialogs().errors).isEmpty();
        }
    }
}
