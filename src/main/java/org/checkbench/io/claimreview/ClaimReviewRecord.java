package org.checkbench.io.claimreview;

import java.time.LocalDate;

/**
 * One schema.org ClaimReview, flat and neutral: what Checkbench writes for a rated claim and what a
 * fact-check collection read back gives (issue 13 reuses {@link ClaimReviewJson} for that). Any
 * field may be null.
 *
 * @param claimReviewed the claim as a short text
 * @param ratingValue numeric rating on the publisher's scale
 * @param alternateName the verdict as words ("False", "Misleading"): the part search engines show
 * @param claimant who made the claim (itemReviewed.author.name)
 * @param claimantType "Person" or "Organization"
 * @param claimDate when the claim was made (itemReviewed.datePublished)
 * @param appearanceUrl where the claim appeared (itemReviewed.appearance.url)
 * @param url the fact-check's page
 * @param publisher the organisation publishing the fact-check (author.name)
 * @param publisherUrl its home page (author.url)
 * @param datePublished when the fact-check was published
 */
public record ClaimReviewRecord(String claimReviewed, Integer ratingValue, Integer bestRating, Integer worstRating,
                                String alternateName, String claimant, String claimantType, LocalDate claimDate,
                                String appearanceUrl, String url, String publisher, String publisherUrl,
                                LocalDate datePublished) {
}
