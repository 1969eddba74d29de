package org.checkbench.io.claimreview;

import static org.checkbench.io.claimreview.ClaimReviewVocabulary.*;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.checkbench.io.ArticleExport;
import org.checkbench.io.ArticleExport.ExportClaim;
import org.checkbench.model.ClaimAttribution;
import org.checkbench.model.FactCheckPublication;
import org.checkbench.model.VerdictScales;

/**
 * ClaimReview JSON-LD for an article's claims rated on the public scale. A claim missing a field
 * Google requires is not written: it is listed with what is missing, so no invalid markup leaves
 * Checkbench. Claims written without a recommended field are listed too, as warnings.
 */
public final class ClaimReviewExport {

    /** A claim and the fields it lacks, in the checker's words and as schema.org paths. */
    public record Gap(int claimNumber, String quote, List<String> missing) {
    }

    /** What an export produced: the markup written, claims left out, claims written incomplete. */
    public record Result(List<ClaimReviewRecord> written, List<Gap> leftOut, List<Gap> incomplete) {

        public boolean wroteAnything() {
            return !written.isEmpty();
        }
    }

    private ClaimReviewExport() {
    }

    /** Checks every claim; builds the records of those that may be written. */
    public static Result build(ArticleExport export) {
        List<ClaimReviewRecord> written = new ArrayList<>();
        List<Gap> leftOut = new ArrayList<>();
        List<Gap> incomplete = new ArrayList<>();
        boolean publicScale = export.scale().bestRating() != null;
        FactCheckPublication publication = export.publication();
        for (ExportClaim c : export.claims()) {
            List<String> missing = new ArrayList<>();
            if (!publicScale) {
                missing.add(REVIEW_RATING + ": the article is rated on the " + export.scale().name() + " scale;"
                        + " ClaimReview needs the " + VerdictScales.PUBLIC_RATING.name() + " scale (Article details)");
            } else if (!c.verdict().checked()) {
                missing.add(REVIEW_RATING + "." + ALTERNATE_NAME + ": the claim is not rated yet");
            }
            if (c.claim().quote().isBlank()) {
                missing.add(CLAIM_REVIEWED + ": the claim has no text");
            }
            if (publication.factCheckUrl() == null) {
                missing.add(URL + ": the fact-check's address (Article details)");
            }
            if (c.claim().orphaned()) {
                missing.add(CLAIM_REVIEWED + ": the claim is orphaned (its words are not in the current draft)");
            }
            if (!missing.isEmpty()) {
                leftOut.add(new Gap(c.number(), c.claim().quote(), missing));
                continue;
            }
            ClaimReviewRecord record = record(export, c);
            written.add(record);
            List<String> recommended = missingRecommended(record);
            if (!recommended.isEmpty()) {
                incomplete.add(new Gap(c.number(), c.claim().quote(), recommended));
            }
        }
        return new Result(written, leftOut, incomplete);
    }

    public static void write(Result result, OutputStream out) throws IOException {
        ClaimReviewJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, ClaimReviewJson.array(result.written()));
    }

    static ClaimReviewRecord record(ArticleExport export, ExportClaim c) {
        ClaimAttribution a = c.attribution();
        FactCheckPublication p = export.publication();
        // Who made the claim, when and where default to the article under check: its author, its
        // date and its address, which is where a claim in it appeared.
        String claimant = a.claimant() != null ? a.claimant() : export.article().author();
        String claimantType = a.claimant() != null ? a.claimantKind().schemaType() : PERSON;
        var claimDate = a.claimDate() != null ? a.claimDate() : export.article().publishedDate();
        String appearance = a.appearanceUrl() != null ? a.appearanceUrl() : export.article().url();
        return new ClaimReviewRecord(c.claim().quote().strip(), c.verdict().rating(), export.scale().bestRating(),
                export.scale().worstRating(), c.verdict().label(), claimant, claimantType, claimDate, appearance,
                p.factCheckUrl(), p.organisation(), p.organisationUrl(), p.datePublished());
    }

    /** The recommended fields a written record lacks, as schema.org paths. */
    static List<String> missingRecommended(ClaimReviewRecord r) {
        List<String> missing = new ArrayList<>();
        if (r.publisher() == null) {
            missing.add(AUTHOR + "." + NAME + " (the publishing organisation)");
        }
        if (r.datePublished() == null) {
            missing.add(DATE_PUBLISHED + " (the fact-check's date)");
        }
        if (r.claimant() == null) {
            missing.add(ITEM_REVIEWED + "." + AUTHOR + "." + NAME + " (who made the claim)");
        }
        if (r.claimDate() == null) {
            missing.add(ITEM_REVIEWED + "." + DATE_PUBLISHED + " (when the claim was made)");
        }
        if (r.appearanceUrl() == null) {
            missing.add(ITEM_REVIEWED + "." + APPEARANCE + " (where the claim appeared)");
        }
        if (r.ratingValue() == null) {
            missing.add(REVIEW_RATING + "." + RATING_VALUE + " (this verdict has no number)");
        }
        return missing;
    }
}
