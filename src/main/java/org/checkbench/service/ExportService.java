package org.checkbench.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.checkbench.io.ArticleExport;
import org.checkbench.io.ArticleExport.ExportClaim;
import org.checkbench.io.DocumentFormat;
import org.checkbench.io.DocumentReadException;
import org.checkbench.io.ReadDocument;
import org.checkbench.io.annotation.WebAnnotations;
import org.checkbench.io.claimreview.ClaimReviewExport;
import org.checkbench.io.csv.ClaimCsv;
import org.checkbench.io.docx.MarkedUpDocx;
import org.checkbench.io.read.DocxReader;
import org.checkbench.io.read.HtmlReader;
import org.checkbench.io.read.MarkdownReader;
import org.checkbench.io.read.OdtReader;
import org.checkbench.io.read.RtfReader;
import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimAttribution;
import org.checkbench.model.Revision;
import org.checkbench.model.RevisionSource;
import org.checkbench.model.VerdictScale;
import org.checkbench.model.VerdictScales;
import org.checkbench.store.Workspace;

/**
 * An article's work out of Checkbench in the newsroom's formats: the marked-up Word copy, ClaimReview
 * JSON-LD, CSV of claims and of claim–evidence links, and W3C Web Annotations. Each export reads the
 * article in one transaction and writes the file under a temporary name, moved into place only when
 * complete, so a failed or cancelled export never leaves half a file where the user looks.
 *
 * <p>The window reads the article ({@link #prepare}) on the worker, behind the save of what is on
 * screen, and writes the file ({@link #write}) on a thread of its own, where Cancel can stop it.
 */
public final class ExportService {

    /** The formats, as the CLI names them. */
    public enum Format {
        DOCX("docx", "Marked-up Word copy"),
        CLAIMREVIEW("json", "ClaimReview JSON-LD"),
        CSV("csv", "Claims as CSV"),
        LINKS_CSV("csv", "Claim–evidence links as CSV"),
        ANNOTATIONS("jsonld", "Web Annotations (JSON-LD)");

        private final String extension;
        private final String label;

        Format(String extension, String label) {
            this.extension = extension;
            this.label = label;
        }

        public String extension() {
            return extension;
        }

        public String label() {
            return label;
        }
    }

    /** What an export did; for ClaimReview, the claims left out or written incomplete. */
    public record Exported(Path file, int claims, ClaimReviewCheck claimReview) {
    }

    private final ServiceContext context;
    private final Workspace workspace;

    ExportService(ServiceContext context) {
        this.context = context;
        this.workspace = context.workspace();
    }

    /** An article read for export (in one transaction), to be written later without the database. */
    public static final class PreparedExport {
        private final ArticleExport export;

        private PreparedExport(ArticleExport export) {
            this.export = export;
        }
    }

    /** Reads everything the formats need about the article (call on the worker). */
    public PreparedExport prepare(long articleId) {
        return new PreparedExport(snapshot(articleId));
    }

    /** Everything the formats need about one article, read consistently in one transaction. */
    public ArticleExport snapshot(long articleId) {
        return workspace.inTransaction(() -> {
            Article article = workspace.articles().find(articleId).orElseThrow(
                    () -> new NoSuchElementException("There is no article with id " + articleId + " in this workspace."));
            VerdictScale scale = VerdictScales.byId(article.scaleId());
            List<Claim> ordered = new ArrayList<>();
            List<Claim> orphaned = new ArrayList<>();
            for (Claim claim : workspace.claims().forArticle(articleId)) {
                (claim.orphaned() ? orphaned : ordered).add(claim);
            }
            ordered.addAll(orphaned);
            Map<Long, ClaimAttribution> attributions = workspace.attributions().forArticle(articleId);
            List<ExportClaim> claims = new ArrayList<>();
            for (Claim claim : ordered) {
                claims.add(new ExportClaim(claims.size() + 1, claim, scale.find(claim.status()).orElse(scale.initial()),
                        attributions.get(claim.id()), workspace.links().evidenceOfClaim(claim.id())));
            }
            return new ArticleExport(article, scale, workspace.publications().find(articleId), context.checker(),
                    context.now(), claims, original(articleId));
        });
    }

    /** The file the latest revision was imported from, if it was imported from one. */
    private ArticleExport.Original original(long articleId) {
        Revision latest = workspace.revisions().latest(articleId).orElse(null);
        if (latest == null) {
            return null;
        }
        RevisionSource source = workspace.revisionSources().find(latest.id()).orElse(null);
        if (source == null) {
            return null;
        }
        byte[] bytes = workspace.revisionSources().content(latest.id()).orElse(null);
        return bytes == null ? null : new ArticleExport.Original(DocumentFormat.fromName(source.format()),
                source.fileName(), bytes);
    }

