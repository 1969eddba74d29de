package org.checkbench.io.claimreview;

import java.util.List;

/**
 * The schema.org names Checkbench reads (fact-check collections) and writes (ClaimReview export),
 * in one place so both sides agree. See https://schema.org/ClaimReview.
 */
public final class ClaimReviewVocabulary {

    public static final String CONTEXT = "@context";
    public static final String TYPE = "@type";
    public static final String GRAPH = "@graph";
    public static final String SCHEMA_ORG = "https://schema.org";

    public static final String CLAIM_REVIEW = "ClaimReview";
    public static final String CLAIM = "Claim";
    public static final String RATING = "Rating";
    public static final String ORGANIZATION = "Organization";
    public static final String PERSON = "Person";
    public static final String CREATIVE_WORK = "CreativeWork";
    public static final String DATA_FEED = "DataFeed";
    public static final String DATA_FEED_ELEMENT = "dataFeedElement";
    public static final String DATA_FEED_ITEM_CONTENT = "item";

    public static final String CLAIM_REVIEWED = "claimReviewed";
    public static final String REVIEW_RATING = "reviewRating";
    public static final String RATING_VALUE = "ratingValue";
    public static final String BEST_RATING = "bestRating";
    public static final String WORST_RATING = "worstRating";
    public static final String ALTERNATE_NAME = "alternateName";
    public static final String ITEM_REVIEWED = "itemReviewed";
    public static final String AUTHOR = "author";
    public static final String NAME = "name";
    public static final String HEADLINE = "headline";
    public static final String DATE_PUBLISHED = "datePublished";
    public static final String URL = "url";
    public static final String IN_LANGUAGE = "inLanguage";
    public static final String APPEARANCE = "appearance";
    public static final String FIRST_APPEARANCE = "firstAppearance";

    /**
     * Google's fact-check documentation ("Fact check (ClaimReview) structured data", Search Central):
     * without these a ClaimReview is not eligible at all. Dotted paths from the ClaimReview.
     */
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

    /** Google Fact Check Tools (claims:search and its exports): claims with their reviews. */
    public static final String GOOGLE_CLAIMS = "claims";
    public static final String GOOGLE_TEXT = "text";
    public static final String GOOGLE_CLAIMANT = "claimant";
    public static final String GOOGLE_CLAIM_REVIEW = "claimReview";
    public static final String GOOGLE_PUBLISHER = "publisher";
    public static final String GOOGLE_SITE = "site";
    public static final String GOOGLE_TITLE = "title";
    public static final String GOOGLE_REVIEW_DATE = "reviewDate";
    public static final String GOOGLE_TEXTUAL_RATING = "textualRating";
    public static final String GOOGLE_LANGUAGE = "languageCode";

    private ClaimReviewVocabulary() {
    }
}
