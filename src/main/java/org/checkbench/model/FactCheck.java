package org.checkbench.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A claim someone already checked and published, imported from a fact-check collection (ClaimReview
 * JSON-LD or CSV).
 *
 * @param collection the name the checker gave the import (by default the file's name)
 * @param claim what was checked (ClaimReview claimReviewed)
 * @param headline the fact-check's title, may be null
 * @param rating the verdict in words (reviewRating alternateName, or the CSV's rating), may be empty
 * @param ratingValue numeric rating with its best and worst, each null where none was given
 * @param url the fact-check's address, may be null
 * @param publisher who published the check (ClaimReview author), may be null
 * @param claimant who made the claim (itemReviewed author), may be null
 * @param reviewDate ISO date (or date-time) of the check as given, may be null
 */
public record FactCheck(
        long id,
        String collection,
        String claim,
        String headline,
        String rating,
        Double ratingValue,
        Double bestRating,
        Double worstRating,
        String url,
        String publisher,
        String claimant,
        String reviewDate,
        String language,
        Instant imported,
        Instant updated) {

    public FactCheck {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(claim, "claim");
        rating = rating == null ? "" : rating;
    }

    /** An entry as read from a file, before it is stored. */
    public static FactCheck draft(String claim, String headline, String rating, Double ratingValue, Double bestRating,
                                  Double worstRating, String url, String publisher, String claimant, String reviewDate,
                                  String language) {
        return new FactCheck(0, "", claim, headline, rating, ratingValue, bestRating, worstRating, url, publisher,
                claimant, reviewDate, language, Instant.EPOCH, Instant.EPOCH);
    }

    public FactCheck withId(long newId) {
        return new FactCheck(newId, collection, claim, headline, rating, ratingValue, bestRating, worstRating, url,
                publisher, claimant, reviewDate, language, imported, updated);
    }

    public FactCheck inCollection(String name, Instant importedAt, Instant updatedAt) {
        return new FactCheck(id, name, claim, headline, rating, ratingValue, bestRating, worstRating, url, publisher,
                claimant, reviewDate, language, importedAt, updatedAt);
    }

    /** Same content, ignoring id, collection and times: a re-import that changes nothing. */
    public boolean sameContent(FactCheck other) {
        return claim.equals(other.claim) && Objects.equals(headline, other.headline) && rating.equals(other.rating)
                && Objects.equals(ratingValue, other.ratingValue) && Objects.equals(bestRating, other.bestRating)
                && Objects.equals(worstRating, other.worstRating) && Objects.equals(url, other.url)
                && Objects.equals(publisher, other.publisher) && Objects.equals(claimant, other.claimant)
                && Objects.equals(reviewDate, other.reviewDate) && Objects.equals(language, other.language);
    }
}