    /** The file a revision was imported from, if any (for the record and for tests). */
    public java.util.Optional<RevisionSource> revisionSource(long revisionId) {
        return workspace.revisionSources().find(revisionId);
    }

    /** Everything that happened to an article's claims, oldest first, removed claims included. */
    public List<org.checkbench.model.HistoryEntry> history(long articleId) {
        return workspace.history().forArticle(articleId);
    }

    /** Checks the article's claims for ClaimReview without writing anything (the "missing fields" list). */
    public ClaimReviewCheck checkClaimReview(long articleId) {
        return ClaimReviewCheck.of(ClaimReviewExport.build(snapshot(articleId)));
    }

    /**
     * Writes one format to {@code out}. ClaimReview writes only claims with every required field;
     * when none has them nothing is written and the result says why.
     *
     * @throws IOException when the file cannot be written (the message names it)
     */
    public Exported export(long articleId, Format format, Path out) throws IOException {
        return write(prepare(articleId), format, out, JobProgress.NONE);
    }

    /**
     * Writes a prepared article in one format to {@code out}, reporting its stages. Touches no
     * database; cancelled (or interrupted), it stops and leaves no file.
     *
     * @throws IOException when the file cannot be written (the message names it)
     * @throws java.util.concurrent.CancellationException when the checker cancelled
     */
    public static Exported write(PreparedExport prepared, Format format, Path out, JobProgress progress)
            throws IOException {
        ArticleExport export = prepared.export;
        ClaimReviewExport.Result claimReview = null;
        if (format == Format.CLAIMREVIEW) {
            claimReview = ClaimReviewExport.build(export);
            if (!claimReview.wroteAnything()) {
                return new Exported(null, 0, ClaimReviewCheck.of(claimReview));
            }
        }
        ClaimReviewExport.Result finalClaimReview = claimReview;
        progress.update(-1, "Writing " + format.label());
        writeAtomically(out, stream -> {
            switch (format) {
                case DOCX -> writeWordCopy(export, stream, progress);
                case CLAIMREVIEW -> ClaimReviewExport.write(finalClaimReview, stream);
                case CSV -> ClaimCsv.writeClaims(export, stream);
                case LINKS_CSV -> ClaimCsv.writeLinks(export, stream);
                case ANNOTATIONS -> WebAnnotations.write(export, stream);
            }
            // The last moment a cancel counts: after this the file is moved into place.
            progress.stopIfCancelled();
        });
        progress.update(1, "Written");
        int count = claimReview != null ? claimReview.written().size() : export.claims().size();
        return new Exported(out, count, claimReview == null ? null : ClaimReviewCheck.of(claimReview));
    }

    /** The Word copy: the draft's layout read again (seconds for a long .docx), then the copy laid out. */
    private static void writeWordCopy(ArticleExport export, OutputStream stream, JobProgress progress)
            throws IOException {
        progress.update(-1, "Reading the draft's paragraphs and formatting");
        ReadDocument layout = layoutOf(export.original());
        progress.stopIfCancelled();
        progress.update(0, "Writing the Word copy");
        byte[] template = export.original() != null && export.original().format() == DocumentFormat.DOCX
                ? export.original().bytes() : null;
        MarkedUpDocx.write(export, layout, template, stream, done -> {
            progress.stopIfCancelled();
            progress.update(0.9 * done, "Writing the Word copy");
        });
    }

    /** The imported draft read again, for its paragraph kinds and formatting; null when unavailable. */
    static ReadDocument layoutOf(ArticleExport.Original original) {
        if (original == null) {
            return null;
        }
        try {
            return switch (original.format()) {
                case DOCX -> DocxReader.read(original.bytes(), original.fileName());
                case ODT -> OdtReader.read(original.bytes(), original.fileName());
                case RTF -> RtfReader.read(original.bytes(), original.fileName());
                case HTML -> HtmlReader.read(original.bytes(), original.fileName());
                case MARKDOWN -> MarkdownReader.read(new String(original.bytes(), java.nio.charset.StandardCharsets.UTF_8));
                case TEXT -> null;
            };
        } catch (DocumentReadException e) {
            return null;
        }
    }

    /** Writes the whole file beside the target, then moves it into place. */
    @FunctionalInterface
    interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    static void writeAtomically(Path out, StreamWriter writer) throws IOException {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException("The folder " + folder + " does not exist. Choose another place to save.");
        }
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                writer.write(stream);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
