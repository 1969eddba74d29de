package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.checkbench.model.Claim;
import org.checkbench.model.ClaimOrigin;
import org.checkbench.model.Suggestion;
import org.checkbench.model.TextAnchor;
import org.checkbench.model.VerdictScales;
import org.junit.jupiter.api.Test;

/** The rules the window applies while the checker edits, without a window: orphaned, changed since checked, order. */
class ArticleClaimsTest {

    private static final String TEXT = "Troops arrived in June. Officials said 10,000 came. Nobody else saw them.";

    private StringBuilder text = new StringBuilder(TEXT);

    private static Claim claim(long id, String words, String status) {
        int start = TEXT.indexOf(words);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return new Claim(id, 1, TextAnchor.of(TEXT, start, start + words.length(), 7), ClaimOrigin.MANUAL, status,
                "", "", "", now, now, false, false);
    }

    private ArticleClaims.Edit edit(ArticleClaims claims, int position, int removed, String inserted) {
        text.replace(position, position + removed, inserted);
        return claims.textEdited(position, removed, inserted.length(), (s, e) -> text.substring(s, e), null);
    }

    @Test
    void typingBeforeAClaimMovesItWithoutChangingHowItLooks() {
        ArticleClaims claims = new ArticleClaims(VerdictScales.PRE_PUBLICATION, 7,
                List.of(claim(1, "Officials said 10,000 came", "confirmed")));

        ArticleClaims.Edit edit = edit(claims, 0, 0, "Late news. ");

        Claim moved = claims.get(1);
        assertThat(text.substring(moved.anchor().start(), moved.anchor().end())).isEqualTo("Officials said 10,000 came");
        assertThat(moved.changedSinceChecked()).isFalse();
        assertThat(edit.visible()).as("a move needs no redraw of the list").isFalse();
        assertThat(edit.before()).as("undoing the edit moves it back; the undo history need not copy it").isEmpty();
        assertThat(claims.liveFrom(0)).extracting(Claim::id).containsExactly(1L);
    }

    @Test
    void anEditInsideACheckedClaimMarksItChangedSinceChecked() {
        ArticleClaims claims = new ArticleClaims(VerdictScales.PRE_PUBLICATION, 7,
                List.of(claim(1, "Officials said 10,000 came", "confirmed"), claim(2, "Troops arrived in June", "unchecked")));
        int at = TEXT.indexOf("10,000");
        int june = TEXT.indexOf("June");

        ArticleClaims.Edit edit = edit(claims, at, "10,000".length(), "12,000");
        edit(claims, june, 4, "July");

        assertThat(claims.get(1).changedSinceChecked()).isTrue();
        assertThat(claims.get(1).quote()).isEqualTo("Officials said 12,000 came");
        assertThat(claims.get(2).changedSinceChecked()).as("no verdict yet: nothing to invalidate").isFalse();
        assertThat(claims.get(2).quote()).isEqualTo("Troops arrived in July");
        assertThat(edit.visible()).isTrue();
        assertThat(edit.redraw()).hasSize(1);
    }

    @Test
    void deletingAllOfAClaimsWordsOrphansItAndListsItLast() {
        ArticleClaims claims = new ArticleClaims(VerdictScales.PRE_PUBLICATION, 7,
                List.of(claim(1, "Troops arrived in June", "confirmed"), claim(2, "Nobody else saw them", "unchecked")));
        assertThat(claims.numberOf(1)).isEqualTo(1);

        edit(claims, 0, "Troops arrived in June.".length(), "");

        assertThat(claims.get(1).orphaned()).isTrue();
        assertThat(claims.inOrder()).extracting(Claim::id).containsExactly(2L, 1L);
        assertThat(claims.numberOf(2)).isEqualTo(1);
        assertThat(claims.numberOf(1)).isEqualTo(2);
        assertThat(claims.at(0)).as("an orphan is never found at an offset").isEmpty();
    }

    @Test
    void theRangeOnScreenWinsOverTheStoredOneAndANewVerdictClearsTheChangedFlag() {
        ArticleClaims claims = new ArticleClaims(VerdictScales.PRE_PUBLICATION, 7,
                List.of(claim(1, "Officials said 10,000 came", "confirmed")));
        Claim stored = claims.get(1);
        edit(claims, 0, 0, "Late news. ");
        int at = text.indexOf("10,000");
        edit(claims, at, 6, "12,000");

        Claim merged = claims.merge(stored.withStatus("disputed"));

        assertThat(merged.anchor().start()).isEqualTo(claims.get(1).anchor().start()).isNotEqualTo(stored.anchor().start());
        assertThat(merged.status()).isEqualTo("disputed");
        assertThat(merged.changedSinceChecked()).isFalse();
    }

