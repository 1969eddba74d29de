package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;

import org.checkbench.model.WordDiff.Kind;
import org.checkbench.model.WordDiff.Piece;
import org.checkbench.model.Article;
import org.checkbench.model.CarriedClaim;
import org.checkbench.model.CarriedClaim.Outcome;
import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.RevisionInfo;
import org.checkbench.model.Stance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The revision loop through the service, on a real workspace file. */
class DraftServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final String FIRST = "Seoul's spy agency said that 11,000 troops arrived in Kursk last week. "
            + "Moscow denied it.\n\nThe Pentagon confirmed the figure on Tuesday. Analysts were cautious.";
    private static final String SECOND = "Seoul's spy agency said that 12,000 troops arrived in Kursk last week.\n\n"
            + "The Pentagon confirmed the figure on Tuesday. Analysts were cautious. A new closing line.";

    @TempDir
    Path folder;

    private WorkspaceSession session;
    private long articleId;
    private Claim troops;
    private Claim denial;
    private Claim pentagon;

    @BeforeEach
    void open() {
        session = openSession(new WorkspaceService(new AppDirectories(folder.resolve("data")), Clock.fixed(NOW, ZoneOffset.UTC),
                "olena"), folder);
        Article article = session.articles().importText("Troops", FIRST, "first draft", new ImportOptions(1.0, false));
        articleId = article.id();
        troops = mark("Seoul's spy agency said that 11,000 troops arrived in Kursk last week.");
        session.claims().setStatus(troops.id(), "confirmed");
        denial = mark("Moscow denied it.");
        session.claims().setNote(denial.id(), "Kremlin statement, 3 May");
        session.claims().setStatus(denial.id(), "disputed");
        pentagon = mark("The Pentagon confirmed the figure on Tuesday.");
    }

    /** The session under test: a workspace file here, a team workspace in the PostgreSQL run. */
    WorkspaceSession openSession(WorkspaceService service, Path folder) {
        return service.open(folder.resolve("w.checkbench"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Claim mark(String words) {
        int start = FIRST.indexOf(words);
        return session.claims().mark(articleId, start, start + words.length());
    }

    private CarriedClaim outcomeOf(DraftImport draft, Claim claim) {
        return draft.outcomes().stream().filter(c -> c.claimId() == claim.id()).findFirst().orElseThrow();
    }

    @Test
    void aNewDraftCarriesEveryClaimWithOneStoredOutcome() {
        DraftImport draft = session.drafts().saveDraft(articleId, SECOND, "writer's second draft");

        assertThat(draft.revision().number()).isEqualTo(2);
        assertThat(outcomeOf(draft, troops).outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(outcomeOf(draft, troops).newQuote()).contains("12,000 troops");
        assertThat(outcomeOf(draft, denial).outcome()).isEqualTo(Outcome.ORPHANED);
        assertThat(outcomeOf(draft, pentagon).outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(draft.count(Outcome.UNCHANGED) + draft.count(Outcome.CHANGED) + draft.count(Outcome.ORPHANED)).isEqualTo(3);
        assertThat(draft.numberOf(denial.id())).as("orphans are numbered last").isEqualTo(3);

        Claim troopsNow = session.claims().find(troops.id());
        assertThat(troopsNow.changedSinceChecked()).as("a rated claim with changed words").isTrue();
        assertThat(troopsNow.status()).isEqualTo("confirmed");
        assertThat(SECOND.substring(troopsNow.anchor().start(), troopsNow.anchor().end())).isEqualTo(troopsNow.quote());
        assertThat(session.claims().find(pentagon.id()).changedSinceChecked()).isFalse();
        assertThat(session.claims().find(denial.id()).orphaned()).isTrue();

        CarrySummary summary = session.drafts().lastCarry(articleId);
        assertThat(summary.revision().number()).isEqualTo(2);
        assertThat(List.of(summary.unchanged(), summary.changed(), summary.orphaned(), summary.attached()))
                .containsExactly(1, 1, 1, 0);
        assertThat(summary.of(troops.id()).oldQuote()).contains("11,000 troops");

        assertThat(session.claims().history(troops.id())).filteredOn(h -> h.field().equals(HistoryEntry.FIELD_REVISION))
                .singleElement().satisfies(h -> {
                    assertThat(h.oldValue()).contains("11,000");
                    assertThat(h.newValue()).contains("12,000");
                    assertThat(h.who()).isEqualTo("olena");
                });
        assertThat(session.claims().history(denial.id())).filteredOn(h -> h.field().equals(HistoryEntry.FIELD_REVISION))
                .singleElement().satisfies(h -> assertThat(h.newValue()).isNull());
        assertThat(session.claims().history(pentagon.id()))
                .noneMatch(h -> h.field().equals(HistoryEntry.FIELD_REVISION));
    }

    @Test
    void anOrphanAttachedToChosenWordsKeepsItsWorkAndTheHistorySaysSo() {
        Evidence statement = session.evidence().create(Evidence.draft("Kremlin statement", EvidenceKind.DOCUMENT, NOW));
        session.evidence().link(denial.id(), statement.id(), Stance.REFUTES, "denies", "p. 1");
        session.drafts().saveDraft(articleId, SECOND + " The Kremlin called it a lie.", "second");
        String text = session.articles().load(articleId).article().currentText();
        int start = text.indexOf("The Kremlin called it a lie.");

        Claim attached = session.drafts().attach(denial.id(), start, start + "The Kremlin called it a lie.".length());

        assertThat(attached.orphaned()).isFalse();
        assertThat(attached.quote()).isEqualTo("The Kremlin called it a lie.");
        assertThat(attached.status()).isEqualTo("disputed");
        assertThat(attached.note()).isEqualTo("Kremlin statement, 3 May");
        assertThat(attached.changedSinceChecked()).as("rated, and now other words").isTrue();
        assertThat(session.evidence().evidenceOf(denial.id())).hasSize(1);
        assertThat(session.claims().history(denial.id())).extracting(HistoryEntry::field)
                .contains(HistoryEntry.FIELD_STATUS, HistoryEntry.FIELD_NOTE, HistoryEntry.FIELD_REVISION)
                .endsWith(HistoryEntry.FIELD_ATTACHED);
        assertThat(session.drafts().lastCarry(articleId).attached()).isEqualTo(1);
        assertThat(session.drafts().lastCarry(articleId).orphaned()).isZero();

        assertThatThrownBy(() -> session.drafts().attach(denial.id(), 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.drafts().attach(denial.id(), 0, text.length() + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRevisionListSaysWhoAndHowManyWordsAndRestoringAddsARevision() {
        session.drafts().saveDraft(articleId, SECOND, "second");
        DraftImport restored = session.drafts().restore(articleId, 1);

        assertThat(restored.revision().number()).isEqualTo(3);
        assertThat(session.articles().load(articleId).article().currentText()).isEqualTo(FIRST);
        assertThat(session.claims().find(pentagon.id()).orphaned()).isFalse();
        assertThat(session.claims().find(denial.id()).orphaned()).as("its words are back").isFalse();

        List<RevisionInfo> revisions = session.drafts().revisions(articleId);
        assertThat(revisions).extracting(RevisionInfo::number).containsExactly(1, 2, 3);
        assertThat(revisions).extracting(RevisionInfo::importedBy).containsOnly("olena");
        assertThat(revisions.get(0).wordsAdded()).isEqualTo(25);
        assertThat(revisions.get(0).wordsRemoved()).isZero();
        assertThat(revisions.get(1).wordsAdded()).as("12,000 a new closing line").isEqualTo(5);
        assertThat(revisions.get(1).wordsRemoved()).as("11,000 moscow denied it").isEqualTo(4);
        assertThat(revisions.get(2).restoredFrom()).isEqualTo(1);
        assertThat(revisions.get(2).note()).isEqualTo("Restored from revision 1");
        assertThat(session.articles().revisions(articleId)).hasSize(3);

        assertThatThrownBy(() -> session.drafts().restore(articleId, 9)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no revision 9");
    }

    @Test
    void comparingTwoRevisionsMarksTheClaimsEachChangeTouches() {
        session.drafts().saveDraft(articleId, SECOND, "second");
        RevisionComparison comparison = session.drafts().compare(articleId, 1, 2);

        assertThat(comparison.from().number()).isEqualTo(1);
        assertThat(comparison.to().number()).isEqualTo(2);
        List<Piece> pieces = comparison.diff().pieces();
        int deletedFigure = indexOf(pieces, Kind.DELETED, "11,000");
        int insertedFigure = indexOf(pieces, Kind.INSERTED, "12,000");
        int deletedDenial = indexOf(pieces, Kind.DELETED, "Moscow denied it.");
        int insertedLine = indexOf(pieces, Kind.INSERTED, "A new closing line.");
        assertThat(comparison.touched().get(deletedFigure)).extracting(RevisionComparison.TouchedClaim::claimId)
                .containsExactly(troops.id());
        assertThat(comparison.touched().get(insertedFigure)).extracting(RevisionComparison.TouchedClaim::claimId)
                .containsExactly(troops.id());
        assertThat(comparison.touched().get(deletedDenial)).extracting(RevisionComparison.TouchedClaim::claimId)
                .containsExactly(denial.id());
        assertThat(comparison.touched().get(insertedLine)).isEmpty();
        assertThat(comparison.changeCount()).as("11,000 -> 12,000 is one change").isEqualTo(3);

        assertThat(session.drafts().compare(articleId, 2, 1).diff().wordsAdded()).isEqualTo(4);
        assertThatThrownBy(() -> session.drafts().compare(articleId, 1, 7)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aFileThatIsNoTextChangesNothing() throws Exception {
        Path picture = java.nio.file.Files.write(folder.resolve("draft.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        assertThatThrownBy(() -> session.drafts().importDraft(articleId, picture, null))
                .isInstanceOf(ArticleImportException.class);
        assertThat(session.drafts().revisions(articleId)).hasSize(1);
        assertThat(session.drafts().lastCarry(articleId).isEmpty()).isTrue();
    }

    private static int indexOf(List<Piece> pieces, Kind kind, String text) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).kind() == kind && pieces.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " piece '" + text + "' in " + pieces);
    }
}
