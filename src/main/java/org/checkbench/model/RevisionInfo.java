package org.checkbench.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One revision of an article as the revision list shows it.
 *
 * @param importedBy who imported or restored it; empty when not recorded (workspaces from before format 4)
 * @param wordsAdded words in it that were not in the text it replaced
 * @param wordsRemoved words of the text it replaced that are not in it
 * @param restoredFrom the number of the revision whose text it brought back, or null
 */
public record RevisionInfo(long revisionId, int number, Instant created, String note, String importedBy, int wordsAdded,
        int wordsRemoved, Integer restoredFrom) {

    public RevisionInfo {
        Objects.requireNonNull(created, "created");
        importedBy = importedBy == null ? "" : importedBy;
    }
}
