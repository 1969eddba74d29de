package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.PartialDate;
import org.checkbench.model.ReviewState;
import org.checkbench.model.Stance;
import org.checkbench.model.VerdictScales;
import org.checkbench.report.CheckReport;
import org.checkbench.report.ReportClaim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who checked what, when; the one definition of "checked"; review; source flags. Real SQLite. */
class SignOffTest {

    @TempDir
    Path folder;

    private final AtomicReference<String> checker = new AtomicReference<>("Olena");
    private WorkspaceSession session;
    private CheckedArticle checked;

    @BeforeEach
    void open() {
        session = WorkspaceService.withCheckerFrom(new AppDirectories(folder.resolve("data")),
                Clock.fixed(CheckedArticle.NOW, ZoneOffset.UTC), checker::get).open(folder.resolve("w.checkbench"));
        checked = CheckedArticle.createIn(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** "N of M checked" as the window's status bar counts it. */
    private static int windowCount(List<Claim> claims) {
        return new ArticleClaims(VerdictScales.PRE_PUBLICATION, claims.get(0).anchor().revisionId(), claims)
                .progress().checked();
    }

    @Test
    void theReportAndTheWindowCountTheSameClaimsAsCheckedAndAStaleVerdictIsNotACheck() {
        // troops: needs correction; denial: confirmed; orphan: disputed but orphaned.
        List<Claim> claims = session.claims().forArticle(checked.articleId);
        assertThat(windowCount(claims)).isEqualTo(2);
        session.claims().update(session.claims().find(checked.denial.id()).withChangedSinceChecked(true));

        claims = session.claims().forArticle(checked.articleId);
        CheckReport report = session.reports().buildReport(checked.articleId, "");
        long checkedInReport = report.claims().stream().filter(c -> c.signOff().checked()).count();
        assertThat(windowCount(claims)).isEqualTo(1).isEqualTo((int) checkedInReport);
        assertThat(report.cleared()).isFalse();
        assertThat(report.claimsNeeding(ReportClaim.Attention.ORPHANED)).extracting(ReportClaim::quote)
                .containsExactly(checked.orphan.quote());
        assertThat(report.claimsNeeding(ReportClaim.Attention.CHANGED_SINCE_CHECKED)).extracting(ReportClaim::quote)
                .containsExactly(CheckedArticle.DENIAL);
        assertThat(report.claimsNeeding(ReportClaim.Attention.CORRECTION_REQUIRED)).extracting(ReportClaim::quote)
                .containsExactly(CheckedArticle.TROOPS);
    }

    @Test
    void eachVerdictRecordsWhoSetItAndWhenUnderTheNameThePreferencesGiveNow() {
        checker.set("Ben");
        session.claims().setStatus(checked.troops.id(), "confirmed");
        ReportClaim troops = session.reports().buildReport(checked.articleId, "").claims().get(0);
        assertThat(troops.signOff().verdictBy()).isEqualTo("Ben");
        assertThat(troops.signOff().verdictAt()).isNotNull();
        assertThat(troops.signOff().history()).extracting(ReportClaim.VerdictStep::label, ReportClaim.VerdictStep::who)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Needs correction", "Olena"),
                        org.assertj.core.groups.Tuple.tuple("Confirmed", "Ben"));
        assertThat(session.reports().buildReport(checked.articleId, "").signOff().checkers())
                .containsExactly("Ben", "Olena");
        assertThat(session.claims().verdictsSet(checked.articleId).get(checked.troops.id()).who()).isEqualTo("Ben");
    }

    @Test
    void anAppliedCorrectionShowsTheOriginalWordsAndTheAppliedWordingNotTheSameTextTwice() {
        session.claims().recordAppliedCorrection(checked.troops.id(), CheckedArticle.TROOPS, CheckedArticle.CORRECTION);
        String corrected = CheckedArticle.CORRECTION + CheckedArticle.TEXT.substring(CheckedArticle.TROOPS.length());
        Claim moved = session.claims().find(checked.troops.id()).withAnchor(org.checkbench.model.TextAnchor.of(
                corrected, 0, CheckedArticle.CORRECTION.length(), 0));
        session.articles().saveText(checked.articleId, corrected, List.of(moved));

        ReportClaim troops = session.reports().buildReport(checked.articleId, "").claims().get(0);
        assertThat(troops.signOff().correctionApplied()).isTrue();
        assertThat(troops.correctionBefore()).isEqualTo(CheckedArticle.TROOPS);
        assertThat(troops.correctionAfter()).isEqualTo(CheckedArticle.CORRECTION);
        assertThat(troops.signOff().attention()).as("the correction is in the draft").isNull();
    }

    @Test
    void reviewGoesInProgressInReviewApprovedAndAnyClaimChangeVoidsTheApproval() {
        assertThat(session.reviews().status(checked.articleId).state()).isEqualTo(ReviewState.IN_PROGRESS);
        assertThatThrownBy(() -> session.reviews().approve(checked.articleId)).hasMessageContaining("send it for review");
        session.reviews().sendForReview(checked.articleId);
        assertThat(session.reviews().statusOfAllArticles().get(checked.articleId).state()).isEqualTo(ReviewState.IN_REVIEW);
        assertThatThrownBy(() -> session.reviews().returnWithNote(checked.articleId, " "))
                .hasMessageContaining("Write a note");
        session.reviews().returnWithNote(checked.articleId, "Find a second source for [2].");
        assertThat(session.reviews().status(checked.articleId).state()).isEqualTo(ReviewState.RETURNED);
        assertThat(session.reports().buildReport(checked.articleId, "").signOff().approvalNote())
                .contains("Find a second source for [2].");

        session.reviews().sendForReview(checked.articleId);
        checker.set("Editor Lee");
        session.reviews().approve(checked.articleId);
        ReviewService.ReviewStatus approved = session.reviews().status(checked.articleId);
        assertThat(approved.isValidlyApproved()).isTrue();
        CheckReport.SignOff cover = session.reports().buildReport(checked.articleId, "").signOff();
        assertThat(cover.reviewer()).isEqualTo("Editor Lee");
        assertThat(cover.approvedAt()).isNotNull();

        session.claims().setNote(checked.denial.id(), "One more thing.");
        ReviewService.ReviewStatus after = session.reviews().status(checked.articleId);
        assertThat(after.state()).isEqualTo(ReviewState.APPROVED);
        assertThat(after.approvalValid()).isFalse();
        assertThat(after.label()).isEqualTo("Approval no longer valid");
        assertThat(session.reviews().statusOfAllArticles().get(checked.articleId).label())
                .as("the article list says so too").isEqualTo("Approval no longer valid");
        CheckReport.SignOff stale = session.reports().buildReport(checked.articleId, "").signOff();
        assertThat(stale.approvedAt()).isNull();
        assertThat(stale.approvalNote()).contains("no longer valid");
    }

    @Test
    void confirmedClaimsAreFlaggedForMissingOrTooFewIndependentSourcesAndOldOrLaterEvidence() {
        long denial = checked.denial.id();
        // kcna supports the confirmed denial: one source, the policy wants two.
        ReportClaim claim = claimNumbered(2, new SourcePolicy(2, 365));
        assertThat(claim.signOff().flags()).containsExactly("Only one independent source; the policy asks for 2");
        assertThat(claimNumbered(2, new SourcePolicy(1, 365)).signOff().flags()).isEmpty();

        Evidence sameOutlet = session.evidence().create(Evidence.draft("KCNA again", EvidenceKind.WEB_PAGE,
                CheckedArticle.NOW).withUrl("https://kcna.example/2"));
        Evidence later = session.evidence().create(Evidence.draft("Later piece", EvidenceKind.WEB_PAGE,
                CheckedArticle.NOW).withOutlet("BBC").withPublished(new PartialDate("2026-06"))
                .withAccessed(new PartialDate("2024")));
        session.evidence().link(denial, sameOutlet.id(), Stance.SUPPORTS, null, null);
        session.evidence().link(denial, later.id(), Stance.SUPPORTS, null, null);
        assertThat(claimNumbered(2, new SourcePolicy(2, 365)).signOff().flags()).containsExactly(
                "\u201CLater piece\u201D was published June 2026, after the claim was made (5 May 2026)",
                "\u201CLater piece\u201D was last accessed 2024, 16 months ago");

        session.evidence().unlink(denial, checked.kcna.id());
        session.evidence().unlink(denial, sameOutlet.id());
        session.evidence().unlink(denial, later.id());
        assertThat(claimNumbered(2, SourcePolicy.DEFAULT).signOff().flags())
                .containsExactly("Confirmed with no supporting source");
    }

    @Test
    void partialAndUnreadableEvidenceDatesAreStoredAsWrittenAndNeverBreakTheReport() {
        Evidence partial = session.evidence().create(Evidence.draft("Annual report", EvidenceKind.DOCUMENT,
                CheckedArticle.NOW).withPublished(new PartialDate("2025")).withAccessed(new PartialDate("2026-04")));
        Evidence odd = session.evidence().create(Evidence.draft("Odd date", EvidenceKind.DOCUMENT,
                CheckedArticle.NOW).withPublished(new PartialDate("spring 2025?")));
        session.evidence().link(checked.denial.id(), partial.id(), Stance.CONTEXT, null, null);
        session.evidence().link(checked.denial.id(), odd.id(), Stance.CONTEXT, null, null);

        assertThat(session.evidence().find(partial.id()).orElseThrow().published()).isEqualTo(new PartialDate("2025"));
        assertThat(session.evidence().find(partial.id()).orElseThrow().publishedDate()).isNull();
        ReportClaim denial = claimNumbered(2, SourcePolicy.DEFAULT);
        assertThat(denial.evidence()).extracting(e -> e.published()).contains("2025", "spring 2025?");
        assertThat(denial.evidence()).extracting(e -> e.accessed()).contains("April 2026");
    }

    private ReportClaim claimNumbered(int number, SourcePolicy policy) {
        return session.reports().buildReport(checked.articleId, "", policy, false).claims().get(number - 1);
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
