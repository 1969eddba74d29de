package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.onFxTrue;
import static org.checkbench.ui.AppHarness.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.stage.Window;

import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.ScriptedDialogs;
import org.checkbench.ui.article.OpenArticle;
import org.checkbench.ui.fx.BackgroundTask;
import org.junit.jupiter.api.Test;

/**
 * Detection of a long article runs on beside the window; when the checker opens another workspace
 * meanwhile, it must neither write into the closed one nor put up an error about it (it once did:
 * a "Workspace problem" dialog that took the keyboard from whatever the checker did next).
 */
class DetectionEndsWithItsWorkspaceTest extends RunningAppTest {

    @Test
    void openingAnotherWorkspaceWhileALongArticleIsScoredShowsNoProblem() throws Exception {
        String sample = area().getText();
        Path file = Files.writeString(harness.dataDir().resolve("long.txt"), (sample + "\n\n").repeat(40));
        OpenArticle before = open();
        onFx(() -> {
            app.window().draftImport().useDialogs(new ScriptedDialogs()); // keeps the lines as they are
            app.window().draftImport().importFile(file);
        });
        // The title comes from the first line (the sample's own): the length tells the long one apart.
        waitUntil(() -> onFxTrue(() -> open() != before && open().surface().text().length() > 20 * sample.length()));

        // In one turn of the FX thread, so the detection cannot have answered yet: it is running
        // when the other workspace is asked for, and the old one is closed behind it on the worker.
        Path other = harness.dataDir().resolve("other.checkbench");
        List<String> runningThen = onFx(() -> {
            open().suggestions().refreshAfterSave(open().surface().textSnapshot());
            List<String> titles = app.window().tasks().running().stream().map(BackgroundTask::title).toList();
            app.window().newWorkspace(other);
            return titles;
        });
        assertThat(runningThen).contains("Find check-worthy sentences");

        waitUntil(() -> open().session().file().equals(other));
        waitUntil(() -> onFxTrue(() -> app.window().tasks().running().isEmpty()));
        assertThat(onFx(() -> Window.getWindows().stream().filter(Window::isShowing).count()))
                .as("no dialog about the closed workspace").isEqualTo(1);
        assertThat(open().suggestions().items()).as("the new workspace's sample has its own suggestions").isNotEmpty();
    }
}
