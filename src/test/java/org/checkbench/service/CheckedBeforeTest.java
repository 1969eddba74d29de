package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.checkbench.model.DocumentKey;
import org.checkbench.match.MiniLmEncoder;
import org.checkbench.match.SentenceEncoder;
import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.HistoryEntry;
import org.checkbench.model.Stance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Checked before?" with the real sentence encoder (it ships in a jar) and a real workspace file. */
class CheckedBeforeTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");
    private static final String EARLIER = "Unemployment fell to 3.5 percent last year, the lowest rate in half a century.\n"
            + "The weather was fine on the day of the speech.\n"
            + "The city opened two new libraries in March.";
    private static final String TODAY = "Minister: joblessness dropped to 3.5% in 2019, a fifty-year low.";

    @TempDir
    Path folder;

    private WorkspaceService service;
    private WorkspaceSession session;

    @BeforeEach
    void open() {
        service = new WorkspaceService(new AppDirectories(folder.resolve("data")), Clock.fixed(NOW, ZoneOffset.UTC), "olena");
        session = service.open(folder.resolve("w.checkbench"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Claim markLine(Article article, String text, int line) {
        String[] lines = text.split("\n");
        int start = 0;
        for (int i = 0; i < line; i++) {
            start += lines[i].length() + 1;
        }
        return session.claims().mark(article.id(), start, start + lines[line].length());
    }

    @Test
    void aParaphraseInAnotherArticleFindsTheEarlierCheckedClaimWithItsVerdict() {
        Article old = session.articles().importText("Budget speech", EARLIER, null);
        Claim jobs = session.claims().setStatus(markLine(old, EARLIER, 0).id(), "confirmed");
        session.claims().setStatus(markLine(old, EARLIER, 1).id(), "opinion");
        session.claims().setStatus(markLine(old, EARLIER, 2).id(), "confirmed");
        Article fresh = session.articles().importText("Interview", TODAY, null);
        Claim today = session.claims().mark(fresh.id(), 0, TODAY.length());

        assertThat(session.matching().pending()).isEqualTo(4);
        assertThat(session.matching().embedPending(null, () -> false)).isEqualTo(4);
        assertThat(session.matching().pending()).isZero();

        List<MatchFound> found = session.matching().forClaim(today.id(), 3);
        assertThat(found).isNotEmpty();
        MatchFound best = found.get(0);
        assertThat(best.key()).isEqualTo(DocumentKey.claim(jobs.id()));
        assertThat(best.verdictLabel()).isEqualTo("Confirmed");
        assertThat(best.sourceLabel()).isEqualTo("claim " + jobs.id() + " of “Budget speech”");
        assertThat(best.date()).isEqualTo("2026-05-01");
        assertThat(best.similarity()).isGreaterThan(0.5f);
        assertThat(found).extracting(MatchFound::key).doesNotContain(DocumentKey.claim(today.id()));
        assertThat(session.matching().markFor("Unemployment dropped to 3.5 percent last year, the lowest rate in fifty years.",
                today.id())).map(MatchFound::key).contains(DocumentKey.claim(jobs.id()));
        assertThat(session.matching().markFor("Penguins live in Antarctica.", 0)).isEmpty();
    }

    @Test
    void uncheckedClaimsAreNotOfferedAsCheckedBefore() {
        Article old = session.articles().importText("Budget speech", EARLIER, null);
        markLine(old, EARLIER, 0);
        session.matching().embedPending(null, () -> false);

        assertThat(session.matching().find(TODAY, 5)).isEmpty();
    }

    @Test
    void theWindowsJobHasNothingToEmbedUntilTheFirstVerdictOrFactCheck() throws Exception {
        Article old = session.articles().importText("Budget speech", EARLIER, null);
        Claim jobs = markLine(old, EARLIER, 0);
        session.claims().setStatus(markLine(old, EARLIER, 1).id(), "unchecked");
        markLine(old, EARLIER, 2);

        assertThat(session.matching().pending()).isEqualTo(3);
        assertThat(session.matching().pendingForAnswers()).as("no answer can use a vector yet").isZero();

        session.claims().setStatus(jobs.id(), "confirmed");
        assertThat(session.matching().pendingForAnswers()).as("a verdict: every claim waits").isEqualTo(3);
        session.matching().embedPending(null, () -> false);
        assertThat(session.matching().pendingForAnswers()).isZero();

        // A fact-check alone is enough too, in another workspace with no verdict.
        session.close();
        session = service.open(folder.resolve("other.checkbench"));
        Article other = session.articles().importText("Budget speech", EARLIER, null);
        markLine(other, EARLIER, 0);
        assertThat(session.matching().pendingForAnswers()).isZero();
        session.factChecks().importFile(copy("claimreview-feed.json"), null);
        assertThat(session.matching().pendingForAnswers()).isEqualTo(session.matching().pending()).isEqualTo(3);
    }

    @Test
    void importedFactChecksAreMatchedAndReimportingUpdatesInsteadOfDuplicating() throws Exception {
        Path feed = copy("claimreview-feed.json");
        FactCheckImportReport first = session.factChecks().importFile(feed, null);
        assertThat(first.summary()).isEqualTo("2 added, 0 updated, 0 unchanged, 3 skipped");
        assertThat(first.collection()).isEqualTo("claimreview-feed");
        session.matching().embedPending(null, () -> false);

        List<MatchFound> found = session.matching().find("Did the windmills make the power go out in October?", 2);
        assertThat(found.get(0).text()).isEqualTo("Wind turbines caused the nationwide blackout in October.");
        assertThat(found.get(0).verdictLabel()).isEqualTo("False");
        assertThat(found.get(0).sourceLabel()).isEqualTo("Example Fact Check");
        assertThat(found.get(0).date()).isEqualTo("2024-10-12");
        assertThat(found.get(0).url()).isEqualTo("https://factcheck.example.org/2024/10/12/grid-windmills");

        Files.writeString(feed, Files.readString(feed).replace("\"Mostly false\"", "\"False\""));
        FactCheckImportReport again = session.factChecks().importFile(feed, null);
        assertThat(again.summary()).isEqualTo("0 added, 1 updated, 1 unchanged, 3 skipped");
        assertThat(session.factChecks().count()).isEqualTo(2);

        FactCheckImportReport csv = session.factChecks().importFile(copy("factchecks.csv"), "desk");
        assertThat(csv.added()).isEqualTo(2);
        assertThat(csv.skipped()).hasSize(4);
        assertThat(session.matching().pending()).isEqualTo(2);
    }

    @Test
    void aChangedModelNameMakesEveryVectorComputedAgain() {
        Article old = session.articles().importText("Budget speech", EARLIER, null);
        session.claims().setStatus(markLine(old, EARLIER, 0).id(), "confirmed");
        assertThat(session.matching().embedPending(null, () -> false)).isEqualTo(1);
        session.close();

        SentenceEncoder renamed = new SentenceEncoder() {
            @Override
            public String modelName() {
                return "all-MiniLM-L6-v2-q/retrained";
            }

            @Override
            public int dimension() {
                return MiniLmEncoder.shared().dimension();
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                return MiniLmEncoder.shared().embed(texts);
            }
        };
        session = service.withEncoder(renamed).open(folder.resolve("w.checkbench"));
        assertThat(session.matching().modelName()).isEqualTo("all-MiniLM-L6-v2-q/retrained");
        assertThat(session.matching().pending()).isEqualTo(1);
        assertThat(session.matching().find(TODAY, 1)).isEmpty();
        assertThat(session.matching().embedPending(null, () -> false)).isEqualTo(1);
        assertThat(session.matching().find(TODAY, 1)).hasSize(1);
    }

    @Test
    void suggestedSentencesLikeACheckedClaimAreMarkedAndNothingIsEmbeddedTwice() {
        List<String> embedded = new java.util.ArrayList<>();
        SentenceEncoder counting = new SentenceEncoder() {
            @Override
            public String modelName() {
                return MiniLmEncoder.shared().modelName();
            }

            @Override
            public int dimension() {
                return MiniLmEncoder.shared().dimension();
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                embedded.addAll(texts);
                return MiniLmEncoder.shared().embed(texts);
            }
        };
        session.close();
        session = service.withEncoder(counting).open(folder.resolve("w.checkbench"));
        Article old = session.articles().importText("Budget speech", EARLIER, null);
        Claim jobs = session.claims().setStatus(markLine(old, EARLIER, 0).id(), "confirmed");
        String sameWords = "Unemployment fell to 3.5 percent last year, the lowest in fifty years.";
        Article fresh = session.articles().importText("Interview", sameWords + "\nThe mayor likes jazz.", null);
        Claim today = session.claims().mark(fresh.id(), 0, sameWords.length());
        session.matching().embedPending(null, () -> false);
        embedded.clear();

        String unrelated = "The mayor likes jazz.";
        java.util.Map<String, MatchFound> marks = session.matching().marksForSentences(List.of(sameWords, unrelated, sameWords));
        assertThat(marks).containsOnlyKeys(sameWords);
        assertThat(marks.get(sameWords).key()).isEqualTo(DocumentKey.claim(jobs.id()));
        assertThat(marks.get(sameWords).verdictLabel()).isEqualTo("Confirmed");
        assertThat(embedded).as("one batch, each sentence once").containsExactly(sameWords, unrelated);

        // Asked again after the next pause in typing: the vectors are remembered.
        embedded.clear();
        assertThat(session.matching().marksForSentences(List.of(unrelated, sameWords))).containsOnlyKeys(sameWords);
        assertThat(embedded).isEmpty();

        // A claim whose vector is stored is not embedded again for its mark.
        session.close();
        session = service.withEncoder(counting).open(folder.resolve("w.checkbench"));
        assertThat(session.matching().marksFor(List.of(session.claims().find(today.id()))))
                .containsOnlyKeys(today.id());
        assertThat(embedded).isEmpty();
    }

    @Test
    void withNothingCheckedNoMarkIsLookedForAndTheEncoderIsNotAsked() {
        List<String> embedded = new java.util.ArrayList<>();
        SentenceEncoder counting = new SentenceEncoder() {
            @Override
            public String modelName() {
                return MiniLmEncoder.shared().modelName();
            }

            @Override
            public int dimension() {
                return MiniLmEncoder.shared().dimension();
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                embedded.addAll(texts);
                return MiniLmEncoder.shared().embed(texts);
            }
        };
        session.close();
        session = service.withEncoder(counting).open(folder.resolve("w.checkbench"));
        Article old = session.articles().importText("Budget speech", EARLIER, null);
        Claim jobs = markLine(old, EARLIER, 0);
        session.claims().setStatus(markLine(old, EARLIER, 1).id(), "unchecked");
        String sameWords = "Unemployment fell to 3.5 percent last year, the lowest in fifty years.";
        Article fresh = session.articles().importText("Interview", sameWords, null);
        Claim today = session.claims().mark(fresh.id(), 0, sameWords.length());

        assertThat(session.matching().marksForSentences(List.of(sameWords))).isEmpty();
        assertThat(session.matching().marksFor(List.of(today))).isEmpty();
        assertThat(session.matching().forClaim(today.id(), 3)).isEmpty();
        assertThat(session.matching().search(sameWords, 3)).isEmpty();
        assertThat(embedded).as("nothing checked: no sentence needs a vector for an answer").isEmpty();

        // The first verdict: the same questions now find it.
        session.claims().setStatus(jobs.id(), "confirmed");
        session.matching().embedPending(null, () -> false);
        assertThat(session.matching().marksForSentences(List.of(sameWords))).containsOnlyKeys(sameWords);
        assertThat(session.matching().marksFor(List.of(session.claims().find(today.id()))))
                .containsOnlyKeys(today.id());
        assertThat(embedded).isNotEmpty();
    }

    @Test
    void anEditedQuoteIsEmbeddedAgain() {
        Article old = session.articles().importText("Budget speech", EARLIER, null);
        Claim claim = session.claims().setStatus(markLine(old, EARLIER, 2).id(), "confirmed");
        session.matching().embedPending(null, () -> false);
        assertThat(session.matching().find(TODAY, 1)).extracting(MatchFound::similarity)
                .allSatisfy(s -> assertThat(s).isLessThan(0.4f));

        String edited = EARLIER.replace("The city opened two new libraries in March.",
                "Unemployment fell to 3.5 percent, a fifty-year low.");
        session.articles().saveText(old.id(), edited, List.of(claim.withAnchor(new org.checkbench.model.TextAnchor(
                claim.anchor().start(), edited.length(), "Unemployment fell to 3.5 percent, a fifty-year low.", "", "",
                claim.anchor().revisionId()))));
        assertThat(session.matching().pending()).isEqualTo(1);
        session.matching().embedPending(null, () -> false);
        assertThat(session.matching().find(TODAY, 1)).singleElement()
                .satisfies(m -> assertThat(m.similarity()).isGreaterThan(0.5f));
    }

    @Test
    void takingOverAnEarlierCheckCopiesVerdictNoteAndEvidenceAndSaysWhereFrom() {
        Article old = session.articles().importText("Budget speech", EARLIER, null);
        Claim jobs = session.claims().setStatus(markLine(old, EARLIER, 0).id(), "confirmed");
        session.claims().setNote(jobs.id(), "BLS table A-1");
        Evidence bls = session.evidence().create(Evidence.draft("BLS", EvidenceKind.DATASET, NOW).withUrl("https://bls.gov/a1"));
        session.evidence().link(jobs.id(), bls.id(), Stance.SUPPORTS, "row 3", "table A-1");
        Article fresh = session.articles().importText("Interview", TODAY, null);
        Claim today = session.claims().mark(fresh.id(), 0, TODAY.length());

        Claim taken = session.takeOver().copyVerdict(DocumentKey.claim(jobs.id()), today.id());
        assertThat(session.takeOver().linkSameEvidence(DocumentKey.claim(jobs.id()), today.id())).isEqualTo(1);

        assertThat(taken.status()).isEqualTo("confirmed");
        assertThat(taken.note()).isEqualTo("BLS table A-1");
        assertThat(session.evidence().evidenceOf(today.id())).singleElement()
                .satisfies(l -> assertThat(l.link().stance()).isEqualTo(Stance.SUPPORTS));
        assertThat(session.claims().history(today.id())).filteredOn(h -> h.field().equals(HistoryEntry.FIELD_TAKEN_FROM))
                .extracting(HistoryEntry::newValue).containsExactly(
                        "verdict and note taken from claim " + jobs.id() + " of “Budget speech”",
                        "1 evidence link(s) taken from claim " + jobs.id() + " of “Budget speech”");
    }

    @Test
    void aFactCheckBecomesEvidenceAndItsRatingANote() throws Exception {
        session.factChecks().importFile(copy("claimreview-feed.json"), null);
        Article fresh = session.articles().importText("Interview", TODAY, null);
        Claim today = session.claims().mark(fresh.id(), 0, TODAY.length());
        long windId = session.factChecks().list(0, 10).stream()
                .filter(f -> f.claim().startsWith("Wind")).findFirst().orElseThrow().id();

        Claim taken = session.takeOver().copyVerdict(DocumentKey.factCheck(windId), today.id());
        session.takeOver().linkSameEvidence(DocumentKey.factCheck(windId), today.id());

        assertThat(taken.status()).isEqualTo("unchecked"); // the pre-publication scale has no "False"
        assertThat(taken.note()).isEqualTo("Checked before by Example Fact Check (2024-10-12): False"
                + " https://factcheck.example.org/2024/10/12/grid-windmills");
        assertThat(session.evidence().evidenceOf(today.id())).singleElement().satisfies(l -> {
            assertThat(l.evidence().url()).isEqualTo("https://factcheck.example.org/2024/10/12/grid-windmills");
            assertThat(l.evidence().outlet()).isEqualTo("Example Fact Check");
        });
    }

    private Path copy(String resource) throws Exception {
        Path target = folder.resolve(resource);
        try (var in = getClass().getResourceAsStream("/org/checkbench/match/" + resource)) {
            Files.copy(in, target);
        }
        return target;
    }
}