    @Test
    void claimsAreSavedWithTheWordsAroundThemTakenFromTheSavedText() {
        ArticleClaims claims = new ArticleClaims(VerdictScales.PRE_PUBLICATION, 7,
                List.of(claim(1, "Officials said 10,000 came", "confirmed")));
        edit(claims, 0, 0, "Late news. ");

        List<Claim> toSave = ArticleClaims.withContextFrom(claims.claimsFor(List.of(1L, 99L)), text.toString());

        assertThat(toSave).hasSize(1);
        assertThat(toSave.get(0).anchor().prefix()).endsWith("Troops arrived in June. ");
        assertThat(toSave.get(0).anchor().prefix()).as("the new words before it are in its context").contains("news. ");
    }

    @Test
    void undoPutsClaimsBackAndRedrawsOnlyThoseThatLookedDifferent() {
        ArticleClaims claims = new ArticleClaims(VerdictScales.PRE_PUBLICATION, 7,
                List.of(claim(1, "Troops arrived in June", "confirmed")));
        ArticleClaims.Edit deleted = edit(claims, 0, "Troops arrived in June.".length(), "");

        List<int[]> redraw = claims.restore(deleted.before());

        assertThat(claims.get(1).orphaned()).isFalse();
        assertThat(redraw).hasSize(1);
        assertThat(claims.restore(Map.of(1L, claims.get(1)))).as("same look, nothing to redraw").isEmpty();
    }

    @Test
    void progressCountsCheckedClaimsOnlyWhileTheirWordsAreUnchanged() {
        ArticleClaims claims = new ArticleClaims(VerdictScales.PRE_PUBLICATION, 7, List.of(
                claim(1, "Troops arrived in June", "confirmed"), claim(2, "Officials said 10,000 came", "confirmed"),
                claim(3, "Nobody else saw them", "unchecked")));
        edit(claims, TEXT.indexOf("June"), 4, "July");

        ArticleClaims.Progress progress = claims.progress();

        assertThat(progress.total()).isEqualTo(3);
        assertThat(progress.checked()).isEqualTo(1);
        assertThat(progress.byStatus().keySet()).extracting(v -> v.id()).containsExactly("unchecked", "confirmed");
    }

    @Test
    void suggestionsFollowMovesAndDisappearWhenTouched() {
        Suggestion first = new Suggestion(1, 1, 0, 23, "Troops arrived in June.", 0.9, List.of());
        Suggestion second = new Suggestion(2, 1, 24, 51, "Officials said 10,000 came.", 0.8, List.of());

        List<Suggestion> after = ShownSuggestions.afterEdit(List.of(first, second), 30, 2, 0);

        assertThat(after).containsExactly(first);
        assertThat(ShownSuggestions.afterEdit(List.of(second), 0, 0, 5)).extracting(Suggestion::start).containsExactly(29);
        List<Suggestion> both = List.of(first, second);
        assertThat(ShownSuggestions.afterEdit(both, 60, 0, 3)).as("typed after them all: the same list, nothing to redraw")
                .isSameAs(both);
        assertThat(ShownSuggestions.stillInPlace(List.of(first, second), "Other text entirely, longer than both sentences."))
                .isEmpty();
        assertThat(ShownSuggestions.stillInPlace(List.of(first, second), TEXT)).containsExactly(first, second);
    }

    /**
     * Issue 18 (ADR 0170): a keystroke moves claims in place and their objects catch up when read;
     * whichever way a claim is read after many moves, it is at its words.
     */
    @Test
    void claimsMovedByManyEditsAreAtTheirWordsHoweverTheyAreRead() {
        ArticleClaims claims = new ArticleClaims(VerdictScales.PRE_PUBLICATION, 7,
                List.of(claim(1, "Officials said 10,000 came", "confirmed"), claim(2, "Nobody else saw them", "unchecked")));
        for (int i = 0; i < 30; i++) {
            if (i % 5 == 4) {
                edit(claims, 5, 1, "");
            } else {
                edit(claims, 5, 0, "x");
            }
        }
        String officials = "Officials said 10,000 came";
        int start = text.indexOf(officials);

        assertThat(claims.liveIn(start, start + 1)).extracting(c -> c.anchor().start()).containsExactly(start);
        assertThat(claims.at(start + 3)).map(Claim::id).contains(1L);
        assertThat(claims.at(start - 1)).isEmpty();
        assertThat(claims.liveFrom(start)).extracting(Claim::id).containsExactlyInAnyOrder(1L, 2L);
        assertThat(claims.claimsFor(List.of(2L)).get(0).anchor().start()).isEqualTo(text.indexOf("Nobody"));
        for (Claim claim : claims.all()) {
            assertThat(text.substring(claim.anchor().start(), claim.anchor().end())).isEqualTo(claim.quote());
        }
        assertThat(claims.inOrder()).extracting(Claim::id).containsExactly(1L, 2L);
        // An edit inside a moved claim starts from where it is now: its words, then its undo state.
        ArticleClaims.Edit inside = edit(claims, start + officials.indexOf("10,000"), 6, "12,000");
        assertThat(inside.before().get(1L).anchor().start()).isEqualTo(start);
        assertThat(inside.after().get(1L).quote()).isEqualTo("Officials said 12,000 came");
        Claim removed = claims.remove(2);
        assertThat(removed.anchor().start()).as("the range redrawn when it goes").isEqualTo(text.indexOf("Nobody"));
    }
}
