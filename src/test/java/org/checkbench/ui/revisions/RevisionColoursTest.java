package org.checkbench.ui.revisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The tracked changes must read as such and meet WCAG AA: every text colour of the revision
 * views against every background it is drawn on, at 4.5:1 or better, read from the stylesheet
 * itself so a new colour cannot slip under the bar.
 */
class RevisionColoursTest {

    private static String css() throws IOException {
        try (InputStream in = RevisionColoursTest.class.getResourceAsStream("/org/checkbench/ui/revisions.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The colour a rule for exactly this selector gives to a property. */
    private static String colour(String css, String selector, String property) {
        Matcher rule = Pattern.compile(Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
        assertThat(rule.find()).as("a rule for %s", selector).isTrue();
        Matcher value = Pattern.compile(Pattern.quote(property) + ":\\s*(#[0-9a-fA-F]{6})").matcher(rule.group(1));
        assertThat(value.find()).as("%s in %s", property, selector).isTrue();
        return value.group(1);
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    @Test
    void everyChangeColourReadsOnEveryBackgroundItMeets() throws IOException {
        String css = css();
        String page = colour(css, ".diff-view", "-fx-background-color");
        String claimTint = colour(css, ".diff-view .text.diff-claim", "-rtfx-background-color");
        String selection = colour(css, ".diff-view .selection", "-fx-fill");
        String outcomeBox = colour(css, ".outcome-section", "-fx-background-color");
        for (String text : new String[] {colour(css, ".diff-view .text", "-fx-fill"),
                colour(css, ".diff-view .text.diff-inserted", "-fx-fill"),
                colour(css, ".diff-view .text.diff-deleted", "-fx-fill"),
                colour(css, ".diff-view .text.diff-moved", "-fx-fill")}) {
            for (String background : new String[] {page, claimTint, selection}) {
                assertThat(contrast(text, background)).as("%s on %s", text, background).isGreaterThanOrEqualTo(4.5);
            }
        }
        assertThat(contrast(colour(css, ".diff-view .text.diff-claim-badge", "-fx-fill"),
                colour(css, ".diff-view .text.diff-claim-badge", "-rtfx-background-color"))).isGreaterThanOrEqualTo(4.5);
        for (String text : new String[] {colour(css, ".wording .wording-deleted", "-fx-fill"),
                colour(css, ".wording .wording-inserted", "-fx-fill"), colour(css, ".wording .wording-kept", "-fx-fill"),
                colour(css, ".wording .wording-moved", "-fx-fill"), colour(css, ".outcome-section .outcome-title", "-fx-text-fill"),
                colour(css, ".outcome-section .outcome-hint", "-fx-text-fill")}) {
            for (String background : new String[] {outcomeBox, "#ffffff", "#f4f4f4"}) {
                assertThat(contrast(text, background)).as("%s on %s", text, background).isGreaterThanOrEqualTo(4.5);
            }
        }
        assertThat(contrast(colour(css, ".draft-outcomes .outcome-counts", "-fx-text-fill"),
                colour(css, ".draft-outcomes", "-fx-background-color"))).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colour(css, ".diff-legend .legend-claim", "-fx-text-fill"),
                colour(css, ".diff-legend .legend-claim", "-fx-background-color"))).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void theContrastFormulaIsWcags() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(contrast("#777777", "#ffffff")).isBetween(4.47, 4.49);
    }
}
