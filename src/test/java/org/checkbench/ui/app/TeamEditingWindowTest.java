package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitForTasks;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.time.Clock;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import org.checkbench.bench.team.EmbeddedTeamServer;
import org.checkbench.model.Claim;
import org.checkbench.model.TeamServer;
import org.checkbench.model.TextHolder;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.RunningWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Two checkers on one article through the running app. One editor at a time for the text (ADR
 * 0150): while another checker holds it the window takes no typing and says who edits it, their
 * saves land in the editor with the claims following, verdicts still save; once they give it
 * back, typing here takes it. A conflicting claim edit asks "Keep theirs" or "Use mine" (ADR 0151).
 */
class TeamEditingWindowTest {

    @RegisterExtension
    static final RunningWindow WINDOW = new RunningWindow();

    private final FxRobot robot = new FxRobot();

    @Test
    void whileAnotherCheckerHoldsTheTextTheEditorIsReadOnlyShowsTheirSavesAndClaimsStillWork() throws Exception {
        TeamServer server = EmbeddedTeamServer.newDatabase("textlockwindow", "olena");
        connectAs(server);
        long articleId = onFx(() -> WINDOW.window().open().article().id());
        TeamServer asTaras = EmbeddedTeamServer.checkerRoles(EmbeddedTeamServer.shared(), server, 1).get(0);
        WINDOW.dialogs().errors.clear();

        try (WorkspaceSession taras = new WorkspaceService(new AppDirectories(WINDOW.harness().dataDir().resolve("taras")),
                Clock.systemUTC(), "x").connectTeam(asTaras, EmbeddedTeamServer.password())) {
            Claim marked = taras.claims().mark(articleId, 0, 5);
            waitUntilOnFx(() -> WINDOW.window().open().claim(marked.id()) != null);
            assertThat(taras.textLock().orElseThrow().take(articleId).mine()).isTrue();

            waitUntilOnFx(() -> !WINDOW.window().editor().area().isEditable() && notice().isVisible());
            assertThat(onFx(() -> notice().getText())).startsWith("Being edited by " + asTaras.user()
                    + " — you can still mark claims, set verdicts, add evidence");

            String before = onFx(() -> WINDOW.window().editor().text());
            String theirs = "UPDATED " + before;
            taras.articles().saveText(articleId, theirs, List.of());
            waitUntilOnFx(() -> WINDOW.window().editor().text().equals(theirs));
            assertThat(onFx(() -> WINDOW.window().open().claim(marked.id()).anchor().start()))
                    .as("the claim follows their words").isEqualTo(8);

            robot.clickOn("#articleEditor").write("zz");
            waitForTasks(WINDOW.app());
            assertThat(onFx(() -> WINDOW.window().editor().text())).as("no typing while they hold it").isEqualTo(theirs);

            onFx(() -> {
                WINDOW.window().open().setStatus(WINDOW.window().open().claim(marked.id()), "confirmed");
                return null;
            });
            waitForTasks(WINDOW.app());
            assertThat(taras.claims().find(marked.id()).status()).isEqualTo("confirmed");

            taras.textLock().orElseThrow().release(articleId);
            waitUntilOnFx(() -> WINDOW.window().editor().area().isEditable() && !notice().isVisible());

            onFx(() -> {
                WINDOW.window().editor().area().moveTo(0);
                return null;
            });
            robot.clickOn("#articleEditor").write("x");
            waitUntilOnFx(() -> !WINDOW.window().editor().text().equals(theirs));
            onFx(() -> {
                WINDOW.window().open().saveNow();
                return null;
            });
            waitForTasks(WINDOW.app());
            String mine = onFx(() -> WINDOW.window().editor().text());
            assertThat(taras.textLock().orElseThrow().holder(articleId)).contains(new TextHolder("olena", false));
            assertThat(taras.articles().currentText(articleId)).isEqualTo(mine);
            assertThat(taras.textLock().orElseThrow().take(articleId).mine()).as("olena holds it now").isFalse();
        }
        assertThat(WINDOW.dialogs().errors).isEmpty();
    }

