package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;

import org.checkbench.ui.RunningAppTest;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;

/** Issue 17: a reordering control in a title shows as a mark, and the editor shows it as ⇆. */
class DeceptiveTitleWindowTest extends RunningAppTest {

    @Test
    void aReorderingControlInATitleShowsAsAMarkInTheWindowTitleStatusBarAndEditor() throws Exception {
        long id = open().session().articles().importText("Leak \u202Efdp.exe", "File report\u202Egnp.exe sent.\n", "test").id();
        onFx(() -> app.window().workspace().openArticle(id, app.window()::showArticle));
        waitUntil(() -> open().article().id() == id);
        assertThat(app.window().stage().getTitle()).startsWith("Leak ⟦RLO⟧fdp.exe").doesNotContain("\u202E");
        StatusBar status = robot.lookup("#statusBar").queryAs(StatusBar.class);
        assertThat(status.getText()).contains("⟦RLO⟧").doesNotContain("\u202E");
        assertThat(onFx(() -> area().getText())).isEqualTo("File report\u21C6gnp.exe sent.\n");
        assertThat(app.window().noticeBar().text()).contains("hidden character");
        assertThat(open().surface().text()).as("what is saved keeps the control").isEqualTo("File report\u202Egnp.exe sent.\n");
    }
}
