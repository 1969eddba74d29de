package org.checkbench.io.claimreview;

import java.util.List;

/**
 * The schema.org names of a ClaimReview and which of them Google's fact-check documentation
 * ("Fact check (ClaimReview) structured data", Search Central) requires and recommends, as dotted
 * paths from the ClaimReview. The one place these names live: the writer, the checker and the
 * reader of fact-check collections all use them.
 */
public final class ClaimReviewFields {

    public static final String CONTEXT = "https://schema.org";
    public static final String TYPE_CLAIM_REVIEW = "ClaimReview";
    public static final String TYPE_CLAIM = "Claim";
    public static final String TYPE_RATING = "Rating";
    public static final String TYPE_ORGANIZATION = "Organization";
    public static final String TYPE_PERSON = "Person";
    public static final String TYPE_CREATIVE_WORK = "CreativeWork";

    public static final String CLAIM_REVIEWED = "claimReviewed";
    public static final String REVIEW_RATING = "reviewRating";
    public static final String RATING_VALUE = "ratingValue";
    public static final String BEST_RATING = "bestRating";
    public static final String WORST_RATING = "worstRating";
    public static final String ALTERNATE_NAME = "alternateName";
    public static final String ITEM_REVIEWED = "itemReviewed";
    public static final String AUTHOR = "author";
    public static final String NAME = "name";
    public static final String URL = "url";
    public static final String DATE_PUBLISHED = "datePublished";
    public static final String APPEARANCE = "appearance";
    public static final String FIRST_APPEARANCE = "firstAppearance";

    /** Google: without these a ClaimReview is not eligible at all. */
    public static final List<String> REQUIRED = List.of(CLAIM_REVIEWED, REVIEW_RATING + "." + ALTERNATE_NAME, URL);

    /** Google: recommended for a complete fact check. */
    public static final List<String> RECOMMENDED = List.of(
            AUTHOR + "." + NAME,
            DATE_PUBLISHED,
            ITEM_REVIEWED + "." + AUTHOR + "." + NAME,
            ITEM_REVIEWED + "." + DATE_PUBLISHED,
            ITEM_REVIEWED + "." + APPEARANCE,
            REVIEW_RATING + "." + RATING_VALUE,
            REVIEW_RATING + "." + BEST_RATING,
            REVIEW_RATING + "." + WORST_RATING);

    private ClaimReviewFields() {
    }
}
