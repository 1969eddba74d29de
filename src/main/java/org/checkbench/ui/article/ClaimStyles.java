package org.checkbench.ui.article;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.checkbench.model.Verdict;
import org.checkbench.model.VerdictScale;

/**
 * Style class names for claims in the editor and the panel, and the stylesheet that colours them.
 * Colours live once, in the verdict scales of the model (the PDF report uses the same ones); the
 * stylesheet is generated from them instead of repeating the hex values in a CSS file.
 */
public final class ClaimStyles {

    public static final String CLAIM_CLASS = "claim";
    public static final String SUGGESTION_CLASS = "suggestion";
    public static final String SELECTED_CLASS = "claim-selected";
    public static final String CHANGED_CLASS = "claim-changed";
    /** A claim or suggestion like one checked before (docs/matching.md): a dashed outline. */
    public static final String CHECKED_BEFORE_CLASS = "checked-before";

    private ClaimStyles() {
    }

    public static String statusClass(String verdictId) {
        return "status-" + verdictId.replaceAll("[^A-Za-z0-9-]", "-");
    }

    /** A {@code data:} stylesheet URL with one rule per verdict of every scale. */
    public static String stylesheetUrl(Collection<VerdictScale> scales) {
        String css = stylesheet(scales);
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    static String stylesheet(Collection<VerdictScale> scales) {
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder css = new StringBuilder();
        for (VerdictScale scale : scales) {
            for (Verdict verdict : scale.values()) {
                String cssClass = statusClass(verdict.id());
                if (!seen.add(cssClass)) {
                    continue;
                }
                // Text: a light wash of the colour, so the words stay readable. Badges: the full colour.
                css.append(".text.").append(cssClass).append(" { -rtfx-background-color: ")
                        .append(verdict.colour()).append("40; }\n");
                // The badge's words in black or white, whichever reads at 4.5:1 on the colour (white on amber did not).
                css.append(".status-badge.").append(cssClass).append(" { -fx-background-color: ")
                        .append(verdict.colour()).append("; -fx-text-fill: ")
                        .append(org.checkbench.ui.fx.Contrast.readableOn(verdict.colour())).append("; }\n");
                css.append(".legend-swatch.").append(cssClass).append(" { -fx-background-color: ")
                        .append(verdict.colour()).append("40; -fx-border-color: ").append(verdict.colour()).append("; }\n");
            }
        }
        return css.toString();
    }
}
