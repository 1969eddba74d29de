package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;

import org.checkbench.report.ReportWarmUp.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's warm-up renders Latin and only the other scripts the open article holds (ADR 0148):
 * a Latin article does not load the Korean or emoji font for a report that will never need them.
 */
class ReportWarmUpScriptsTest {

    @TempDir
    Path folder;

    @Test
    void aLatinArticleNeedsNoOtherScriptEvenWithTypographicPunctuation() {
        assertThat(ReportWarmUp.scriptsOf("North Korean troops \u201Cgorging\u201D \u2014 it\u2019s 5\u00A0%."))
                .isEmpty();
    }

    @Test
    void eachScriptTheArticleHoldsIsWarmedUp() {
        assertThat(ReportWarmUp.scriptsOf("Seoul (\uC11C\uC6B8) said \uD83D\uDC4D and \u0645\u0631\u062D\u0628\u0627."))
                .containsExactlyInAnyOrder(Script.KOREAN, Script.EMOJI, Script.ARABIC);
        assertThat(ReportWarmUp.scriptsOf("\u041A\u0438\u0457\u0432 \u0391\u03B8\u03AE\u03BD\u03B1 \u05E9\u05DC\u05D5\u05DD"))
                .containsExactlyInAnyOrder(Script.CYRILLIC, Script.GREEK, Script.HEBREW);
        assertThat(ReportWarmUp.scriptsOf(null)).isEqualTo(EnumSet.allOf(Script.class));
    }

    @Test
    void theLatinWarmUpReportCarriesNoOtherScriptAndDrawsEverything() throws Exception {
        CheckReport report = ReportWarmUp.sampleReport(EnumSet.noneOf(Script.class));
        RenderedReport rendered = new ReportRenderer().render(report, ReportOptions.everything(),
                folder.resolve("latin.pdf"), ReportProgressListener.NONE);

        assertThat(rendered.missingGlyphs()).isEmpty();
        String text = PdfText.of(rendered.file());
        assertThat(text).contains("11,000 soldiers").doesNotContain("\uAE40\uC815\uC740", "\u0423 \u041A\u0438");
        assertThat(report.articleText().codePoints().allMatch(c -> c < 0x0370 || c >= 0x2000 && c < 0x2100)).isTrue();
    }

    @Test
    void aKoreanArticleGetsTheKoreanLine() {
        CheckReport report = ReportWarmUp.sampleReport(EnumSet.of(Script.KOREAN));
        assertThat(report.articleText()).contains("\uAE40\uC815\uC740").doesNotContain("\uD83D\uDC4D");
    }
}
