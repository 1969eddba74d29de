package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.Set;

import org.checkbench.report.CheckReport;
import org.checkbench.report.EvidenceLink;
import org.checkbench.report.RenderedReport;
import org.checkbench.report.ReportClaim;
import org.checkbench.report.ReportOptions;
import org.checkbench.report.ReportProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {

    @TempDir
    Path folder;

    private WorkspaceSession session;
    private CheckedArticle checked;

    @BeforeEach
    void open() {
        session = new WorkspaceService(new AppDirectories(folder.resolve("data")),
                Clock.fixed(CheckedArticle.NOW, ZoneOffset.UTC), "olena").open(folder.resolve("w.checkbench"));
        checked = CheckedArticle.createIn(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theReportHoldsTheArticleScaleAndClaimsNumberedInTextOrderWithOrphansLast() {
        CheckReport report = session.reports().buildReport(checked.articleId, " Editor Lee ");
        assertThat(report.article()).isEqualTo(new CheckReport.ArticleInfo("Troops & \"allies\" <draft>", "Yonhap",
                "Kim Min-ji", "", "2026-05-05"));
        assertThat(report.checkerName()).isEqualTo("Editor Lee");
        assertThat(report.reportDate()).isEqualTo(LocalDate.ofInstant(CheckedArticle.NOW, ZoneId.systemDefault()));
        assertThat(report.scaleName()).isEqualTo("Pre-publication");
        assertThat(report.scale()).extracting(CheckReport.ScaleValue::label).startsWith("Unchecked", "Confirmed");
        assertThat(report.articleText()).isEqualTo(CheckedArticle.TEXT);

        assertThat(report.claims()).extracting(ReportClaim::number, ReportClaim::quote, ReportClaim::statusLabel,
                ReportClaim::orphaned).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, CheckedArticle.TROOPS, "Needs correction", false),
                        org.assertj.core.groups.Tuple.tuple(2, CheckedArticle.DENIAL, "Confirmed", false),
                        org.assertj.core.groups.Tuple.tuple(3, "Київ", "Disputed", true));
        ReportClaim troops = report.claims().get(0);
        assertThat(troops.start()).isZero();
        assertThat(troops.end()).isEqualTo(CheckedArticle.TROOPS.length());
        assertThat(troops.statusColourHex()).isEqualTo("#c62828");
        assertThat(troops.note()).isEqualTo(CheckedArticle.TROOPS_NOTE);
        assertThat(troops.correctionBefore()).isEqualTo(CheckedArticle.TROOPS);
        assertThat(troops.correctionAfter()).isEqualTo(CheckedArticle.CORRECTION);
        assertThat(report.claims().get(1).hasCorrection()).isFalse();
        assertThat(report.claims().get(1).correctionBefore()).isEmpty();
    }

    @Test
    void eachClaimsEvidenceComesInTheClaimsOrderWithReadableDatesAndTheLinksLocator() {
        CheckReport report = session.reports().buildReport(checked.articleId, null);
        assertThat(report.checkerName()).as("blank means the session's checker").isEqualTo("olena");
        ReportClaim troops = report.claims().get(0);
        assertThat(troops.evidence()).extracting(EvidenceLink::title).containsExactly("Reuters report", "Ministry briefing");
        EvidenceLink reuters = troops.evidence().get(0);
        assertThat(reuters.sourceId()).isEqualTo(Long.toString(checked.reuters.id()));
        assertThat(reuters.stance()).isEqualTo(EvidenceLink.Stance.CONTEXT);
        assertThat(reuters.published()).isEqualTo("30 April 2026");
        assertThat(reuters.accessed()).isEqualTo("2 May 2026");
        assertThat(reuters.url()).isEqualTo("https://example.org/reuters");
        assertThat(reuters.outlet()).isEqualTo("Reuters");
        EvidenceLink briefing = troops.evidence().get(1);
        assertThat(briefing.stance()).isEqualTo(EvidenceLink.Stance.REFUTES);
        assertThat(briefing.locator()).as("the link's locator wins over the entry's").isEqualTo("p. 7");
        assertThat(briefing.linkNote()).isEqualTo("contradicts the figure");
        assertThat(report.claims().get(1).evidence()).singleElement()
                .satisfies(kcna -> assertThat(kcna.excerpt()).isEqualTo("김정은 said no troops were sent."));
        assertThat(report.claims().get(2).evidence()).isEmpty();
    }

    /**
     * An article detected but with nothing marked: the report counts the suggestions the checker
     * neither marked nor dismissed, and its cover says it was not checked (not "Cleared").
     */
    @Test
    void aReportOfAnArticleWithoutClaimsCountsItsOpenSuggestionsAndIsNotCleared() throws Exception {
        String text = "Unemployment fell to 3.2 percent in March, the lowest since 1969. It rained.\n\n"
                + "The ministry said 11,000 soldiers were sent to the border on Tuesday.\n";
        long articleId = session.articles().importText("Nothing marked yet", text, null).id();
        SuggestionService suggestions = session.suggestions();
        java.util.List<org.checkbench.model.Suggestion> found = suggestions.refresh(articleId, text,
                suggestions.defaultThreshold());
        assertThat(found).hasSizeGreaterThanOrEqualTo(2);
        suggestions.dismiss(found.get(0).id());

        CheckReport report = session.reports().buildReport(articleId, null);
        assertThat(report.signOff().openSuggestions()).as("suggested, minus the one dismissed")
                .isEqualTo(found.size() - 1);
        assertThat(report.cleared()).isFalse();
        assertThat(report.nothingChecked()).isTrue();

        // Marked by hand over a suggestion: its row stays until the next detection, the count does not.
        org.checkbench.model.Suggestion marked = found.get(1);
        session.claims().mark(articleId, marked.start(), marked.end());
        assertThat(session.reports().buildReport(articleId, null).signOff().openSuggestions())
                .as("minus the one now under a claim").isEqualTo(found.size() - 2);
        assertThat(session.reports().buildReport(checked.articleId, null).signOff().openSuggestions())
                .as("an article never detected").isZero();
    }

    @Test
    void exportWritesThePdfAndAnUnknownArticleIsRefusedWithAMessage() throws Exception {
        Path out = folder.resolve("report.pdf");
        RenderedReport rendered = session.reports().export(checked.articleId,
                new ReportOptions(false, Set.of("Confirmed"), ""), out, ReportProgressListener.NONE);
        assertThat(rendered.file()).isEqualTo(out.toAbsolutePath());
        assertThat(rendered.pageCount()).isPositive();
        assertThat(new String(Files.readAllBytes(out), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThatThrownBy(() -> session.reports().buildReport(999, null))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("no article with id 999");
    }
}
