package org.checkbench.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.checkbench.model.Article;
import org.checkbench.model.Attachment;
import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.PartialDate;
import org.checkbench.model.VerdictScale;
import org.checkbench.model.VerdictScales;
import org.checkbench.report.CheckReport;
import org.checkbench.report.EvidenceLink;
import org.checkbench.report.RenderedReport;
import org.checkbench.report.ReportClaim;
import org.checkbench.report.ReportOptions;
import org.checkbench.report.ReportProgressListener;
import org.checkbench.report.ReportRenderer;
import org.checkbench.report.ReportWarmUp;
import org.checkbench.report.ReportWriteException;
import org.checkbench.store.Workspace;

/**
 * The check report of an article: the model mapped onto the renderer's input records, and the
 * PDF export. Claims are numbered 1..n in text order; orphaned claims (no longer found in the
 * current draft) follow the others, keeping their relative order, because they have no place in
 * the text to be numbered by. What counts as checked and what keeps a claim from being cleared
 * come from {@link ClaimChecks}, as in the window.
 */
public final class ReportService {

    private final ServiceContext context;
    private final Workspace workspace;
    private final ReviewService reviews;
    private final ReportRenderer renderer = new ReportRenderer();
    private final ZoneId zone = ZoneId.systemDefault();

    /**
     * Loads the report's fonts and rendering code on a background thread of low priority, once per
     * process, so that the first export is as fast as later ones (issue 18, ADR 0084): for the open
     * article, whose text {@code text} gives on that thread (Latin and only the other scripts it
     * holds, ADR 0148), each render once {@code before} returns true there (the window: once
     * detection is done, {@link WorkspaceService#awaitDetectionDone}); {@code afterwards} runs on the
     * warm-up's thread when it is done. Later calls do nothing.
     */
    public static void warmUpInBackground(java.util.function.Supplier<? extends CharSequence> text,
            java.util.function.BooleanSupplier before, Runnable afterwards) {
        // A benchmark or test may switch it off (-Dcheckbench.noReportWarmUp=true).
        if (!Boolean.getBoolean("checkbench.noReportWarmUp")) {
            ReportWarmUp.startInBackground(text, before, afterwards);
        }
    }

    ReportService(ServiceContext context, ReviewService reviews) {
        this.context = context;
        this.workspace = context.workspace();
        this.reviews = reviews;
    }

    /** {@link #buildReport(long, String, SourcePolicy, boolean)} with the default policy, files not loaded. */
    public CheckReport buildReport(long articleId, String checkerName) {
        return buildReport(articleId, checkerName, SourcePolicy.DEFAULT, false);
    }

    /**
     * Everything the report shows about the article, read in one transaction so the report is
     * consistent even while someone else writes.
     *
     * @param checkerName printed on the cover; blank means the session's checker
     * @param policy      the source rules the flags follow
     * @param withFiles   load the attached files' bytes, to embed them
     * @throws NoSuchElementException when there is no such article
     */
    public CheckReport buildReport(long articleId, String checkerName, SourcePolicy policy, boolean withFiles) {
        return workspace.inTransaction(() -> {
            Article article = workspace.articles().find(articleId)
                    .orElseThrow(() -> new NoSuchElementException("There is no article with id " + articleId
                            + " in this workspace."));
            VerdictScale scale = VerdictScales.byId(article.scaleId());
            List<Claim> inTextOrder = new ArrayList<>(workspace.claims().forArticle(articleId));
            inTextOrder.sort(ClaimOrder.TEXT_ORDER_ORPHANED_LAST);
            LocalDate today = LocalDate.ofInstant(context.now(), zone);
            ReportSignOff signOff = new ReportSignOff(scale, workspace.history().forArticle(articleId), zone,
                    article.publishedDate(), today, policy);
            Map<Long, List<EvidenceLink.Attachment>> files = new HashMap<>();
            List<ReportClaim> claims = new ArrayList<>(inTextOrder.size());
            for (Claim claim : inTextOrder) {
                List<LinkedEvidence> links = workspace.links().evidenceOfClaim(claim.id());
                List<EvidenceLink> evidence = new ArrayList<>(links.size());
                for (LinkedEvidence linked : links) {
                    evidence.add(evidenceLink(linked, files.computeIfAbsent(linked.evidence().id(),
                            id -> attachments(id, withFiles))));
                }
                claims.add(signOff.claim(claims.size() + 1, claim, links, evidence));
            }
            String checker = checkerName == null || checkerName.isBlank() ? context.checker() : checkerName.strip();
            return new CheckReport(new CheckReport.ArticleInfo(article.title(), article.outlet(), article.author(),
                    article.url(), iso(article.publishedDate())), checker, today, scale.name(),
                    scale.values().stream().map(v -> new CheckReport.ScaleValue(v.label(), v.colour(), v.checked())).toList(),
                    article.currentText(), claims,
                    signOff.cover(workspace.revisions().latest(articleId).orElse(null), reviews.status(articleId),
                            article.language(), openSuggestions(articleId, inTextOrder)));
        });
    }

