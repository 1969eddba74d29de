package org.checkbench.io.claimreview;

import static org.checkbench.io.claimreview.ClaimReviewFields.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link ClaimReviewRecord} to and from schema.org JSON-LD. Writing leaves out what is null;
 * reading accepts what publishers write in practice: an object or an array of them, a
 * {@code @graph}, an author as a string or an object, appearance as a URL string, an object or an
 * array.
 */
public final class ClaimReviewJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ClaimReviewJson() {
    }

    public static ObjectNode toJson(ClaimReviewRecord r) {
        ObjectNode review = MAPPER.createObjectNode();
        review.put("@context", CONTEXT);
        review.put("@type", TYPE_CLAIM_REVIEW);
        putText(review, URL, r.url());
        putText(review, CLAIM_REVIEWED, r.claimReviewed());
        if (r.datePublished() != null) {
            review.put(DATE_PUBLISHED, r.datePublished().toString());
        }
        if (r.publisher() != null) {
            ObjectNode author = review.putObject(AUTHOR);
            author.put("@type", TYPE_ORGANIZATION);
            author.put(NAME, r.publisher());
            putText(author, URL, r.publisherUrl());
        }
        ObjectNode claim = review.putObject(ITEM_REVIEWED);
        claim.put("@type", TYPE_CLAIM);
        if (r.claimant() != null) {
            ObjectNode claimant = claim.putObject(AUTHOR);
            claimant.put("@type", r.claimantType() == null ? TYPE_PERSON : r.claimantType());
            claimant.put(NAME, r.claimant());
        }
        if (r.claimDate() != null) {
            claim.put(DATE_PUBLISHED, r.claimDate().toString());
        }
        if (r.appearanceUrl() != null) {
            ObjectNode appearance = claim.putArray(APPEARANCE).addObject();
            appearance.put("@type", TYPE_CREATIVE_WORK);
            appearance.put(URL, r.appearanceUrl());
        }
        ObjectNode rating = review.putObject(REVIEW_RATING);
        rating.put("@type", TYPE_RATING);
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

    /** Every ClaimReview found in a JSON-LD document (one object, an array, or a {@code @graph}). */
    public static List<ClaimReviewRecord> read(JsonNode root) {
        List<ClaimReviewRecord> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(JsonNode node, List<ClaimReviewRecord> found) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, found));
        } else if (node.isObject()) {
            if (isType(node, TYPE_CLAIM_REVIEW)) {
                found.add(fromJson(node));
            } else if (node.has("@graph")) {
                collect(node.get("@graph"), found);
            }
        }
    }

    public static ClaimReviewRecord fromJson(JsonNode review) {
        JsonNode rating = first(review.get(REVIEW_RATING));
        JsonNode claim = first(review.get(ITEM_REVIEWED));
        JsonNode author = first(review.get(AUTHOR));
        JsonNode claimant = claim == null ? null : first(claim.get(AUTHOR));
        String appearance = null;
        if (claim != null) {
            appearance = urlOf(claim.get(APPEARANCE));
            if (appearance == null) {
                appearance = urlOf(claim.get(FIRST_APPEARANCE));
            }
        }
        return new ClaimReviewRecord(text(review, CLAIM_REVIEWED), integer(rating, RATING_VALUE),
                integer(rating, BEST_RATING), integer(rating, WORST_RATING), text(rating, ALTERNATE_NAME),
                nameOf(claimant), claimant != null && claimant.isObject() ? text(claimant, "@type") : null,
                date(text(claim, DATE_PUBLISHED)), appearance, text(review, URL), nameOf(author),
                author != null && author.isObject() ? text(author, URL) : null, date(text(review, DATE_PUBLISHED)));
    }

    public static ArrayNode array(List<ClaimReviewRecord> records) {
        ArrayNode array = MAPPER.createArrayNode();
        records.forEach(r -> array.add(toJson(r)));
        return array;
    }

    private static boolean isType(JsonNode node, String type) {
        JsonNode t = node.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (type.equals(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(t.asText());
    }

    private static JsonNode first(JsonNode node) {
        return node != null && node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
    }

    private static String urlOf(JsonNode node) {
        JsonNode first = first(node);
        if (first == null) {
            return null;
        }
        return first.isTextual() ? first.asText() : text(first, URL);
    }

    private static String nameOf(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isTextual() ? node.asText() : text(node, NAME);
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode value = first(node.get(field));
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }

    private static Integer integer(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
