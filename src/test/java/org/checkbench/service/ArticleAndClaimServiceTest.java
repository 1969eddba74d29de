package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.Revision;
import org.checkbench.model.Stance;
import org.checkbench.model.Suggestion;
import org.checkbench.model.VerdictScales;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleAndClaimServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:30:00.123Z");
    private static final String TEXT = "Київ said 10,000 troops arrived. 김정은 denied it 🚀. Café owners disagree.";

    @TempDir
    Path folder;

    private WorkspaceSession session;

    @BeforeEach
    void open() {
        session = openSession(new WorkspaceService(new AppDirectories(folder.resolve("data")),
                Clock.fixed(NOW, ZoneOffset.UTC), "olena"), folder);
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
    void importStoresTheArticleAndItsFirstRevision() throws Exception {
        Path file = Files.writeString(folder.resolve("draft.txt"), "Troops in Kursk\r\n" + TEXT);
        Article article = session.articles().importFile(file, null);
        assertThat(article.title()).isEqualTo("Troops in Kursk");
        assertThat(article.currentText()).isEqualTo("Troops in Kursk\n" + TEXT);
        assertThat(article.scaleId()).isEqualTo(VerdictScales.PRE_PUBLICATION.id());
        List<Revision> revisions = session.articles().revisions(article.id());
        assertThat(revisions).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.text()).isEqualTo(article.currentText());
            assertThat(r.note()).contains("draft.txt");
        });
        assertThat(session.articles().importFile(file, "  Given title ").title()).isEqualTo("Given title");
        assertThat(session.articles().list()).hasSize(2);
    }

    @Test
    void importStoresDetectionsSuggestionsApartFromClaims() {
        // Threshold 0 suggests every sentence, so the test does not depend on the trained weights.
        Article article = session.articles().importText("T", TEXT, "pasted", new ImportOptions(0.0, false));
        assertThat(session.claims().forArticle(article.id())).isEmpty();
        assertThat(session.suggestions().list(article.id())).extracting(Suggestion::exact).containsExactly(
                "Київ said 10,000 troops arrived.", "김정은 denied it 🚀.", "Café owners disagree.");
        Suggestion first = session.suggestions().list(article.id()).get(0);
        assertThat(first.start()).isZero();
        assertThat(first.articleId()).isEqualTo(article.id());
        assertThat(first.reasons()).as("detection says why").isNotEmpty();
    }

    @Test
    void importCanAcceptTheSuggestionsAsUncheckedClaims() {
        Article article = session.articles().importText("T", TEXT, "batch", new ImportOptions(0.0, true));
        assertThat(session.suggestions().list(article.id())).isEmpty();
        List<Claim> claims = session.claims().forArticle(article.id());
        assertThat(claims).extracting(Claim::quote).containsExactly(
                "Київ said 10,000 troops arrived.", "김정은 denied it 🚀.", "Café owners disagree.");
        Claim first = claims.get(0);
        assertThat(first.origin().isSuggested()).isTrue();
        assertThat(first.origin().score()).isBetween(0.0, 1.0);
        assertThat(first.origin().reasons()).isNotEmpty();
        assertThat(first.status()).isEqualTo(VerdictScales.PRE_PUBLICATION.initial().id());
        assertThat(first.checker()).as("nobody has looked at it yet").isEmpty();
        assertThat(first.anchor().revisionId()).isEqualTo(session.articles().revisions(article.id()).get(0).id());
    }

    @Test
    void firstStartImportsTheBundledSampleOnce() {
        Article sample = session.articles().importSampleIfEmpty();
        assertThat(sample.title()).isEqualTo("North Korean troops in Russia");
        assertThat(sample.currentText()).startsWith("Thousands of North Korean soldiers").hasSizeGreaterThan(5_000);
        assertThat(session.articles().importSampleIfEmpty()).isNull();
        assertThat(session.articles().list()).hasSize(1);
    }

    @Test
    void markingAClaimAnchorsItOnTheCurrentTextAndLatestRevision() {
        Article article = session.articles().importText("T", TEXT, null);
        int start = TEXT.indexOf("김정은");
        Claim claim = session.claims().mark(article.id(), start, TEXT.indexOf('🚀') + 2);
        assertThat(claim.quote()).isEqualTo("김정은 denied it 🚀");
        assertThat(claim.anchor().prefix()).isEqualTo(TEXT.substring(start - 32, start));
        assertThat(claim.anchor().suffix()).isEqualTo(". Café owners disagree.");
        assertThat(claim.status()).isEqualTo("unchecked");
        assertThat(claim.checker()).isEqualTo("olena");
        assertThat(claim.created()).isEqualTo(NOW);
        assertThat(session.articles().load(article.id()).claims()).containsExactly(claim);
        assertThatThrownBy(() -> session.claims().mark(article.id(), 5, TEXT.length() + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusNoteAndCorrectionChangesAreRecordedWithWhoAndWhen() {
        Article article = session.articles().importText("T", TEXT, null);
        Claim claim = session.claims().mark(article.id(), 0, 4);
        session.claims().update(claim.withChangedSinceChecked(true));

        Claim rated = session.claims().setStatus(claim.id(), "needs-correction");
        assertThat(rated.changedSinceChecked()).as("re-rating is a fresh check").isFalse();
        session.claims().setCorrection(claim.id(), "Kyiv said 1,000");
        session.claims().setNote(claim.id(), "Ministry figure 📄");
        session.claims().setNote(claim.id(), "Ministry figure 📄"); // unchanged: no history row

        assertThat(session.claims().find(claim.id())).satisfies(c -> {
            assertThat(c.status()).isEqualTo("needs-correction");
            assertThat(c.correction()).isEqualTo("Kyiv said 1,000");
            assertThat(c.note()).isEqualTo("Ministry figure 📄");
        });
        assertThat(session.claims().history(claim.id()))
                .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue, HistoryEntry::who)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("status", "unchecked", "needs-correction", "olena"),
                        org.assertj.core.groups.Tuple.tuple("correction", "", "Kyiv said 1,000", "olena"),
                        org.assertj.core.groups.Tuple.tuple("note", "", "Ministry figure 📄", "olena"));
        assertThatThrownBy(() -> session.claims().setStatus(claim.id(), "mostly-true"))
                .as("a public-rating value on a pre-publication article").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void editorUpdatesCannotChangeAVerdictBehindTheHistorysBack() {
        Article article = session.articles().importText("T", TEXT, null);
        Claim claim = session.claims().mark(article.id(), 0, 4);
        Claim saved = session.claims().update(claim.withStatus("confirmed").withNote("sneaky").withOrphaned(true));
        assertThat(saved.status()).isEqualTo("unchecked");
        assertThat(saved.note()).isEmpty();
        assertThat(saved.orphaned()).isTrue();
        assertThat(session.claims().find(claim.id())).isEqualTo(saved);
        session.articles().saveText(article.id(), TEXT, List.of(claim.withStatus("false")));
        assertThat(session.claims().find(claim.id()).status()).isEqualTo("unchecked");
        assertThat(session.claims().history(claim.id())).isEmpty();
    }

    @Test
    void theScaleChangesOnlyWhileNoClaimIsRated() {
        Article article = session.articles().importText("T", TEXT, null);
        Claim claim = session.claims().mark(article.id(), 0, 4);
        Article publicRating = session.articles().updateDetails(article.withScaleId(VerdictScales.PUBLIC_RATING.id())
                .withOutlet("Yonhap").withCurrentText("ignored: text changes go through saveText"));
        assertThat(publicRating.currentText()).isEqualTo(TEXT);
        assertThat(session.claims().find(claim.id()).status()).isEqualTo("unrated");
        session.claims().setStatus(claim.id(), "misleading");
        assertThatThrownBy(() -> session.articles().updateDetails(publicRating.withScaleId(VerdictScales.PRE_PUBLICATION.id())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already rated");
        assertThat(session.articles().load(article.id()).scale()).isEqualTo(VerdictScales.PUBLIC_RATING);
        assertThat(session.articles().load(article.id()).article().outlet()).isEqualTo("Yonhap");
    }

    @Test
    void aRemovedClaimComesBackWithItsIdAndLinks() {
        Article article = session.articles().importText("T", TEXT, null);
        Claim claim = session.claims().mark(article.id(), 0, 4);
        Evidence kept = session.evidence().create(Evidence.draft("Kept", EvidenceKind.BOOK, NOW));
        Evidence deletedMeanwhile = session.evidence().create(Evidence.draft("Gone", EvidenceKind.BOOK, NOW));
        session.evidence().link(claim.id(), kept.id(), Stance.REFUTES, "n", "p. 3");
        session.evidence().link(claim.id(), deletedMeanwhile.id(), Stance.CONTEXT, null, null);

        RemovedClaim removed = session.claims().remove(claim.id());
        assertThat(removed.links()).hasSize(2);
        assertThat(session.claims().forArticle(article.id())).isEmpty();
        Claim newer = session.claims().mark(article.id(), 5, 9);
        assertThat(newer.id()).as("ids are never reused").isNotEqualTo(claim.id());
        session.evidence().remove(deletedMeanwhile.id());

        Claim restored = session.claims().restore(removed);
        assertThat(restored).isEqualTo(claim);
        assertThat(session.evidence().evidenceOf(claim.id())).extracting(l -> l.link())
                .containsExactly(new ClaimEvidence(claim.id(), kept.id(), Stance.REFUTES, "n", "p. 3", 0));
        assertThat(session.claims().history(claim.id())).extracting(HistoryEntry::field, HistoryEntry::oldValue,
                HistoryEntry::newValue).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("claim", "Київ", null),
                        org.assertj.core.groups.Tuple.tuple("claim", null, "Київ"));
    }

    @Test
    void savingTextKeepsTheWordsIndexOfMovedClaimsAndReindexesReworded() {
        Article article = session.articles().importText("T", TEXT, null);
        Claim moved = session.claims().mark(article.id(), 0, 4); // Київ
        int cafe = TEXT.indexOf("Café");
        Claim reworded = session.claims().mark(article.id(), cafe, cafe + 4);
        session.claims().setNote(moved.id(), "mayor's office");
        String edited = "Now: " + TEXT.replace("Café", "Bistro");
        session.articles().saveText(article.id(), edited, List.of(
                moved.withAnchor(moved.anchor().withRange(5, 9)),
                reworded.withAnchor(new org.checkbench.model.TextAnchor(cafe + 5, cafe + 11, "Bistro", "🚀. ", " owners", 0))));

        Claim movedNow = session.claims().find(moved.id());
        assertThat(movedNow.anchor().start()).isEqualTo(5);
        assertThat(movedNow.quote()).isEqualTo("Київ");
        assertThat(movedNow.note()).as("a move leaves the note alone").isEqualTo("mayor's office");
        assertThat(session.evidence().searchClaims("київ", 5)).extracting(hit -> hit.claim().id()).containsExactly(moved.id());
        assertThat(session.evidence().searchClaims("office", 5)).extracting(hit -> hit.claim().id()).containsExactly(moved.id());
        assertThat(session.claims().find(reworded.id()).quote()).isEqualTo("Bistro");
        assertThat(session.evidence().searchClaims("bistro", 5)).extracting(hit -> hit.claim().id()).containsExactly(reworded.id());
        assertThat(session.evidence().searchClaims("cafe", 5)).as("the old words are out of the index").isEmpty();
    }

    @Test
    void aSaveKeepsWhatWasStoredSinceTheWindowReadItsClaimsAndAnswersWithTheSavedText() {
        Article article = session.articles().importText("T", TEXT, null);
        Claim moved = session.claims().mark(article.id(), 0, 4); // Київ
        int cafe = TEXT.indexOf("Café");
        Claim reworded = session.claims().mark(article.id(), cafe, cafe + 4);
        // Rated and noted after the window read them (another checker, or the claim panel).
        session.claims().setNote(moved.id(), "moved, noted meanwhile");
        session.claims().setNote(reworded.id(), "reworded, noted meanwhile");
        String edited = "Now: " + TEXT.replace("Café", "Bistro");
        Article saved = session.articles().saveText(article.id(), edited, List.of(
                moved.withAnchor(moved.anchor().withRange(5, 9)).withChangedSinceChecked(true),
                reworded.withAnchor(new org.checkbench.model.TextAnchor(cafe + 5, cafe + 11, "Bistro", "🚀. ", " owners", 0))));

        assertThat(saved.currentText()).isEqualTo(edited);
        assertThat(saved.title()).isEqualTo("T");
        assertThat(session.articles().load(article.id()).article().currentText()).isEqualTo(edited);
        Claim movedNow = session.claims().find(moved.id());
        assertThat(movedNow.note()).isEqualTo("moved, noted meanwhile");
        assertThat(movedNow.anchor().start()).isEqualTo(5);
        assertThat(movedNow.changedSinceChecked()).as("the editor's flags are saved with the place").isTrue();
        Claim rewordedNow = session.claims().find(reworded.id());
        assertThat(rewordedNow.note()).isEqualTo("reworded, noted meanwhile");
        assertThat(rewordedNow.quote()).isEqualTo("Bistro");
        assertThat(rewordedNow.anchor().start()).isEqualTo(cafe + 5);
    }

    @Test
    void savingTextMovesClaimsAtomicallyAndADraftAddsARevision() {
        Article article = session.articles().importText("T", TEXT, null);
        Claim claim = session.claims().mark(article.id(), 0, 4);
        String edited = "Now: " + TEXT;
        session.articles().saveText(article.id(), edited, List.of(claim.withAnchor(claim.anchor().withRange(5, 9))));
        assertThat(session.articles().revisions(article.id())).hasSize(1);
        assertThat(session.articles().load(article.id()).article().currentText()).isEqualTo(edited);
        assertThat(session.claims().find(claim.id()).anchor().start()).isEqualTo(5);

        Claim fromOtherArticle = claim.withId(999);
        Article other = session.articles().importText("Other", "x", null);
        assertThatThrownBy(() -> session.articles().saveText(other.id(), "changed", List.of(fromOtherArticle)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(session.articles().load(other.id()).article().currentText()).as("nothing half-saved").isEqualTo("x");

        Revision second = session.drafts().saveDraft(article.id(), "Second draft " + edited, "writer's v2").revision();
        assertThat(second.number()).isEqualTo(2);
        LoadedArticle loaded = session.articles().load(article.id());
        assertThat(loaded.latestRevision()).isEqualTo(second);
        assertThat(loaded.article().currentText()).isEqualTo("Second draft " + edited);
        assertThat(loaded.claims().get(0).anchor().start()).isEqualTo(18);
        assertThat(loaded.claims().get(0).anchor().revisionId()).as("found again in the new draft").isEqualTo(second.id());
        assertThat(loaded.scale()).isEqualTo(VerdictScales.PRE_PUBLICATION);
    }
}
