package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.Suggestion;
import org.checkbench.model.VerdictScales;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:30:00.123Z");
    private static final String TROOPS = "Київ said 10,000 troops arrived in March.";
    private static final String DENIAL = "김정은 denied it on 4 May.";
    private static final String CAFE = "Café owners said prices rose 12%.";
    private static final String TEXT = TROOPS + " " + DENIAL + " " + CAFE;
    /** Every sentence is suggested at 0, so the tests do not depend on the trained weights. */
    private static final double ALL = 0.0;

    @TempDir
    Path folder;

    private WorkspaceSession session;
    private Article article;

    @BeforeEach
    void open() {
        session = openSession(new WorkspaceService(new AppDirectories(folder.resolve("data")), Clock.fixed(NOW, ZoneOffset.UTC),
                "olena"), folder);
        article = session.articles().importText("T", TEXT, null, new ImportOptions(1.0, false));
    }

    /** The session under test: a workspace file here, a team workspace in the PostgreSQL run. */
    WorkspaceSession openSession(WorkspaceService service, Path folder) {
        return service.open(folder.resolve("w.checkbench"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void refreshStoresTheSuggestedSentencesInTextOrderAndKeepsTheIdsOfUnchangedOnes() {
        List<Suggestion> first = session.suggestions().refresh(article.id(), TEXT, ALL);
        assertThat(first).extracting(Suggestion::exact).containsExactly(TROOPS, DENIAL, CAFE);
        assertThat(first).allSatisfy(s -> assertThat(TEXT.substring(s.start(), s.end())).isEqualTo(s.exact()));
        assertThat(session.suggestions().list(article.id())).isEqualTo(first);

        List<Suggestion> again = session.suggestions().refresh(article.id(), ALL);
        assertThat(again).isEqualTo(first);

        List<Suggestion> strict = session.suggestions().refresh(article.id(), TEXT, 1.0);
        assertThat(strict).as("nothing scores above 1").isEmpty();
        assertThat(session.suggestions().list(article.id())).as("the stored ones were replaced").isEmpty();
        assertThatThrownBy(() -> session.suggestions().refresh(article.id(), TEXT, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
    }

    @Test
    void theFirstPartIsStoredInPlaceOfTheOldOnesThereAndTheRestWaitsForTheWholeDetection() {
        List<Suggestion> before = session.suggestions().refresh(article.id(), TEXT, ALL);
        String edited = TEXT.replace("10,000", "12,000");
        int denialStart = edited.indexOf(DENIAL);
        List<Suggestion> firstPart = new java.util.ArrayList<>();

        List<Suggestion> all = session.suggestions().detect(article.id(), edited, ALL, 0, 5,
                new SuggestionService.DetectionProgress() {
                    @Override
                    public void firstPart(List<Suggestion> suggested) {
                        firstPart.addAll(suggested);
                    }
                });
        List<Suggestion> shownFirst = session.suggestions().storeFirstPart(article.id(), firstPart, 0, 5).applyTo(before);

        assertThat(firstPart).hasSize(1);
        assertThat(shownFirst).extracting(Suggestion::exact)
                .containsExactly(TROOPS.replace("10,000", "12,000"), DENIAL, CAFE);
        assertThat(shownFirst.get(1)).as("outside the first part: kept as it was").isEqualTo(before.get(1));
        assertThat(session.suggestions().list(article.id())).as("what the part stored, as applied").isEqualTo(shownFirst);
        List<Suggestion> stored = session.suggestions().store(article.id(), all);
        assertThat(stored).extracting(Suggestion::start).containsExactly(0, denialStart, edited.indexOf(CAFE));
        assertThat(session.suggestions().list(article.id())).isEqualTo(stored);
    }

    /**
     * What detection settles on screen before the encoder loads (ADR 0117) replaces only the stored
     * suggestions on those sentences: one it settles as not worth checking goes, one it settles as
     * worth it stays under its id (unchanged, so not written again), the others wait for the first part.
     */
    @Test
    void theSettledPartReplacesOnlyTheSentencesItSettledAndUnchangedOnesKeepTheirIds() {
        List<Suggestion> before = session.suggestions().refresh(article.id(), TEXT, ALL);
        Suggestion denial = before.get(1);
        int troopsEnd = TROOPS.length();

        SuggestionService.StoredPart part = session.suggestions().storeSettledPart(article.id(),
                List.of(denial.withId(0)), List.of(new int[] {0, troopsEnd}, new int[] {denial.start(), denial.end()}));

        assertThat(part.removed()).containsExactly(before.get(0).id());
        assertThat(part.added()).as("the denial was stored already, as it is").isEmpty();
        List<Suggestion> shown = part.applyTo(before);
        assertThat(shown).extracting(Suggestion::exact).containsExactly(DENIAL, CAFE);
        assertThat(shown.get(0)).isEqualTo(denial);
        assertThat(session.suggestions().list(article.id())).isEqualTo(shown);
    }

    @Test
    void sentencesTouchingAClaimAreNotSuggestedButAnOrphanedClaimHidesNothing() {
        int denialStart = TEXT.indexOf(DENIAL);
        Claim oneWordOfTheDenial = session.claims().mark(article.id(), denialStart + DENIAL.length() - 2,
                denialStart + DENIAL.length() + 2); // overlaps the end of DENIAL and the start of CAFE
        assertThat(session.suggestions().refresh(article.id(), TEXT, ALL)).extracting(Suggestion::exact)
                .containsExactly(TROOPS);

        session.claims().update(oneWordOfTheDenial.withOrphaned(true));
        assertThat(session.suggestions().refresh(article.id(), TEXT, ALL)).extracting(Suggestion::exact)
                .containsExactly(TROOPS, DENIAL, CAFE);
    }

    @Test
    void acceptingMakesAnUncheckedSuggestedClaimAndUndoPutsTheSuggestionBack() {
        Suggestion denial = session.suggestions().refresh(article.id(), TEXT, ALL).get(1);

        Claim claim = session.suggestions().accept(denial.id());
        assertThat(claim.quote()).isEqualTo(DENIAL);
        assertThat(claim.anchor().start()).isEqualTo(TEXT.indexOf(DENIAL));
        assertThat(claim.origin().isSuggested()).isTrue();
        assertThat(claim.origin().score()).isEqualTo(denial.score());
        assertThat(claim.origin().reasons()).isEqualTo(denial.reasons());
        assertThat(claim.status()).isEqualTo(VerdictScales.PRE_PUBLICATION.initial().id());
        assertThat(session.claims().forArticle(article.id())).containsExactly(claim);
        assertThat(session.suggestions().list(article.id())).extracting(Suggestion::exact).containsExactly(TROOPS, CAFE);
        assertThat(session.suggestions().refresh(article.id(), TEXT, ALL)).as("now a claim, no longer a suggestion")
                .extracting(Suggestion::exact).containsExactly(TROOPS, CAFE);

        Suggestion back = session.suggestions().undoAccept(claim);
        assertThat(session.claims().forArticle(article.id())).isEmpty();
        assertThat(back.exact()).isEqualTo(DENIAL);
        assertThat(back.score()).isEqualTo(denial.score());
        assertThat(session.suggestions().list(article.id())).extracting(Suggestion::exact)
                .containsExactly(TROOPS, DENIAL, CAFE);
        assertThatThrownBy(() -> session.suggestions().accept(denial.id())).as("the accepted row is gone")
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void aDismissedSentenceStaysHiddenAfterEditsMoveItAndUndoShowsItAgain() {
        Suggestion troops = session.suggestions().refresh(article.id(), TEXT, ALL).get(0);
        Suggestion dismissed = session.suggestions().dismiss(troops.id());
        assertThat(dismissed).isEqualTo(troops);
        assertThat(session.suggestions().list(article.id())).extracting(Suggestion::exact).containsExactly(DENIAL, CAFE);

        // The writer adds a headline and a stray space: the same sentence at new offsets.
        String respaced = TROOPS.replace("said ", "said  ");
        String edited = "Breaking news\n\n" + respaced + " " + DENIAL + " " + CAFE;
        session.articles().saveText(article.id(), edited, List.of());
        List<Suggestion> afterEdit = session.suggestions().refresh(article.id(), edited, ALL);
        assertThat(afterEdit).extracting(Suggestion::exact).containsExactly("Breaking news", DENIAL, CAFE);

        Suggestion restored = session.suggestions().undoDismiss(dismissed);
        assertThat(restored.id()).isEqualTo(dismissed.id());
        assertThat(session.suggestions().refresh(article.id(), edited, ALL)).extracting(Suggestion::exact)
                .contains(respaced);
    }

    @Test
    void acceptFollowsASentenceThatMovedAndRefusesOneThatIsGone() {
        List<Suggestion> suggestions = session.suggestions().refresh(article.id(), TEXT, ALL);
        String moved = "Update. " + TEXT.replace(CAFE, "Café owners were not asked.");
        session.articles().saveText(article.id(), moved, List.of());

        Claim troops = session.suggestions().accept(suggestions.get(0).id());
        assertThat(troops.anchor().start()).isEqualTo(moved.indexOf(TROOPS));
        assertThat(troops.quote()).isEqualTo(TROOPS);

        long cafeId = suggestions.get(2).id();
        assertThatThrownBy(() -> session.suggestions().accept(cafeId))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no longer in the article's text");
        assertThat(session.suggestions().list(article.id())).as("a refused accept changes nothing")
                .extracting(Suggestion::id).contains(cafeId);
    }

    @Test
    void deletingTheArticleTakesItsSuggestionsAlong() {
        Suggestion troops = session.suggestions().refresh(article.id(), TEXT, ALL).get(0);
        session.suggestions().dismiss(troops.id());
        assertThat(session.articles().delete(article.id())).isTrue();
        assertThat(session.suggestions().list(article.id())).isEmpty();
        assertThatThrownBy(() -> session.suggestions().refresh(article.id(), TEXT, ALL))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void theSentenceKeyIgnoresLayoutButNotWords() {
        assertThat(Suggestion.sentenceKey("  Київ said\n10,000  troops. ")).isEqualTo(Suggestion.sentenceKey("київ said 10,000 troops."));
        assertThat(Suggestion.sentenceKey("Київ said 10,000 troops.")).isNotEqualTo(Suggestion.sentenceKey("Київ said 1,000 troops."));
    }
}
