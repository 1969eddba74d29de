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
import org.checkbench.model.HistoryEntry;
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
            List<Claim> inTextOrder = new ArrayList<>();
            List<Claim> orphaned = new ArrayList<>();
            for (Claim claim : workspace.claims().forArticle(articleId)) {
                (claim.orphaned() ? orphaned : inTextOrder).add(claim);
            }
            inTextOrder.addAll(orphaned);
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
                            article.language()));
        });
    }

    /** {@link #export(long, ReportOptions, SourcePolicy, Path, ReportProgressListener)} with the default policy. */
    public RenderedReport export(long articleId, ReportOptions options, Path out, ReportProgressListener listener)
            throws ReportWriteException {
        return export(articleId, options, SourcePolicy.DEFAULT, out, listener);
    }

    /**
     * Builds the report and renders it to {@code out} (written under a temporary name and moved
     * into place). Call from a background thread: rendering takes up to seconds.
     *
     * @throws ReportWriteException when the destination cannot be written; the message is for the user
     */
    public RenderedReport export(long articleId, ReportOptions options, SourcePolicy policy, Path out,
            ReportProgressListener listener) throws ReportWriteException {
        CheckReport report = buildReport(articleId, options.checkerName(), policy, options.embedAttachments());
        return renderer.render(report, options, out, listener);
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
