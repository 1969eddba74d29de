package org.checkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.checkbench.report.CheckReport;
import org.checkbench.report.ReportClaim;
import org.junit.jupiter.api.Test;

class ReportBenchDataTest {

    @Test
    void theLargeBenchReportHas500ClaimsAnd1500LinksPointingAtTheirQuotes() {
        CheckReport report = ReportBenchData.sample(500, 3, 300);

        assertThat(report.claims()).hasSize(500);
        assertThat(report.claims().stream().mapToInt(claim -> claim.evidence().size()).sum()).isEqualTo(1500);
        for (ReportClaim claim : report.claims()) {
            assertThat(report.articleText().substring(claim.start(), claim.end())).isEqualTo(claim.quote());
        }
    }

    @Test
    void theSampleReportIsTheBundledArticleWithADozenClaims() {
        CheckReport report = ReportBenchData.sample(12, 2, 10);

        assertThat(report.claims()).hasSize(12);
        assertThat(report.articleText()).startsWith("Thousands of North Korean soldiers");
    }
}
