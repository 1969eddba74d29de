package org.checkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;

import javafx.scene.input.KeyCode;

import org.checkbench.model.Claim;
import org.checkbench.model.ClaimOrigin;
import org.checkbench.model.Suggestion;
import org.checkbench.ui.RunningAppTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reviewing what detection suggests, from the keyboard. */
class SuggestionReviewTest extends RunningAppTest {

    @BeforeAll
    static void prepareTheApplication() throws Exception {
        waitUntil(() -> !app.window().open().suggestions().items().isEmpty());
    }

    private Suggestion suggestionContaining(String words) throws Exception {
        return onFx(() -> open().suggestions().items().stream().filter(s -> s.exact().contains(words)).findFirst()
                .orElseThrow());
    }

    @Test
    void theSampleArrivesWithSuggestionsDrawnQuietly() throws Exception {
        Suggestion rubles = suggestionContaining("60 billion rubles");
        assertThat(rubles.reasons()).contains("money");
        assertThat(onFx(() -> area().getStyleOfChar(rubles.start() + 5))).contains("suggestion").doesNotContain("claim");
        assertThat(suggestionContaining("Thousands of North Korean soldiers").score()).isGreaterThan(0.5);
    }

    @Test
    void ctrlEnterAcceptsTheSuggestionUnderTheCaretAsAClaim() throws Exception {
        Suggestion suggestion = suggestionContaining("Reuters");
        onFx(() -> {
            area().requestFocus();
            area().moveTo(suggestion.start() + 3);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> open().currentClaims().stream().anyMatch(c -> c.quote().equals(suggestion.exact())));

        Claim claim = open().currentClaims().stream().filter(c -> c.quote().equals(suggestion.exact())).findFirst().orElseThrow();
        assertThat(claim.origin().kind()).isEqualTo(ClaimOrigin.Kind.SUGGESTED);
        assertThat(claim.origin().reasons()).isEqualTo(suggestion.reasons());
        assertThat(open().suggestions().items()).noneMatch(s -> s.exact().equals(suggestion.exact()));
        assertThat(onFx(() -> area().getStyleOfChar(suggestion.start() + 3))).contains("claim", "status-unchecked");
    }

    @Test
    void ctrlShiftEnterDismissesForGoodAndUndoBringsItBack() throws Exception {
        Suggestion suggestion = suggestionContaining("Roskomnadzor");
        onFx(() -> {
            area().requestFocus();
            area().moveTo(suggestion.start() + 3);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> open().suggestions().items().stream().noneMatch(s -> s.exact().contains("Roskomnadzor")));
        assertThat(onFx(() -> area().getStyleOfChar(suggestion.start() + 3))).doesNotContain("suggestion");

        // Detection runs again after an edit is saved: the dismissed sentence stays away.
        onFx(() -> area().insertText(area().getLength(), " Added."));
        onFx(() -> open().saveNow());
        waitUntil(() -> open().session().articles().load(open().article().id()).article().currentText().endsWith("Added."));
        waitUntil(() -> !open().suggestions().items().isEmpty());
        // Read on the FX thread: detection may be refreshing the list meanwhile.
        assertThat(onFx(() -> java.util.List.copyOf(open().suggestions().items())))
                .noneMatch(s -> s.exact().contains("Roskomnadzor"));
        assertThat(open().session().suggestions().list(open().article().id()))
                .noneMatch(s -> s.exact().contains("Roskomnadzor"));

        // Undo takes back the typing, then the dismissal.
        onFx(() -> app.window().claimsInEditor().undo());
        onFx(() -> app.window().claimsInEditor().undo());
        waitUntil(() -> open().suggestions().items().stream().anyMatch(s -> s.exact().contains("Roskomnadzor")));
    }
}
