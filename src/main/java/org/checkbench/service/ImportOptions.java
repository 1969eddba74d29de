package org.checkbench.service;

import java.nio.charset.Charset;

/**
 * What import does with detection's suggestions, and how it reads the file.
 *
 * @param threshold          a sentence is suggested when its score is at least this (0..1)
 * @param acceptSuggestions  store them straight away as unchecked claims (batch use, the CLI's
 *                           {@code import --accept-suggestions}, scored by the full detector) instead
 *                           of as suggestions (scored by the fast feature model: the window detects
 *                           again with the encoder when it opens the article)
 * @param encoding           read the file in this encoding; null lets the bytes tell (ADR 0130)
 */
public record ImportOptions(double threshold, boolean acceptSuggestions, Charset encoding) {

    public ImportOptions {
        if (Double.isNaN(threshold) || threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("the detection threshold must be within 0..1, got " + threshold);
        }
    }

    /** Encoding detected from the file. */
    public ImportOptions(double threshold, boolean acceptSuggestions) {
        this(threshold, acceptSuggestions, null);
    }

    public ImportOptions withAcceptSuggestions(boolean accept) {
        return new ImportOptions(threshold, accept, encoding);
    }

    public ImportOptions withEncoding(Charset chosen) {
        return new ImportOptions(threshold, acceptSuggestions, chosen);
    }
}
