package org.checkbench.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One imported or saved version of an article's text. Revisions are never changed or deleted
 * (except with their article), so no version is ever lost.
 *
 * @param number 1 for the first import, then 2, 3, ... per article
 * @param note what this version is ("Imported from draft2.txt", "Writer's second draft"), may be null
 */
public record Revision(long id, long articleId, int number, String text, Instant created, String note) {

    public Revision {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(created, "created");
        if (number < 1) {
            throw new IllegalArgumentException("revision numbers start at 1, got " + number);
        }
    }
}