    /**
     * The stored suggestions the checker has neither marked nor dismissed: a claim marked by hand
     * over a suggestion hides it at once in the window, but its row goes only at the next detection,
     * so those under a claim are not counted (the rule detection stores by, {@link ClaimCoverage}).
     */
    private int openSuggestions(long articleId, List<Claim> claims) {
        ClaimCoverage coverage = ClaimCoverage.of(claims);
        return (int) workspace.suggestions().placesOf(articleId).stream()
                .filter(place -> !coverage.overlaps(place[0], place[1])).count();
    }

    /**
     * Builds the report with the default source policy and renders it to {@code out} (written under a
     * temporary name and moved into place). Call from a background thread: rendering takes up to seconds.
     *
     * @throws ReportWriteException when the destination cannot be written; the message is for the user
     */
    public RenderedReport export(long articleId, ReportOptions options, Path out, ReportProgressListener listener)
            throws ReportWriteException {
        CheckReport report = buildReport(articleId, options.checkerName(), SourcePolicy.DEFAULT,
                options.embedAttachments());
        return renderer.render(report, options, out, listener);
    }

    /**
     * The report's content, read now (in one transaction) and rendered later: the window reads it on
     * the worker, behind the save of what is on screen, and renders it on a thread of its own.
     */
    public static final class PreparedReport {
        private final CheckReport report;

        private PreparedReport(CheckReport report) {
            this.report = report;
        }
    }

    /**
     * Reads everything the report shows about the article, as the request asks (checker, source
     * policy, attached files' bytes when they are to be embedded).
     *
     * @throws NoSuchElementException when there is no such article
     */
    public PreparedReport prepare(long articleId, ReportRequest request) {
        return new PreparedReport(buildReport(articleId, request.checkerName(), request.policy(),
                request.embedAttachments()));
    }

    /**
     * Renders a prepared report to {@code out} (written under a temporary name and moved into
     * place). Touches no database; an interrupt stops it and leaves no file.
     *
     * @throws ReportWriteException when the destination cannot be written; the message is for the user
     */
    public static ExportedReport render(PreparedReport prepared, ReportRequest request, Path out,
            ReportProgress progress) throws ReportWriteException {
        RenderedReport rendered = new ReportRenderer().render(prepared.report, request.toOptions(), out,
                progress::update);
        return exported(rendered);
    }

    /** Builds and renders the report in one go (the CLI's {@code report}); call off the FX thread. */
    public ExportedReport export(long articleId, ReportRequest request, Path out, ReportProgress progress)
            throws ReportWriteException {
        return exported(renderer.render(prepare(articleId, request).report, request.toOptions(), out,
                progress::update));
    }

    private static ExportedReport exported(RenderedReport rendered) {
        return new ExportedReport(rendered.file(), rendered.pageCount(),
                rendered.hasMissingGlyphs() ? rendered.missingGlyphsMessage() : "");
    }

    private List<EvidenceLink.Attachment> attachments(long evidenceId, boolean withFiles) {
        List<EvidenceLink.Attachment> result = new ArrayList<>();
        for (Attachment attachment : workspace.attachments().forEvidence(evidenceId)) {
            byte[] content = withFiles ? workspace.attachments().content(attachment.id()).orElse(null) : null;
            result.add(new EvidenceLink.Attachment(attachment.fileName(), attachment.mediaType(), attachment.size(),
                    attachment.sha256(), content));
        }
        return result;
    }

    /** Dates in the report's English style ("30 April 2026", "April 2026", "2026"), unreadable ones as written. */
    private static EvidenceLink evidenceLink(LinkedEvidence linked, List<EvidenceLink.Attachment> attachments) {
        Evidence source = linked.evidence();
        // The link's locator ("p. 12" for this claim) says more than the entry's general one.
        String locator = linked.link().locator().isBlank() ? source.locator() : linked.link().locator();
        return new EvidenceLink(Long.toString(source.id()), EvidenceLink.Stance.valueOf(linked.link().stance().name()),
                source.title(), source.outlet(), source.author(), reportDate(source.published()), source.url(),
                source.archivedUrl(), reportDate(source.accessed()), locator, source.excerpt(), linked.link().note(),
                source.kind().label(), source.reliabilityNote(), attachments);
    }

    private static String reportDate(PartialDate date) {
        return date == null ? "" : Citations.date(date);
    }

    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
