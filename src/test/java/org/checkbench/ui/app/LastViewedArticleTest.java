package org.checkbench.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntilOnFx;

import java.util.List;

import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.AppHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 14: a restart opened the article changed last; it opens the one the checker was looking at. */
class LastViewedArticleTest {

    private final AppHarness harness;
    private CheckbenchApp app;

    LastViewedArticleTest() throws Exception {
        harness = new AppHarness();
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    private void show(long articleId) throws Exception {
        onFx(() -> app.window().workspace().openArticle(articleId, app.window()::showArticle));
        waitUntilOnFx(() -> app.window().open().article().id() == articleId);
    }

    @Test
    void restartingReopensTheLastArticleViewedNotTheLastChanged() throws Exception {
        app = harness.start(org.checkbench.ui.app.LaunchOptions.defaults());
        WorkspaceSession session = onFx(() -> app.window().open().session());
        long sample = onFx(() -> app.window().open().article().id());
        long other = session.articles().importText("A second draft", "Words of a second article.\n", "test").id();
        show(other);
        show(sample);
        AppHarness.waitForTasks(app);
        // The other article is the one changed last...
        session.articles().saveText(other, "Words of a second article, edited later.\n", List.of());
        assertThat(session.articles().list().get(0).id()).isEqualTo(other);
        harness.stop();

        // ...but the sample is the one the checker was reading.
        app = harness.start(org.checkbench.ui.app.LaunchOptions.defaults());
        assertThat(onFx(() -> app.window().open().article().id())).isEqualTo(sample);
    }
}
