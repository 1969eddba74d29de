package org.checkbench.ui.app;

import org.checkbench.ui.AppHarness;
import org.checkbench.ui.RunningAppTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 17: a checker typing without a pause still has every keystroke older than a second saved. */
class SteadyTypingSaveTest extends RunningAppTest {

    @Test
    void keystrokesOlderThanOneSecondAreInTheWorkspaceWhileTypingGoesOn() throws Exception {
        var session = open().session();
        long articleId = open().article().id();
        List<Long> typedAt = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long start = System.currentTimeMillis();
        while (System.currentTimeMillis() - start < 4_000) {
            // 10 keys a second, never a 400 ms pause; like a keystroke, it does not wait for anything.
            javafx.application.Platform.runLater(() -> area().insertText(0, "x"));
            typedAt.add(System.currentTimeMillis());
            Thread.sleep(100);
            long now = System.currentTimeMillis();
            if (now - start > 1_500 && typedAt.size() % 5 == 0) {
                long olderThanASecond = typedAt.stream().filter(t -> t <= now - 1_000).count();
                String stored = session.articles().load(articleId).article().currentText();
                int saved = 0;
                while (saved < stored.length() && stored.charAt(saved) == 'x') {
                    saved++;
                }
                if (saved < olderThanASecond) {
                    failures.add("at " + (now - start) + " ms: " + saved + " saved of " + olderThanASecond
                            + " keys older than 1 s");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(typedAt).hasSizeGreaterThan(30);
    }
}
