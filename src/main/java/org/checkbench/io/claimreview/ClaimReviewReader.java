package org.checkbench.io.claimreview;

import static org.checkbench.io.claimreview.ClaimReviewVocabulary.*;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.checkbench.model.FactCheck;

/**
 * Reads ClaimReview JSON-LD as fact-checkers publish it and aggregators export it: one ClaimReview,
 * an array of them, a {@code DataFeed} whose {@code dataFeedElement}s hold them (directly or as a
 * DataFeedItem's {@code item}), an {@code @graph}, or the Google Fact Check Tools shape
 * ({@code claims} with their {@code claimReview}s). An entry that cannot be used is listed with the
 * reason and skipped; the others are read.
 */
public final class ClaimReviewReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<FactCheck> entries = new ArrayList<>();
    private final List<FactCheckFile.Problem> problems = new ArrayList<>();
    private int position;

    private ClaimReviewReader() {
    }

    public static FactCheckFile read(InputStream in) throws FactCheckFileException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new FactCheckFileException("This is not valid JSON (" + firstLine(e.getOriginalMessage())
                    + " at line " + e.getLocation().getLineNr() + "). Nothing was imported.", e);
        } catch (IOException e) {
            throw new FactCheckFileException("The file could not be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new FactCheckFileException("The file is empty. Nothing was imported.");
        }
        ClaimReviewReader reader = new ClaimReviewReader();
        reader.visit(root);
        if (reader.position == 0) {
            throw new FactCheckFileException("The file holds no ClaimReview (expected a ClaimReview, an array of them,"
                    + " a DataFeed, or Google Fact Check Tools' \"claims\"). Nothing was imported.");
        }
        return new FactCheckFile(reader.entries, reader.problems);
    }

    private void visit(JsonNode node) {
        if (node.isArray()) {
            node.forEach(this::visit);
        } else if (node.has(GRAPH)) {
            visit(node.get(GRAPH));
        } else if (node.has(DATA_FEED_ELEMENT)) {
            node.get(DATA_FEED_ELEMENT).forEach(element -> visit(element.has(DATA_FEED_ITEM_CONTENT)
                    && !isType(element, CLAIM_REVIEW) ? element.get(DATA_FEED_ITEM_CONTENT) : element));
        } else if (node.has(GOOGLE_CLAIMS) && node.get(GOOGLE_CLAIMS).isArray()) {
            node.get(GOOGLE_CLAIMS).forEach(this::googleClaim);
        } else if (node.has(GOOGLE_CLAIM_REVIEW) && node.has(GOOGLE_TEXT)) {
            googleClaim(node);
        } else {
            claimReview(node);
        }
    }

    private void claimReview(JsonNode node) {
        String where = "entry " + (++position);
        if (!node.isObject()) {
            problems.add(new FactCheckFile.Problem(where, "not a JSON object"));
            return;
        }
        if (node.has(TYPE) && !isType(node, CLAIM_REVIEW)) {
            problems.add(new FactCheckFile.Problem(where, "not a ClaimReview (@type is " + node.get(TYPE) + ")"));
            return;
        }
        String claim = text(node.get(CLAIM_REVIEWED));
        if (claim == null) {
            problems.add(new FactCheckFile.Problem(where, "no claimReviewed (the claim that was checked)"));
            return;
        }
        JsonNode rating = node.path(REVIEW_RATING);
        String ratingName = text(rating.get(ALTERNATE_NAME));
        Double value = number(rating.get(RATING_VALUE));
        if (ratingName == null && value == null) {
            problems.add(new FactCheckFile.Problem(where, "no reviewRating (neither alternateName nor ratingValue)"
                    + " for \"" + shortened(claim) + "\""));
            return;
        }
        String date = text(node.get(DATE_PUBLISHED));
        if (date != null && !FactCheckDates.isIsoDate(date)) {
            problems.add(new FactCheckFile.Problem(where, "datePublished \"" + date + "\" is not an ISO date (YYYY-MM-DD)"));
            return;
        }
        JsonNode item = node.path(ITEM_REVIEWED);
        String headline = text(node.get(NAME));
        entries.add(FactCheck.draft(claim, headline != null ? headline : text(node.get(HEADLINE)), ratingName, value,
                number(rating.get(BEST_RATING)), number(rating.get(WORST_RATING)), text(node.get(URL)),
                name(node.get(AUTHOR)), name(item.get(AUTHOR)), FactCheckDates.datePart(date), text(node.get(IN_LANGUAGE))));
    }

    private void googleClaim(JsonNode claimNode) {
        String claim = text(claimNode.get(GOOGLE_TEXT));
        JsonNode reviews = claimNode.path(GOOGLE_CLAIM_REVIEW);
        if (!reviews.isArray() || reviews.isEmpty()) {
            problems.add(new FactCheckFile.Problem("entry " + (++position), "a claim without claimReview"));
            return;
        }
        for (JsonNode review : reviews) {
            String where = "entry " + (++position);
            if (claim == null) {
                problems.add(new FactCheckFile.Problem(where, "no text (the claim that was checked)"));
                continue;
            }
            String rating = text(review.get(GOOGLE_TEXTUAL_RATING));
            if (rating == null) {
                problems.add(new FactCheckFile.Problem(where, "no textualRating for \"" + shortened(claim) + "\""));
                continue;
            }
            String date = text(review.get(GOOGLE_REVIEW_DATE));
            if (date != null && !FactCheckDates.isIsoDate(date)) {
                problems.add(new FactCheckFile.Problem(where, "reviewDate \"" + date + "\" is not an ISO date"));
                continue;
            }
            JsonNode publisher = review.path(GOOGLE_PUBLISHER);
            String publisherName = text(publisher.get(NAME));
            entries.add(FactCheck.draft(claim, text(review.get(GOOGLE_TITLE)), rating, null, null, null,
                    text(review.get(URL)), publisherName != null ? publisherName : text(publisher.get(GOOGLE_SITE)),
                    text(claimNode.get(GOOGLE_CLAIMANT)), FactCheckDates.datePart(date), text(review.get(GOOGLE_LANGUAGE))));
        }
    }

    private static boolean isType(JsonNode node, String type) {
        JsonNode types = node.get(TYPE);
        if (types == null) {
            return false;
        }
        if (types.isArray()) {
            for (JsonNode t : types) {
                if (type.equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        String value = types.asText();
        return value.equals(type) || value.endsWith("/" + type) || value.endsWith(":" + type);
    }

    /** A person or organisation: its name, or the text itself; the first of an array. */
    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return node.isObject() ? text(node.get(NAME)) : text(node);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    private static Double number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        try {
            return Double.valueOf(node.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    private static String firstLine(String text) {
        String value = text == null ? "unexpected content" : text;
        int end = value.indexOf('\n');
        return end < 0 ? value : value.substring(0, end);
    }
}
