package org.checkbench.service;

import java.util.List;

import org.checkbench.model.Attachment;
import org.checkbench.model.ClaimEvidence;
import org.checkbench.model.Evidence;

/**
 * A removed evidence entry with its links and files, for undo: the library's delete is undoable,
 * and an undo that lost the PDF behind a source would not be one.
 */
public record RemovedEvidence(Evidence evidence, List<ClaimEvidence> links, List<RemovedFile> files) {

    /** An attachment with its bytes, held in memory until the removal is undone or forgotten. */
    public record RemovedFile(Attachment attachment, byte[] content) {
    }

    public RemovedEvidence {
        links = List.copyOf(links);
        files = List.copyOf(files);
    }

    public RemovedEvidence(Evidence evidence, List<ClaimEvidence> links) {
        this(evidence, links, List.of());
    }
}
