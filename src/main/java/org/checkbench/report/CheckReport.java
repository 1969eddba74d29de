package org.checkbench.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * @param signOff      the draft checked, who checked and reviewed it, the approval
 */
public record CheckReport(
        ArticleInfo article,
        String checkerName,
        LocalDate reportDate,
        String scaleName,
        List<ScaleValue> scale,
        String articleText,
        List<ReportClaim> claims,
        SignOff signOff) {

    /** A report without review details (the renderer's tests and benchmarks). */
    public CheckReport(ArticleInfo article, String checkerName, LocalDate reportDate, String scaleName,
            List<ScaleValue> scale, String articleText, List<ReportClaim> claims) {
        this(article, checkerName, reportDate, scaleName, scale, articleText, claims, SignOff.NONE);
    }

    public CheckReport {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(reportDate, "reportDate");
        checkerName = Text.orEmpty(checkerName);
        scaleName = Text.orEmpty(scaleName);
        scale = List.copyOf(scale);
        articleText = Text.orEmpty(articleText);
        claims = List.copyOf(claims);
        signOff = signOff == null ? SignOff.NONE : signOff;
    }

    /**
     * What the decision page says beyond the claims.
     *
     * @param revisionNumber the draft checked (0 when unknown)
     * @param revisionDate   when that draft came in, null when unknown
     * @param checkers       everyone who set a verdict, in order of first verdict
     * @param reviewer       who approved or returned the article (blank: nobody yet)
     * @param approvedAt     when it was approved; null when it is not
     * @param approvalNote   why an approval does not count ("claims changed after it"), or the
     *                       reviewer's note when returned; may be blank
     * @param appVersion     the Checkbench version that wrote the report
     * @param language       BCP 47 tag of the article's language, blank when unknown
     * @param openSuggestions sentences the detector suggests as check-worthy that the checker has
     *                        neither marked as claims nor dismissed: the cover says they were not reviewed
     */
    public record SignOff(int revisionNumber, LocalDateTime revisionDate, List<String> checkers, String reviewer,
            LocalDateTime approvedAt, String approvalNote, String appVersion, String language, int openSuggestions) {

        public static final SignOff NONE = new SignOff(0, null, List.of(), "", null, "", "", "", 0);

        /** Without open suggestions (the renderer's tests and benchmarks). */
        public SignOff(int revisionNumber, LocalDateTime revisionDate, List<String> checkers, String reviewer,
                LocalDateTime approvedAt, String approvalNote, String appVersion, String language) {
            this(revisionNumber, revisionDate, checkers, reviewer, approvedAt, approvalNote, appVersion, language, 0);
        }

        public SignOff {
            checkers = List.copyOf(checkers);
            reviewer = Text.orEmpty(reviewer);
            approvalNote = Text.orEmpty(approvalNote);
            appVersion = Text.orEmpty(appVersion);
            language = Text.orEmpty(language);
        }
    }

    /** The claims that keep the article from being cleared, in the order the cover lists them. */
    public List<ReportClaim> claimsNeeding(ReportClaim.Attention attention) {
        return claims.stream().filter(c -> c.signOff().attention() == attention).toList();
    }

    /**
     * Cleared: claims were marked, and none needs a correction, is disputed, unchecked, changed since
     * checked or orphaned. An article without claims is not cleared: nothing in it was checked
     * ({@link #nothingChecked}), and an editor must not read its cover as a clearance.
     */
    public boolean cleared() {
        return !nothingChecked() && claims.stream().allMatch(c -> c.signOff().attention() == null);
    }

    /** No claim was marked in the article, so nothing in it was checked. */
    public boolean nothingChecked() {
        return claims.isEmpty();
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
