package org.checkbench.service;

import org.checkbench.model.Evidence;

/**
 * The outcome of merging a duplicate into the entry kept.
 *
 * @param movedLinks links that moved to the kept entry (claims already linked to it keep their own link)
 * @param droppedLinks links of the merged entry whose claim was already linked to the kept one
 */
public record MergedEvidence(Evidence kept, long mergedId, int movedLinks, int droppedLinks, int movedAttachments) {
}
