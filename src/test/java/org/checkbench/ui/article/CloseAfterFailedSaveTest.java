package org.checkbench.ui.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.checkbench.model.Claim;
import org.checkbench.service.TypingJournal;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.AppHarness;
import org.checkbench.ui.RunningWindow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A save already on its way fails after the close queued its own save behind it: the close used to
 * hear "saved", drop the typing journal and leave the failed save's text and moved claims nowhere.
 * The failure is real: a trigger another connection puts on the workspace file refuses the write,
 * and a task queued between the two saves takes it away again.
 */
class CloseAfterFailedSaveTest {

    @RegisterExtension
    static final RunningWindow WINDOW = new RunningWindow();

    private final FxRobot robot = new FxRobot();

    @Test
    void aCloseSavesAgainWhatAnEarlierFailedSaveGaveBack() throws Exception {
        OpenArticle open = WINDOW.window().open();
        StyleClassedTextArea area = robot.lookup("#articleEditor").queryAs(StyleClassedTextArea.class);
        String before = onFx(() -> area.getText().substring(0, 40));
        onFx(() -> open.mark(10, 40));
        AppHarness.waitForTasks(WINDOW.app());
        Claim claim = onFx(() -> open.selectedProperty().get());
        WorkspaceSession session = open.session();
        long articleId = open.article().id();

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + session.file())) {
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean closed = new AtomicBoolean();
            onFx(() -> {
                // Holds the worker so the failing save and the close's save are both queued before either runs.
                open.tasks().run("Hold the worker", () -> release.await(30, TimeUnit.SECONDS), done -> { }, failed -> { });
            });
            try (Statement statement = other.createStatement()) {
                statement.execute("CREATE TRIGGER refuse_text BEFORE UPDATE OF current_text ON article"
                        + " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
            }
            onFx(() -> {
                area.insertText(0, "Draft 2. ");
                open.saveNow();
                open.tasks().run("Let saves through", () -> {
                    try (Statement statement = other.createStatement()) {
                        statement.execute("DROP TRIGGER refuse_text");
                    }
                    return true;
                }, done -> { }, failed -> { });
                open.saveAndClose(() -> closed.set(true), failed -> WINDOW.dialogs().errors.add("close: " + failed.getMessage()));
            });
            release.countDown();
            waitUntil(closed::get);
        }

        assertThat(WINDOW.dialogs().errors).as("the failed save was reported").isNotEmpty();
        assertThat(session.articles().load(articleId).article().currentText()).startsWith("Draft 2. " + before);
        assertThat(session.claims().find(claim.id()).anchor().start()).isEqualTo(claim.anchor().start() + "Draft 2. ".length());
        TypingJournal journal = TypingJournal.of(WINDOW.harness().dataDir().resolve("journal"), session.file(), articleId);
        assertThat(journal.file()).as("removed only once everything was saved").doesNotExist();
    }
}
