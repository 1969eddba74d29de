package org.checkbench.service;

import org.checkbench.model.text.DecodedText;
import org.checkbench.model.Article;

/**
 * An article just imported from a file, with how its text was decoded, so the window and the CLI
 * can say when the encoding was a guess or bytes were replaced, and offer another reading. The
 * decoding is null for the document formats (Word, OpenDocument, RTF, web pages), which name their
 * own encoding.
 */
public record ImportedArticle(Article article, DecodedText decoding) {

    /** The warning to show, or null when the reading is certain. */
    public String warning() {
        if (decoding == null || !decoding.needsAttention()) {
            return null;
        }
        return "The file was " + decoding.describe() + ". If the text looks wrong, read it again in the right"
                + " encoding.";
    }
}
