package org.checkbench.io.claimreview;

import static org.checkbench.io.claimreview.ClaimReviewVocabulary.*;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link ClaimReviewRecord} as schema.org JSON-LD, leaving out what is null. Fact-check collections
 * are read by {@link ClaimReviewReader}, with the same names ({@link ClaimReviewVocabulary}).
 */
public final class ClaimReviewJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ClaimReviewJson() {
    }

    public static ObjectNode toJson(ClaimReviewRecord r) {
        ObjectNode review = MAPPER.createObjectNode();
        review.put(CONTEXT, SCHEMA_ORG);
        review.put(TYPE, CLAIM_REVIEW);
        putText(review, URL, r.url());
        putText(review, CLAIM_REVIEWED, r.claimReviewed());
        if (r.datePublished() != null) {
            review.put(DATE_PUBLISHED, r.datePublished().toString());
        }
        if (r.publisher() != null) {
            ObjectNode author = review.putObject(AUTHOR);
            author.put(TYPE, ORGANIZATION);
            author.put(NAME, r.publisher());
            putText(author, URL, r.publisherUrl());
        }
        ObjectNode claim = review.putObject(ITEM_REVIEWED);
        claim.put(TYPE, CLAIM);
        if (r.claimant() != null) {
            ObjectNode claimant = claim.putObject(AUTHOR);
            claimant.put(TYPE, r.claimantType() == null ? PERSON : r.claimantType());
            claimant.put(NAME, r.claimant());
        }
        if (r.claimDate() != null) {
            claim.put(DATE_PUBLISHED, r.claimDate().toString());
        }
        if (r.appearanceUrl() != null) {
            ObjectNode appearance = claim.putArray(APPEARANCE).addObject();
            appearance.put(TYPE, CREATIVE_WORK);
            appearance.put(URL, r.appearanceUrl());
        }
        ObjectNode rating = review.putObject(REVIEW_RATING);
        rating.put(TYPE, RATING);
        if (r.ratingValue() != null) {
            rating.put(RATING_VALUE, r.ratingValue());
        }
        if (r.bestRating() != null) {
            rating.put(BEST_RATING, r.bestRating());
        }
        if (r.worstRating() != null) {
            rating.put(WORST_RATING, r.worstRating());
        }
        putText(rating, ALTERNATE_NAME, r.alternateName());
        return review;
    }

    public static ArrayNode array(List<ClaimReviewRecord> records) {
        ArrayNode array = MAPPER.createArrayNode();
        records.forEach(r -> array.add(toJson(r)));
        return array;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
