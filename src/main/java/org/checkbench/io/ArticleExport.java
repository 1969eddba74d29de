package org.checkbench.io;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.ClaimAttribution;
import org.checkbench.model.FactCheckPublication;
import org.checkbench.model.LinkedEvidence;
import org.checkbench.model.Verdict;
import org.checkbench.model.VerdictScale;

/**
 * Everything the export formats (marked-up Word copy, ClaimReview, CSV, Web Annotations) need
 * about one article, read in one transaction by the service. Claims are numbered 1..n in text
 * order, orphaned claims last, as in the check report.
 *
 * @param original the file the current draft was imported from, null when it was typed or pasted
 */
public record ArticleExport(Article article, VerdictScale scale, FactCheckPublication publication, String checker,
                            Instant exportedAt, List<ExportClaim> claims, Original original) {

    public ArticleExport {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(exportedAt, "exportedAt");
        checker = checker == null ? "" : checker;
        claims = List.copyOf(claims);
    }

    /** One claim with its number, verdict, attribution and linked evidence (in the claim's order). */
    public record ExportClaim(int number, Claim claim, Verdict verdict, ClaimAttribution attribution,
                              List<LinkedEvidence> evidence) {

        public ExportClaim {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(verdict, "verdict");
            attribution = attribution == null ? ClaimAttribution.none(claim.id()) : attribution;
            evidence = List.copyOf(evidence);
        }
    }

    /** The imported file behind the current text, and whether the text is still exactly what it gave. */
    public record Original(DocumentFormat format, String fileName, byte[] bytes) {
    }
}
