package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.time.Instant;

import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Stance;
import org.checkbench.model.TeamServer;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.RunningWindow;
import org.checkbench.ui.article.OpenArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The evidence library is shared by the whole desk: when another checker corrects a source's title,
 * adds a source or deletes one, the claim's sources and the open library window show it without
 * anyone opening anything again.
 */
class TeamLibraryEditsWindowTest {

    @RegisterExtension
    static final RunningWindow WINDOW = new RunningWindow();

    private static OpenArticle open() {
        return WINDOW.window().open();
    }

    @SuppressWarnings("unchecked")
    private static ListView<LinkedEvidence> claimSources() {
        return new FxRobot().lookup("#evidenceTable").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Evidence> libraryTable() {
        return new FxRobot().lookup("#libraryTable").queryAs(TableView.class);
    }

    private static boolean libraryShowsTitles(String... titles) {
        return libraryTable().getItems().stream().map(Evidence::title).sorted().toList()
                .equals(java.util.Arrays.stream(titles).sorted().toList());
    }

    @Test
    void othersEditsOfTheLibraryAppearInTheClaimsSourcesAndTheLibraryWindow() throws Exception {
        TeamServer server = EmbeddedTeamServer.newDatabase("library", "olena");
        try (WorkspaceSession other = TeamWindowSteps.otherChecker(WINDOW.harness(), "other", server)) {
            TeamWindowSteps.connectWindow(WINDOW.app(), server);
            long articleId = onFx(() -> open().article().id());
            Claim claim = other.claims().mark(articleId, 0, 5);
            Evidence report = other.evidence().create(Evidence.draft("Ministry reprot", EvidenceKind.DOCUMENT, Instant.now()));
            other.evidence().link(claim.id(), report.id(), Stance.SUPPORTS, "", null);
            waitUntilOnFx(() -> open().claim(claim.id()) != null);
            onFx(() -> {
                open().selectedProperty().set(open().claim(claim.id()));
                return null;
            });
            waitUntilOnFx(() -> claimSources().getItems().size() == 1
                    && claimSources().getItems().get(0).evidence().title().equals("Ministry reprot"));
            onFx(() -> WINDOW.window().evidencePanel().showLibrary());
            waitUntil(() -> new FxRobot().lookup("#libraryTable").tryQuery().isPresent());
            waitUntilOnFx(() -> libraryShowsTitles("Ministry reprot"));

            // A typo corrected by someone else: no article changed, yet both places show the new title.
            other.evidence().update(report.withTitle("Ministry report"));
            waitUntilOnFx(() -> claimSources().getItems().size() == 1
                    && claimSources().getItems().get(0).evidence().title().equals("Ministry report"));
            waitUntilOnFx(() -> libraryShowsTitles("Ministry report"));

            // A source added and another deleted elsewhere.
            Evidence video = other.evidence().create(Evidence.draft("Border video", EvidenceKind.DOCUMENT, Instant.now()));
            waitUntilOnFx(() -> libraryShowsTitles("Ministry report", "Border video"));
            other.evidence().remove(report.id());
            waitUntilOnFx(() -> libraryShowsTitles("Border video"));
            waitUntilOnFx(() -> claimSources().getItems().isEmpty() && open().evidenceCount(claim.id()) == 0);
            assertThat(onFx(() -> libraryTable().getItems().get(0).id())).isEqualTo(video.id());
            assertThat(WINDOW.dialogs().errors).isEmpty();
        }
    }
}
