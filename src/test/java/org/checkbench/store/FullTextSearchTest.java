package org.checkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimHit;
import org.checkbench.model.ClaimOrigin;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceHit;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.SearchMarks;
import org.checkbench.model.TextAnchor;
import org.checkbench.model.VerdictScales;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over thousands of rows, so bm25's statistics mean something. */
class FullTextSearchTest {

    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    private static final int FILLER_ROWS = 4_000;

    @TempDir
    Path folder;

    private Workspace workspace;
    private Evidence cafeInTitle;
    private Evidence cafeDeepInExcerpt;
    private Evidence kyivUkrainian;
    private Evidence kyivLatin;

    @BeforeEach
    void fill() {
        workspace = createWorkspace(folder);
        Random random = new Random(7);
        String[] filler = {"government", "report", "minister", "budget", "percent", "troops", "border", "statement",
                "official", "election", "court", "data", "survey", "police", "year", "million"};
        List<Evidence> rows = new ArrayList<>();
        for (int i = 0; i < FILLER_ROWS; i++) {
            rows.add(Evidence.draft(words(random, filler, 6), EvidenceKind.WEB_PAGE, NOW)
                    .withExcerpt(words(random, filler, 40)).withOutlet("Outlet " + i % 50)
                    .withUrl("https://example.org/" + i));
        }
        // Also many rows that mention the terms once, deep in a long excerpt, so ranking matters.
        for (int i = 0; i < 200; i++) {
            rows.add(Evidence.draft(words(random, filler, 6), EvidenceKind.WEB_PAGE, NOW)
                    .withExcerpt(words(random, filler, 60) + " café " + words(random, filler, 60)));
        }
        workspace.evidence().insertAll(rows);
        cafeInTitle = workspace.evidence().insert(Evidence.draft("Café prices in Paris", EvidenceKind.DATASET, NOW)
                .withExcerpt("The Café survey counted cafés by district."));
        cafeDeepInExcerpt = workspace.evidence().insert(Evidence.draft("Annual transport review", EvidenceKind.DOCUMENT, NOW)
                .withExcerpt(words(random, filler, 120) + " a cafe " + words(random, filler, 120)));
        kyivUkrainian = workspace.evidence().insert(Evidence.draft("Міністерство оборони: Київ", EvidenceKind.WEB_PAGE, NOW)
                .withExcerpt("Заява щодо Києва та КИЇВ"));
        kyivLatin = workspace.evidence().insert(Evidence.draft("Kyiv Independent coverage", EvidenceKind.WEB_PAGE, NOW)
                .withOutlet("The Kyiv Independent").withUrl("https://kyivindependent.com/story"));
    }

    /** A new empty workspace; the PostgreSQL run of these tests overrides it. */
    Workspace createWorkspace(Path folder) {
        return Workspace.create(folder.resolve("search.checkbench"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(ids(workspace.search().evidence("cafe", 500))).contains(cafeInTitle.id(), cafeDeepInExcerpt.id());
        assertThat(ids(workspace.search().evidence("CAFÉ", 500))).contains(cafeInTitle.id(), cafeDeepInExcerpt.id());
        assertThat(ids(workspace.search().evidence("київ", 10))).containsExactly(kyivUkrainian.id());
        assertThat(ids(workspace.search().evidence("КИЇВ", 10))).containsExactly(kyivUkrainian.id());
    }

    @Test
    void everyWordIsAlsoAPrefix() {
        assertThat(ids(workspace.search().evidence("kyi", 10))).containsExactly(kyivLatin.id());
        assertThat(ids(workspace.search().evidence("Міністер", 10))).containsExactly(kyivUkrainian.id());
        assertThat(ids(workspace.search().evidence("kyivindep", 10))).as("URL words are searchable")
                .containsExactly(kyivLatin.id());
    }

    @Test
    void allWordsMustMatch() {
        assertThat(ids(workspace.search().evidence("cafe paris", 10))).containsExactly(cafeInTitle.id());
    }

    @Test
    void bm25PutsATitleMatchAboveOneDeepInALongExcerpt() {
        List<EvidenceHit> hits = workspace.search().evidence("cafe", 500);
        assertThat(hits).hasSize(202);
        assertThat(workspace.search().countEvidence("café")).isEqualTo(202);
        assertThat(hits.get(0).evidence().id()).isEqualTo(cafeInTitle.id());
        assertThat(ids(hits).indexOf(cafeDeepInExcerpt.id())).as("long excerpt, one mention").isGreaterThan(100);
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
        }
    }

    @Test
    void snippetsMarkTheMatchedWords() {
        EvidenceHit hit = workspace.search().evidence("kyiv", 1).get(0);
        assertThat(hit.snippet()).contains(SearchMarks.START + "Kyiv" + SearchMarks.END);
    }

    @Test
    void whateverIsTypedNeverBreaksTheQuery() {
        for (String typed : new String[] {"\"unbalanced", "AND OR NOT", "NEAR(cafe", "*", "", "   ", "🚀", "cafe*)(", "a:b"}) {
            assertThat(workspace.search().evidence(typed, 5)).as(typed).isNotNull();
        }
        assertThat(workspace.search().evidence("🚀", 5)).isEmpty();
        assertThat(FullTextSearch.toMatchExpression("it's \"Café\"-crème")).isEqualTo("\"it\"* \"s\"* \"Café\"* \"crème\"*");
    }

    @Test
    void theIndexFollowsUpdatesAndDeletes() {
        workspace.evidence().update(kyivLatin.withTitle("Renamed entry").withOutlet("Nowhere").withUrl(null));
        assertThat(workspace.search().evidence("kyiv", 10)).isEmpty();
        assertThat(ids(workspace.search().evidence("renamed", 10))).containsExactly(kyivLatin.id());
        workspace.evidence().delete(kyivLatin.id());
        assertThat(workspace.search().evidence("renamed", 10)).isEmpty();
    }

    @Test
    void claimsAreSearchedByQuoteAndNote() {
        String text = "Pyongyang sent 10,000 troops to Kursk, said 김정은.";
        Article article = workspace.articles().insert(new Article(0, "Troops article", null, null, null, null, null,
                VerdictScales.PRE_PUBLICATION.id(), text, NOW, NOW));
        Claim quoted = workspace.claims().insert(new Claim(0, article.id(), TextAnchor.of(text, 0, 37, 0), ClaimOrigin.MANUAL,
                "unchecked", "Ministry figure from Київ", "", "", NOW, NOW, false, false));
        List<ClaimHit> hits = workspace.search().claims("kursk", 5);
        assertThat(hits).extracting(h -> h.claim().id()).containsExactly(quoted.id());
        assertThat(hits.get(0).articleTitle()).isEqualTo("Troops article");
        assertThat(workspace.search().claims("киї", 5)).extracting(h -> h.claim().id()).containsExactly(quoted.id());
        workspace.claims().update(quoted.withNote("changed"));
        assertThat(workspace.search().claims("київ", 5)).isEmpty();
    }

    private static List<Long> ids(List<EvidenceHit> hits) {
        return hits.stream().map(h -> h.evidence().id()).toList();
    }

    private static String words(Random random, String[] vocabulary, int count) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < count; i++) {
            result.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return result.toString();
    }
}
