package org.checkbench.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one check report shows, already resolved to plain values. The report package keeps
 * its own input records (rather than reading {@code org.checkbench.model}) so the renderer can be
 * tested and benchmarked on its own; the service layer maps the model onto these.
 *
 * @param article      what was checked
 * @param checkerName  who checked it (may be blank; {@link ReportOptions#checkerName()} overrides)
 * @param reportDate   the date printed on the cover
 * @param scaleName    the verdict scale's name, e.g. "Newsroom statuses"
 * @param scale        the scale's values in display order
 * @param articleText  the article text the claim offsets point into
 * @param claims       the claims in text order
 */
public record CheckReport(
        ArticleInfo article,
        String checkerName,
        LocalDate reportDate,
        String scaleName,
        List<ScaleValue> scale,
        String articleText,
        List<ReportClaim> claims) {

    public CheckReport {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(reportDate, "reportDate");
        checkerName = Text.orEmpty(checkerName);
        scaleName = Text.orEmpty(scaleName);
        scale = List.copyOf(scale);
        articleText = Text.orEmpty(articleText);
        claims = List.copyOf(claims);
    }

    /**
     * The article's metadata; any field may be blank.
     *
     * @param published free text as the user entered it ("12 March 2025"), not parsed
     */
    public record ArticleInfo(String title, String outlet, String author, String url, String published) {
        public ArticleInfo {
            title = Text.orEmpty(title);
            outlet = Text.orEmpty(outlet);
            author = Text.orEmpty(author);
            url = Text.orEmpty(url);
            published = Text.orEmpty(published);
        }
    }

    /**
     * One value of the verdict scale.
     *
     * @param colourHex "#rrggbb"; anything else is drawn grey
     * @param checked   whether a claim with this status counts as checked ("Unchecked" does not)
     */
    public record ScaleValue(String label, String colourHex, boolean checked) {
        public ScaleValue {
            label = Text.orEmpty(label);
            colourHex = Text.orEmpty(colourHex);
        }
    }
}
