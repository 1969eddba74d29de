package org.checkbench.service;

/**
 * What import does with detection's suggestions.
 *
 * @param threshold          a sentence is suggested when its score is at least this (0..1)
 * @param acceptSuggestions  store them straight away as unchecked claims (batch use, the CLI's
 *                           {@code import --accept-suggestions}, scored by the full detector) instead
 *                           of as suggestions (scored by the fast feature model: the window detects
 *                           again with the encoder when it opens the article)
 */
public record ImportOptions(double threshold, boolean acceptSuggestions) {

    public ImportOptions {
        if (Double.isNaN(threshold) || threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("the detection threshold must be within 0..1, got " + threshold);
        }
    }

    public ImportOptions withAcceptSuggestions(boolean accept) {
        return new ImportOptions(threshold, accept);
    }
}
