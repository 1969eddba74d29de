package org.checkbench.ui.app;

import org.checkbench.ui.AppHarness;
import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.editor.LegendWindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;

import javafx.stage.Window;

import org.checkbench.store.WorkspaceException;
import org.junit.jupiter.api.Test;

/** Issue 17: Quit with the evidence library and the legend open closes them all and the workspace behind them. */
class QuitClosesEveryWindowTest extends RunningAppTest {

    @Test
    void quittingClosesTheLibraryAndLegendAndNothingWritesAfterwards() throws Exception {
        var session = open().session();
        onFx(() -> app.window().evidencePanel().showLibrary());
        onFx(() -> LegendWindow.show(app.window().stage(), open()));
        waitUntil(() -> Window.getWindows().stream().filter(Window::isShowing).count() >= 3);

        onFx(() -> app.window().quit());
        waitUntil(() -> Window.getWindows().stream().noneMatch(Window::isShowing));
        // With the last window gone JavaFX stops the app (TestFX turns that off, so do it here); the
        // workspace is then closed and its lock released: opening it again in this JVM would otherwise be refused.
        onFx(() -> app.stop());
        java.nio.file.Path file = session.file();
        waitUntil(() -> {
            try (org.checkbench.store.Workspace again = org.checkbench.store.Workspace.openExisting(file)) {
                return again.counts().articles() > 0;
            } catch (WorkspaceException stillOpen) {
                return false;
            }
        });
        assertThat(Window.getWindows().stream().filter(Window::isShowing)).isEmpty();
    }
}
