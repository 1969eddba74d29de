package org.checkbench.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;

import java.time.LocalDate;
import java.time.ZoneOffset;

import javafx.scene.control.Label;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.Suggestion;
import org.checkbench.model.Verdict;
import org.checkbench.model.VerdictScales;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.ui.RunningAppTest;
import org.checkbench.ui.article.CheckedBeforeMarks;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;

/**
 * The "checked before" mark on a claim and on a suggestion of the open article, when another
 * article of the same workspace has a rated claim saying the same: in the editor (a style class on
 * the words), in the claim list, and in the status bar when the caret is on it. Real app, real
 * workspace, real sentence encoder.
 */
class CheckedBeforeMarksTest extends RunningAppTest {

    // Sentences of the sample article (assets/samples), and an earlier article saying the same.
    private static final String CLAIM_WORDS = "Kim Jong Un has reportedly sent thousands of troops to support Russia"
            + " in its war with Ukraine.";
    private static final String SUGGESTED_WORDS = "60 billion rubles";
    private static final String UNMARKED_SUGGESTION = "Roskomnadzor";
    private static final String EARLIER_ARTICLE = "Kim Jong Un has sent thousands of troops to support Russia in its war"
            + " against Ukraine.\nRussia plans to invest nearly 60 billion rubles ($660 million) over the next five years to"
            + " expand the TSPU's mandate and give it additional capabilities.";

    @Test
    void aClaimAndASuggestionLikeAnEarlierRatedClaimAreMarkedInTheEditorTheListAndTheStatusBar() throws Exception {
        waitUntil(() -> open().suggestions().items().stream().anyMatch(s -> s.exact().contains(SUGGESTED_WORDS)));
        WorkspaceSession session = open().session();
        Article earlier = session.articles().importText("Earlier check", EARLIER_ARTICLE, null);
        Verdict rated = VerdictScales.byId(earlier.scaleId()).values().stream().filter(Verdict::checked).findFirst()
                .orElseThrow();
        int lineBreak = EARLIER_ARTICLE.indexOf('\n');
        Claim earlierTroops = session.claims().mark(earlier.id(), 0, lineBreak);
        session.claims().setStatus(earlierTroops.id(), rated.id());
        session.claims().setStatus(session.claims().mark(earlier.id(), lineBreak + 1, EARLIER_ARTICLE.length()).id(),
                rated.id());

        // The checker marks a claim in the open article: once the vectors settle, the marks come.
        String text = onFx(() -> area().getText());
        int claimStart = text.indexOf(CLAIM_WORDS);
        assertThat(claimStart).as("the sample says " + CLAIM_WORDS).isNotNegative();
        onFx(() -> open().mark(claimStart, claimStart + CLAIM_WORDS.length()));
        waitUntil(() -> open().currentClaims().stream().anyMatch(c -> c.quote().equals(CLAIM_WORDS)));
        Claim claim = open().currentClaims().stream().filter(c -> c.quote().equals(CLAIM_WORDS)).findFirst().orElseThrow();

        String expected = "checked before: " + rated.label() + ", "
                + CheckedBeforeMarks.shortDay(LocalDate.now(ZoneOffset.UTC).toString());
        waitUntil(() -> robot.lookup(".claim-marks").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().contains(expected)));
        assertThat(onFx(() -> area().getStyleOfChar(claimStart + 5))).contains("claim", "checked-before");

        Suggestion rubles = onFx(() -> open().suggestions().items().stream()
                .filter(s -> s.exact().contains(SUGGESTED_WORDS)).findFirst().orElseThrow());
        waitUntil(() -> area().getStyleOfChar(rubles.start() + 5).contains("checked-before"));
        assertThat(onFx(() -> area().getStyleOfChar(rubles.start() + 5))).contains("suggestion");
        assertThat(onFx(() -> open().checkedBefore().ofSuggestion(rubles).sourceLabel()))
                .isEqualTo("claim " + (earlierTroops.id() + 1) + " of “Earlier check”");
        // A suggestion nothing earlier resembles keeps its plain underline.
        Suggestion other = onFx(() -> open().suggestions().items().stream()
                .filter(s -> s.exact().contains(UNMARKED_SUGGESTION)).findFirst().orElseThrow());
        assertThat(onFx(() -> area().getStyleOfChar(other.start() + 5))).contains("suggestion").doesNotContain("checked-before");
        assertThat(robot.lookup("#claimProgress").queryAs(Label.class).getText()).containsPattern("suggestions \\([1-9][0-9]* checked before\\)");

        // The caret on the suggestion: the status bar says what was decided, when and where.
        onFx(() -> {
            area().requestFocus();
            area().moveTo(rubles.start() + 5);
        });
        StatusBar status = robot.lookup("#statusBar").queryAs(StatusBar.class);
        waitUntil(() -> status.getText().equals(expected + " – claim " + (earlierTroops.id() + 1) + " of “Earlier check”"));
        // And on the claim.
        onFx(() -> area().moveTo(claimStart + 5));
        waitUntil(() -> status.getText().equals(expected + " – claim " + earlierTroops.id() + " of “Earlier check”"));
        assertThat(open().checkedBefore().ofClaim(claim.id()).key().id()).isEqualTo(earlierTroops.id());
    }
}
