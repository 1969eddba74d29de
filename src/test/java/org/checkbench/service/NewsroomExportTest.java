package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.checkbench.io.claimreview.ClaimReviewReader;
import org.checkbench.io.claimreview.ClaimReviewVocabulary;
import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimAttribution;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.FactCheckPublication;
import org.checkbench.model.Stance;
import org.checkbench.model.VerdictScales;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export of a checked draft that came in as Word, read back: the Word copy with POI, the
 * ClaimReview against Google's required and recommended fields, the CSV as a spreadsheet reads it,
 * the Web Annotations by their selectors.
 */
class NewsroomExportTest {

    @TempDir
    Path folder;

    private WorkspaceSession session;
    private Article article;
    private Claim corrected;
    private Claim korean;

    @BeforeEach
    void checkADraft() throws Exception {
        session = new WorkspaceService(new AppDirectories(folder.resolve("data")), Clock.systemUTC(), "Olena Checker")
                .open(folder.resolve("w.checkbench"));
        Path draft = folder.resolve("draft.docx");
        try (InputStream in = getClass().getResourceAsStream("/org/checkbench/io/draft-libreoffice.docx")) {
            Files.copy(in, draft);
        }
        article = session.articles().importFile(draft, null, new ImportOptions(1.0, false));
        String text = article.currentText();
        int at = text.indexOf("About 11,000");
        corrected = session.claims().mark(article.id(), at, at + "About 11,000 North Korean soldiers were deployed".length());
        session.claims().setStatus(corrected.id(), "needs-correction");
        session.claims().setNote(corrected.id(), "NIS said 12,000 in October.");
        corrected = session.claims().setCorrection(corrected.id(), "About 12,000 North Korean soldiers were deployed");
        Evidence nis = session.evidence().create(Evidence.draft("=NIS briefing", EvidenceKind.DOCUMENT, CheckedArticle.NOW)
                .withUrl("https://example.org/nis").withArchivedUrl("https://web.archive.org/web/2025/https://example.org/nis"));
        session.evidence().link(corrected.id(), nis.id(), Stance.REFUTES, "p. 3", "");
        int k = text.indexOf("Київ said");
        korean = session.claims().mark(article.id(), k, k + "Київ said 김정은 approved it".length());
        session.claims().setStatus(korean.id(), "confirmed");
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theWordCopyReportsItsStagesAndACancelLeavesNoFile() throws Exception {
        Path out = folder.resolve("cancelled.docx");
        ExportService.PreparedExport prepared = session.exports().prepare(article.id());

        // Cancel pressed while the draft's layout is read: the copy is never written.
        RecordedProgress cancelled = RecordedProgress.cancelledAfter(2);
        assertThatThrownBy(() -> ExportService.write(prepared, ExportService.Format.DOCX, out, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(out).doesNotExist();
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }

        RecordedProgress watched = RecordedProgress.neverCancelled();
        ExportService.Exported written = ExportService.write(prepared, ExportService.Format.DOCX, out, watched);
        assertThat(written.file()).isEqualTo(out);
        assertThat(watched.stages).contains("Reading the draft's paragraphs and formatting", "Writing the Word copy")
                .last().isEqualTo("Written");
        assertThat(watched.fractions).last().isEqualTo(1.0);
    }

    @Test
    void theWordCopyCarriesShadingACommentPerClaimTrackedCorrectionsAndTheDraftsStyles() throws Exception {
        Path out = folder.resolve("marked.docx");
        session.exports().export(article.id(), ExportService.Format.DOCX, out);

        try (XWPFDocument copy = new XWPFDocument(Files.newInputStream(out))) {
            List<XWPFComment> comments = List.of(copy.getComments());
            assertThat(comments).hasSize(2);
            assertThat(comments).allSatisfy(c -> assertThat(c.getAuthor()).isEqualTo("Olena Checker"));
            String first = comments.get(0).getText();
            assertThat(first).contains("Claim 1 — Needs correction", "NIS said 12,000 in October.",
                    "Suggested correction: About 12,000", "[Refutes] =NIS briefing", "https://example.org/nis",
                    "archived: https://web.archive.org/web/2025/https://example.org/nis");
            assertThat(comments.get(1).getText()).startsWith("Claim 2 — Confirmed");
            assertThat(copy.getParagraphs().get(0).getStyle()).isEqualTo("Heading1");

            String xml = copy.getDocument().xmlText();
            assertThat(xml).contains("<w:del ", "w:author=\"Olena Checker\"", "<w:ins ",
                    "About 12,000", "w:commentRangeStart", "w:commentReference");
            // The deleted words keep the draft's formatting: "11,000" was bold.
            assertThat(xml).containsPattern("<w:b/>.*?<w:delText[^>]*>11,000</w:delText>");
            assertThat(xml.indexOf("w:commentRangeStart w:id=\"1\"")).isGreaterThan(xml.indexOf("About 12,000"));
            assertThat(xml).contains("w:fill=\"EBB4B4\""); // needs-correction #c62828 mixed with white
            // Read back as Word shows it with every change accepted: the correction replaces the claim.
            String accepted = org.checkbench.io.read.DocxReader.read(Files.readAllBytes(out), "marked.docx").text();
            assertThat(accepted).contains("About 12,000 North Korean soldiers were deployed to Russia’s")
                    .doesNotContain("11,000").contains("Київ said 김정은 approved it.");
        }
    }

    @Test
    void claimReviewListsWhatIsMissingAndWritesOnlyValidMarkup() throws Exception {
        ClaimReviewCheck before = session.exports().checkClaimReview(article.id());
        long draftId = article.id();
        assertThat(before.written()).isZero();
        assertThat(before.leftOut()).hasSize(2)
                .allSatisfy(g -> assertThat(String.join(" ", g.missing())).contains("Public rating", "url"));
        Path out = folder.resolve("claimreview.json");
        ExportService.Exported none = session.exports().export(article.id(), ExportService.Format.CLAIMREVIEW, out);
        assertThat(none.file()).isNull();
        assertThat(out).doesNotExist();

        // A public fact-check of the same text: rated on the public scale.
        Article published = session.articles().importText("Troops", article.currentText(), null,
                new ImportOptions(1.0, false));
        published = session.articles().updateDetails(published.withScaleId(VerdictScales.PUBLIC_RATING.id())
                .withUrl("https://news.example/troops").withAuthor("Kim Min-ji")
                .withPublishedDate(LocalDate.of(2025, 3, 3)));
        corrected = session.claims().mark(published.id(), corrected.anchor().start(), corrected.anchor().end());
        session.claims().mark(published.id(), korean.anchor().start(), korean.anchor().end());
        session.claims().setStatus(corrected.id(), "false");
        session.publications().savePublication(new FactCheckPublication(published.id(), "Fact Desk",
                "https://factdesk.example", "https://factdesk.example/checks/troops", LocalDate.of(2025, 3, 5)));
        session.publications().saveAttribution(new ClaimAttribution(corrected.id(), "Ministry of Defence",
                ClaimAttribution.ClaimantKind.ORGANIZATION, LocalDate.of(2025, 3, 1), "https://mod.example/statement"));

        ExportService.Exported result = session.exports().export(published.id(), ExportService.Format.CLAIMREVIEW, out);
        assertThat(draftId).isNotEqualTo(published.id());

        assertThat(result.claimReview().leftOut()).singleElement().satisfies(g -> {
            assertThat(g.claimNumber()).isEqualTo(2);
            assertThat(g.missing()).singleElement().asString().contains("not rated yet");
        });
        JsonNode reviews = new ObjectMapper().readTree(out.toFile());
        assertThat(reviews).hasSize(1);
        JsonNode review = reviews.get(0);
        for (String path : ClaimReviewVocabulary.REQUIRED) {
            assertThat(at(review, path)).as(path).isNotNull();
        }
        for (String path : ClaimReviewVocabulary.RECOMMENDED) {
            assertThat(at(review, path)).as(path).isNotNull();
        }
        assertThat(review.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.at("/reviewRating/alternateName").asText()).isEqualTo("False");
        assertThat(review.at("/reviewRating/ratingValue").asInt()).isEqualTo(1);
        assertThat(review.at("/reviewRating/bestRating").asInt()).isEqualTo(5);
        assertThat(review.at("/reviewRating/worstRating").asInt()).isEqualTo(1);
        assertThat(review.at("/itemReviewed/author/@type").asText()).isEqualTo("Organization");
        assertThat(review.at("/itemReviewed/appearance/0/url").asText()).isEqualTo("https://mod.example/statement");
        assertThat(review.at("/author/name").asText()).isEqualTo("Fact Desk");
        assertThat(review.at("/datePublished").asText()).isEqualTo("2025-03-05");

        // Checkbench's own fact-check collection reader takes it in: a published check can be found again.
        var read = ClaimReviewReader.read(Files.newInputStream(out));
        assertThat(read.problems()).isEmpty();
        assertThat(read.entries()).singleElement().satisfies(factCheck -> {
            assertThat(factCheck.claim()).isEqualTo("About 11,000 North Korean soldiers were deployed");
            assertThat(factCheck.claimant()).isEqualTo("Ministry of Defence");
            assertThat(factCheck.url()).isEqualTo("https://factdesk.example/checks/troops");
            assertThat(factCheck.rating()).isEqualTo("False");
            assertThat(factCheck.publisher()).isEqualTo("Fact Desk");
        });
    }

    private static JsonNode at(JsonNode review, String dottedPath) {
        JsonNode node = review;
        for (String part : dottedPath.split("\\.")) {
            node = node.isArray() ? node.get(0) : node;
            node = node == null ? null : node.get(part);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    @Test
    void csvOpensInExcelWithAccentsAndNoFormulaRuns() throws Exception {
        Path claims = folder.resolve("claims.csv");
        Path links = folder.resolve("links.csv");
        session.exports().export(article.id(), ExportService.Format.CSV, claims);
        session.exports().export(article.id(), ExportService.Format.LINKS_CSV, links);

        byte[] bytes = Files.readAllBytes(claims);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String content = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new java.io.StringReader(content)).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(1)).isEqualTo("About 11,000 North Korean soldiers were deployed");
        assertThat(rows.get(1).get(2)).isEqualTo("Needs correction");
        assertThat(rows.get(1).get(8)).isEqualTo("'=NIS briefing");
        assertThat(rows.get(2).get(1)).isEqualTo("Київ said 김정은 approved it");
        assertThat(content).contains("\r\n");

        String linkContent = Files.readString(links, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> linkRows = CSVFormat.RFC4180.parse(new java.io.StringReader(linkContent)).getRecords();
        assertThat(linkRows).hasSize(2);
        assertThat(linkRows.get(1).get(3)).isEqualTo("Refutes");
        assertThat(linkRows.get(1).get(4)).isEqualTo("'=NIS briefing");
        assertThat(linkRows.get(1).get(12)).isEqualTo("p. 3");
    }

    @Test
    void webAnnotationsDescribeEachClaimByQuoteAndByCodePointPosition() throws Exception {
        Path out = folder.resolve("claims.jsonld");
        session.exports().export(article.id(), ExportService.Format.ANNOTATIONS, out);

        JsonNode collection = new ObjectMapper().readTree(out.toFile());
        assertThat(collection.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.get("type").asText()).isEqualTo("AnnotationCollection");
        JsonNode items = collection.at("/first/items");
        assertThat(items).hasSize(2);
        JsonNode second = items.get(1);
        assertThat(second.get("motivation").asText()).isEqualTo("assessing");
        JsonNode quote = second.at("/target/selector/0");
        assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
        assertThat(quote.get("exact").asText()).isEqualTo("Київ said 김정은 approved it");
        JsonNode position = second.at("/target/selector/1");
        assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
        String text = article.currentText();
        int start = position.get("start").asInt();
        int end = position.get("end").asInt();
        assertThat(new String(text.codePoints().skip(start).limit(end - start).toArray(), 0, end - start))
                .isEqualTo("Київ said 김정은 approved it");
        assertThat(second.at("/body/0/value").asText()).isEqualTo("Confirmed");
    }
}