    @Test
    void aConflictingNoteAsksKeepTheirsOrUseMineShowingBothAndEachChoiceHolds() throws Exception {
        TeamServer server = EmbeddedTeamServer.newDatabase("conflictwindow", "olena");
        connectAs(server);
        long articleId = onFx(() -> WINDOW.window().open().article().id());
        TeamServer asTaras = EmbeddedTeamServer.checkerRoles(EmbeddedTeamServer.shared(), server, 1).get(0);
        WINDOW.dialogs().errors.clear();
        WINDOW.dialogs().choices.clear();
        try (WorkspaceSession taras = new WorkspaceService(new AppDirectories(WINDOW.harness().dataDir().resolve("taras2")),
                Clock.systemUTC(), "x").connectTeam(asTaras, EmbeddedTeamServer.password())) {
            long first = taras.claims().mark(articleId, 0, 5).id();
            long second = taras.claims().mark(articleId, 10, 15).id();
            waitUntilOnFx(() -> WINDOW.window().open().claim(first) != null && WINDOW.window().open().claim(second) != null);

            // Olena edits from what her window showed; Taras's note landed first.
            Claim seenFirst = onFx(() -> WINDOW.window().open().claim(first));
            taras.claims().setNote(first, "Taras: ministry confirmed");
            WINDOW.dialogs().answer(false); // Keep theirs
            onFx(() -> {
                WINDOW.window().open().setNote(seenFirst, "Olena: not confirmed");
                return null;
            });
            waitForTasks(WINDOW.app());
            assertThat(WINDOW.dialogs().choices).singleElement().asString().contains("Taras: ministry confirmed")
                    .contains("Olena: not confirmed").contains(asTaras.user()).endsWith("[Use mine | Keep theirs]");
            assertThat(taras.claims().find(first).note()).isEqualTo("Taras: ministry confirmed");
            assertThat(onFx(() -> WINDOW.window().open().claim(first).note())).isEqualTo("Taras: ministry confirmed");

            Claim seenSecond = onFx(() -> WINDOW.window().open().claim(second));
            taras.claims().setNote(second, "Taras's words");
            WINDOW.dialogs().answer(true); // Use mine
            onFx(() -> {
                WINDOW.window().open().setNote(seenSecond, "Olena's words");
                return null;
            });
            waitForTasks(WINDOW.app());
            assertThat(WINDOW.dialogs().choices).hasSize(2);
            assertThat(taras.claims().find(second).note()).isEqualTo("Olena's words");
            assertThat(onFx(() -> WINDOW.window().open().claim(second).note())).isEqualTo("Olena's words");
            assertThat(taras.claims().history(second)).extracting(h -> h.newValue())
                    .containsExactly("Taras's words", "Olena's words");
        }
        assertThat(WINDOW.dialogs().errors).as("a choice, not an error message").isEmpty();
    }

    @Test
    void restoringARevisionIsGreyedOutWhileAnotherCheckerHoldsTheText() throws Exception {
        TeamServer server = EmbeddedTeamServer.newDatabase("restorelockwindow", "olena");
        connectAs(server);
        long articleId = onFx(() -> WINDOW.window().open().article().id());
        TeamServer asTaras = EmbeddedTeamServer.checkerRoles(EmbeddedTeamServer.shared(), server, 1).get(0);
        try (WorkspaceSession taras = new WorkspaceService(new AppDirectories(WINDOW.harness().dataDir().resolve("taras2")),
                Clock.systemUTC(), "x").connectTeam(asTaras, EmbeddedTeamServer.password())) {
            String text = taras.articles().currentText(articleId);
            taras.drafts().saveDraft(articleId, "Second draft. " + text, "their draft"); // takes the text, a revision 2
            waitUntilOnFx(() -> !WINDOW.window().editor().area().isEditable() && notice().isVisible());
            onFx(() -> {
                WINDOW.window().revisions().showRevisions();
                return null;
            });
            waitUntilOnFx(() -> revisionTable() != null && revisionTable().getItems().size() == 2);
            onFx(() -> {
                revisionTable().getSelectionModel().clearAndSelect(0);
                return null;
            });
            assertThat(onFx(() -> restoreButton().isDisabled())).as("greyed out while taras holds the text").isTrue();

            taras.textLock().orElseThrow().release(articleId);
            waitUntilOnFx(() -> WINDOW.window().editor().area().isEditable() && !restoreButton().isDisabled());
            onFx(() -> {
                restoreButton().getScene().getWindow().hide();
                return null;
            });
        }
        assertThat(WINDOW.dialogs().errors).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> revisionTable() {
        return robot.lookup("#revisionTable").tryQueryAs(TableView.class).orElse(null);
    }

    private Button restoreButton() {
        return robot.lookup("#restoreRevision").queryAs(Button.class);
    }

    private static Label notice() {
        return (Label) WINDOW.window().stage().getScene().lookup("#textLockNotice");
    }

    private void connectAs(TeamServer server) throws Exception {
        robot.clickOn("File");
        robot.clickOn("Connect to team workspace…");
        TeamServerForm.fill(robot, server, server.user());
        robot.clickOn("#teamConnect");
        waitUntilOnFx(() -> WINDOW.window().workspace().session() != null
                && WINDOW.window().workspace().session().location().equals(server.location())
                && WINDOW.window().open() != null && WINDOW.window().open().session() == WINDOW.window().workspace().session());
        assertThat(WINDOW.dialogs().errors).isEmpty();
    }
}
