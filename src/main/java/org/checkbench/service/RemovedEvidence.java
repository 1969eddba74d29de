package org.checkbench.service;

import java.util.List;

import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.Evidence;

/**
 * A removed evidence entry with its links, for undo. Attachments are not kept: the UI should
 * confirm before removing an entry that has files.
 */
public record RemovedEvidence(Evidence evidence, List<ClaimEvidence> links) {

    public RemovedEvidence {
        links = List.copyOf(links);
    }
}
