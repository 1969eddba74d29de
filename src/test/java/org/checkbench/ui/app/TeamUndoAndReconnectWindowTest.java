package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;


import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.bench.team.TcpProxy;
import org.checkbench.model.Claim;
import org.checkbench.model.TeamServer;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.RunningWindow;
import org.checkbench.ui.article.OpenArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Undo in a team workspace is an edit like any other: it does not write over another checker's
 * newer value, and with the network cut it waits in the journal. When the network is back the
 * waiting undo is sent and what others did meanwhile appears in the window, which no change feed
 * told it about.
 */
class TeamUndoAndReconnectWindowTest {

    @RegisterExtension
    static final RunningWindow WINDOW = new RunningWindow();

    private static OpenArticle open() {
        return WINDOW.window().open();
    }

    @Test
    void undoChecksTheValueSeenWaitsWhileCutOffAndOthersChangesArriveOnceBack() throws Exception {
        TeamServer direct = EmbeddedTeamServer.newDatabase("undo", "olena");
        try (TcpProxy proxy = TcpProxy.start(direct.port());
             WorkspaceSession other = TeamWindowSteps.otherChecker(WINDOW.harness(), "other", direct)) {
            TeamServer viaProxy = TeamWindowSteps.through(proxy, direct);
            WorkspaceSession mine = TeamWindowSteps.connectWindow(WINDOW.app(), viaProxy);
            long articleId = onFx(() -> open().article().id());
            Claim first = other.claims().mark(articleId, 0, 5);
            Claim second = other.claims().mark(articleId, 10, 15);
            waitUntilOnFx(() -> open().claim(first.id()) != null && open().claim(second.id()) != null);

            // Undo meets a newer note from someone else: reported, and theirs stays.
            onFx(() -> open().setNote(open().claim(first.id()), "mine"));
            waitUntil(() -> other.claims().find(first.id()).note().equals("mine"));
            other.claims().setNote(first.id(), "theirs");
            waitUntilOnFx(() -> open().claim(first.id()).note().equals("theirs"));
            onFx(() -> WINDOW.window().claimsInEditor().undo());
            waitUntil(() -> !WINDOW.dialogs().errors.isEmpty());
            assertThat(WINDOW.dialogs().errors).singleElement().asString()
                    .contains("theirs").contains("changed this claim's note");
            assertThat(other.claims().find(first.id()).note()).as("not written over").isEqualTo("theirs");
            assertThat(onFx(() -> open().claim(first.id()).note())).isEqualTo("theirs");
            WINDOW.dialogs().errors.clear();

            // Cut off: the undo waits in the journal and the window shows it done.
            onFx(() -> open().setCorrection(open().claim(first.id()), "5,000 troops"));
            waitUntil(() -> other.claims().find(first.id()).correction().equals("5,000 troops"));
            proxy.cut();
            onFx(() -> WINDOW.window().claimsInEditor().undo());
            waitUntil(() -> mine.teamSync().orElseThrow().waiting() == 1);
            waitUntilOnFx(() -> open().claim(first.id()).correction().isEmpty());
            assertThat(other.claims().find(first.id()).correction()).as("not sent yet").isEqualTo("5,000 troops");

            // Others go on meanwhile; no feed reaches this window.
            other.claims().setNote(second.id(), "checked while you were away");
            Claim third = other.claims().mark(articleId, 20, 25);
            other.claims().remove(second.id());
            Claim fourth = other.claims().mark(articleId, 30, 35);
            other.claims().setStatus(fourth.id(), "confirmed");

            proxy.restore();
            waitUntil(() -> other.claims().find(first.id()).correction().isEmpty());
            waitUntil(() -> mine.teamSync().orElseThrow().waiting() == 0);
            waitUntilOnFx(() -> open().claim(third.id()) != null && open().claim(second.id()) == null
                    && open().claim(fourth.id()) != null && open().claim(fourth.id()).status().equals("confirmed"));
            assertThat(onFx(() -> open().claim(first.id()).note())).isEqualTo("theirs");
            assertThat(WINDOW.dialogs().errors).isEmpty();
        }
    }
}
